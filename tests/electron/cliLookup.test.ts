import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir, REPO_ROOT } from '../support/paths'
import { refusedOrigin, startReplayServer, type ReplayServer } from '../support/replayServer'
import { crossrefMessage, recorded, replayEnvironment, xmlMesh, xmlText, xmlTexts } from './services/online/lookupHarness'

const run = promisify(execFile)
let server: ReplayServer

beforeAll(async () => {
  server = await startReplayServer()
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.reset()
})

/** `npx tsx electron/cli/main.ts lookup …`, as `npm run cli` runs it, with its own data folder and the given environment. */
async function cliLookup(ids: string[], env: Record<string, string>, dataDir?: string): Promise<{ code: number; lines: Record<string, unknown>[]; stderr: string }> {
  const options = { cwd: REPO_ROOT, env: { ...process.env, AXISREF_DATA_DIR: dataDir ?? (await makeTempDir('cli-lookup')), ...env } }
  const result = await run('npx', ['tsx', 'electron/cli/main.ts', 'lookup', ...ids], options).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )
  const lines = result.stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>)
  return { code: result.code, lines, stderr: result.stderr }
}

describe('npm run cli -- lookup', () => {
  it('prints one JSON line per identifier with the registries\' own title, authors, year, journal, ids, MeSH and publication types', async () => {
    const xml = recorded('eutils/efetch_pubmed_33856845.xml')
    const elife = crossrefMessage('crossref/works_10.7554_elife.01567.json')
    const { code, lines } = await cliLookup(['33856845', '10.7554/elife.01567', 'PMID 12ab', '10.1371/notarealdoi'], replayEnvironment(server.baseUrls))
    expect(code).toBe(0)
    expect(lines.map((line) => [line.id, line.ok])).toEqual([['33856845', true], ['10.7554/elife.01567', true], ['PMID 12ab', false], ['10.1371/notarealdoi', false]])
    expect(lines[0]).toEqual({
      id: '33856845',
      ok: true,
      item: expect.objectContaining({
        title: xmlText(xml, 'ArticleTitle').replace(/\.$/, ''),
        'container-title': xmlText(xml, 'Title'),
        DOI: xmlText(xml, 'ELocationID'),
        PMID: '33856845',
        issued: { 'date-parts': [[2021, 12]] },
        author: expect.arrayContaining([{ family: xmlTexts(xml, 'LastName')[0], given: xmlTexts(xml, 'ForeName')[0] }]),
      }),
      mesh: xmlMesh(xml).map((heading) => ({ ...heading, qualifiers: [] })),
      publicationTypes: xmlTexts(xml, 'PublicationType'),
      studyType: 'systematic-review',
      retraction: null,
      fields: expect.objectContaining({ title: { source: 'pubmed' }, mesh: { source: 'pubmed' } }),
    })
    expect(lines[1]).toMatchObject({ item: { title: (elife.title as string[])[0], DOI: elife.DOI, 'container-title': 'eLife' }, mesh: [], publicationTypes: [], studyType: null, fields: { title: { source: 'crossref' } } })
    expect(lines[2]).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(lines[3]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('neither Crossref nor doi.org') } })
  }, 60_000)

  it('gives each identifier a line with the reason when the registries cannot be reached, and exits 0', async () => {
    const origin = await refusedOrigin()
    const { code, lines } = await cliLookup(['33856845', '10.7554/elife.01567', 'hello'], replayEnvironment({ crossref: origin, doi: origin, eutils: `${origin}/entrez/eutils`, idconv: origin }))
    expect(code).toBe(0)
    expect(lines).toEqual([
      { id: '33856845', ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/could not be reached \(ECONNREFUSED/) } },
      { id: '10.7554/elife.01567', ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/could not be reached \(ECONNREFUSED/) } },
      { id: 'hello', ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('not a DOI') } },
    ])
  }, 60_000)

  it('honours the settings in AXISREF_DATA_DIR: with lookups off it sends nothing and says so per identifier', async () => {
    const dataDir = await makeTempDir('cli-lookup-off')
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ onlineLookups: { enabled: false } }))
    const { code, lines } = await cliLookup(['33856845'], replayEnvironment(server.baseUrls), dataDir)
    expect(code).toBe(0)
    expect(lines).toEqual([{ id: '33856845', ok: false, error: { code: 'OFFLINE', message: expect.stringContaining('nothing was sent') } }])
    expect(server.asked).toEqual([])
  }, 60_000)

  it('exits 2 with the usage when no identifier is given', async () => {
    const { code, lines, stderr } = await cliLookup([], {})
    expect(code).toBe(2)
    expect(lines).toEqual([])
    expect(stderr).toContain('Usage: npm run --silent cli -- lookup <doi|pmid|pmcid>…')
  }, 60_000)
})
