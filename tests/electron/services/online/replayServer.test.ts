import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startReplayServer, type ReplayServer } from '../../../support/replayServer'

let server: ReplayServer
beforeAll(async () => {
  server = await startReplayServer()
})
afterAll(() => server.close())

async function get(path: string, accept = '*/*'): Promise<{ status: number; type: string | null; location: string | null; body: string }> {
  const response = await fetch(`${server.origin}${path}`, { headers: { accept }, redirect: 'manual' })
  return { status: response.status, type: response.headers.get('content-type'), location: response.headers.get('location'), body: await response.text() }
}

describe('the replay server', () => {
  it('answers an unrecorded request 404 in words, and records that it was asked', async () => {
    server.reset()
    const answer = await get('/works/10.9999/never-recorded')
    expect(answer).toMatchObject({ status: 404, body: 'Resource not found.' })
    expect(server.asked).toEqual([expect.objectContaining({ path: '/works/10.9999/never-recorded', answeredWith: undefined })])
  })

  it('matches queries as sets, ignoring tool/email/mailto and the order of parameters', async () => {
    const answer = await get('/entrez/eutils/efetch.fcgi?retmode=xml&tool=x&email=y%40z&id=33856845&db=pubmed')
    expect(answer.status).toBe(200)
    expect(answer.type).toBe('text/xml; charset=UTF-8')
  })

  it('matches a DOI whatever its case and encoding', async () => {
    expect((await get('/works/10.7554%2FELIFE.01567')).status).toBe(200)
  })

  it('tells content negotiation apart by Accept, and rewrites the redirect to itself', async () => {
    const bibtex = await get('/10.1126/science.169.3946.635', 'application/x-bibtex')
    expect(bibtex.status).toBe(302)
    expect(bibtex.location).toBe(`${server.origin}/v1/works/10.1126%2Fscience.169.3946.635/transform`)
    expect((await get('/10.1126/science.169.3946.635', 'application/vnd.citationstyles.csl+json')).status).toBe(404)
  })
})
