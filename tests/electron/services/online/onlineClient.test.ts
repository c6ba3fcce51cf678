import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  batchIds,
  createOnlineClient,
  crossrefWorkRequest,
  doiCslRequest,
  efetchPubmedRequest,
  idconvRequest,
  nodeOnlineDeps,
  serviceBaseUrls,
  type OnlineClientOptions,
  type OnlineDeps,
} from '../../../../electron/main/services/online'
import { AppError } from '../../../../shared/ipc/result'
import { localOnlyFetch, refusedOrigin, startReplayServer, type ReplayServer } from '../../../support/replayServer'
import { fakeTime } from './fakeTime'

const IDENTITY = { tool: 'AxisRef', email: 'lab@example.org' }
const SICI = '10.1002/1096-9861(20010212)430:3<283::aid-cne1031>3.0.co;2-v'

/** The real fetch behind a guard, a clock that moves only when the client sleeps, and the waits it asked for. */
function testDeps(timeoutMs?: number): OnlineDeps & { waits: number[] } {
  return {
    ...nodeOnlineDeps(),
    ...fakeTime(Date.parse('2026-01-01T00:00:00Z')),
    timeout: (ms) => AbortSignal.timeout(timeoutMs ?? ms),
  }
}

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error('expected the request to fail'),
    (reason: unknown) => reason,
  )
  if (!(error instanceof AppError)) throw error
  return error
}

const OPTIONS: OnlineClientOptions = { version: '0.1.0', mailto: 'lab@example.org' }
let server: ReplayServer

beforeAll(async () => {
  server = await startReplayServer()
  // the default fetch refuses anything but 127.0.0.1, so a leak to a real registry fails the test
  vi.stubGlobal('fetch', localOnlyFetch(fetch))
})
afterAll(async () => {
  vi.unstubAllGlobals()
  await server.close()
})
beforeEach(() => {
  server.reset()
})

describe('the online client against recorded answers', () => {
  it('fetches a Crossref work, sending the User-Agent with the mailto', async () => {
    const client = createOnlineClient(testDeps(), OPTIONS)
    const response = await client.send(crossrefWorkRequest(server.baseUrls, '10.7554/eLife.01567'))
    expect(response.contentType).toBe('application/json')
    expect(JSON.parse(response.body).message.DOI).toBe('10.7554/elife.01567')
    expect(server.asked[0]?.userAgent).toBe('AxisRef/0.1.0 (+mailto:lab@example.org)')
  })

  it('sends a SICI DOI encoded as Crossref expects and gets its record', async () => {
    const client = createOnlineClient(testDeps(), OPTIONS)
    const response = await client.send(crossrefWorkRequest(server.baseUrls, SICI))
    expect(JSON.parse(response.body).message.DOI.toLowerCase()).toBe(SICI)
    expect(server.asked[0]?.path).toBe('/works/10.1002%2F1096-9861(20010212)430:3%3C283::aid-cne1031%3E3.0.co;2-v')
  })

  it('follows doi.org content negotiation through its 302 to CSL-JSON, asking for CSL-JSON at both hops', async () => {
    const client = createOnlineClient(testDeps(), OPTIONS)
    const response = await client.send(doiCslRequest(server.baseUrls, '10.1371/journal.pmed.1002276'))
    expect(JSON.parse(response.body).DOI).toBe('10.1371/journal.pmed.1002276')
    expect(response.url).toContain('/v1/works/10.1371%2Fjournal.pmed.1002276/transform')
    expect(server.asked.map((asked) => [asked.path, asked.accept])).toEqual([
      ['/10.1371%2Fjournal.pmed.1002276', 'application/vnd.citationstyles.csl+json'],
      ['/v1/works/10.1371%2Fjournal.pmed.1002276/transform', 'application/vnd.citationstyles.csl+json'],
    ])
  })

  it('fetches PubMed XML through efetch, one request per batch of 200 ids', async () => {
    const client = createOnlineClient(testDeps(), OPTIONS)
    const response = await client.send(efetchPubmedRequest(server.baseUrls, ['33856845'], IDENTITY))
    expect(response.contentType).toBe('text/xml')
    expect(response.body).toContain('>33856845</PMID>')
    const ids = Array.from({ length: 450 }, (_, index) => String(30_000_000 + index))
    const batches = batchIds(ids)
    expect(batches.map((batch) => batch.length)).toEqual([200, 200, 50])
    for (const batch of batches) await failureOf(client.send(efetchPubmedRequest(server.baseUrls, batch, IDENTITY)))
    expect(server.asked.filter((asked) => asked.path.endsWith('/efetch.fcgi'))).toHaveLength(4)
  })

  it('converts a DOI to PMID and PMCID through idconv', async () => {
    const client = createOnlineClient(testDeps(), OPTIONS)
    const response = await client.send(idconvRequest(server.baseUrls, ['10.1038/ng.590'], IDENTITY))
    expect(JSON.parse(response.body).records[0]).toMatchObject({ pmid: '20495566', pmcid: 'PMC2883744' })
  })

  it('reports an unknown DOI as NOT_FOUND naming Crossref, without retrying', async () => {
    const deps = testDeps()
    const error = await failureOf(createOnlineClient(deps, OPTIONS).send(crossrefWorkRequest(server.baseUrls, '10.1371/notarealdoi')))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toMatch(/^Crossref has no record/)
    expect(server.asked).toHaveLength(1)
  })

  it('never reaches a real registry: the default addresses are refused in tests', async () => {
    const client = createOnlineClient({ ...testDeps(), fetch: (url, init) => fetch(url, init) }, { ...OPTIONS, maxAttempts: 1 })
    const error = await failureOf(client.send(crossrefWorkRequest(serviceBaseUrls({}), '10.7554/elife.01567')))
    expect(error.code).toBe('UNAVAILABLE')
    expect(error.message).toMatch(/tried to reach api\.crossref\.org; tests never use the network/)
  })
})

describe('the online client when services fail', () => {
  it('waits as Retry-After asks after a 429, then succeeds', async () => {
    const deps = testDeps()
    server.fail({ kind: 'status', status: 429, retryAfter: '7' })
    const response = await createOnlineClient(deps, OPTIONS).send(crossrefWorkRequest(server.baseUrls, '10.1101/097196'))
    expect(JSON.parse(response.body).message.DOI).toBe('10.1101/097196')
    expect(deps.waits).toEqual([7000])
    expect(server.asked).toHaveLength(2)
  })

  it('reads Retry-After given as an HTTP date against the injected clock', async () => {
    const deps = testDeps()
    server.fail({ kind: 'status', status: 429, retryAfter: new Date(deps.now() + 12_000).toUTCString() })
    await createOnlineClient(deps, OPTIONS).send(crossrefWorkRequest(server.baseUrls, '10.1101/097196'))
    expect(deps.waits).toEqual([12_000])
  })

  it('retries a 500 with exponential backoff and succeeds', async () => {
    const deps = testDeps()
    server.fail({ kind: 'status', status: 500 }, { times: 2 })
    const response = await createOnlineClient(deps, OPTIONS).send(idconvRequest(server.baseUrls, ['10.1038/ng.590'], IDENTITY))
    expect(response.status).toBe(200)
    expect(deps.waits).toEqual([1000, 2000])
  })

  it('gives up after the last attempt with UNAVAILABLE naming the service', async () => {
    const deps = testDeps()
    server.fail({ kind: 'status', status: 503 }, { times: 10 })
    const error = await failureOf(createOnlineClient(deps, { ...OPTIONS, maxAttempts: 3 }).send(efetchPubmedRequest(server.baseUrls, ['23121403'], IDENTITY)))
    expect(error.code).toBe('UNAVAILABLE')
    expect(error.message).toBe('PubMed (NCBI E-utilities) is having trouble (HTTP 503) and did not recover after 3 tries; try again later.')
    expect(server.asked).toHaveLength(3)
  })

  it('reports a truncated answer in words', async () => {
    server.fail({ kind: 'truncate' }, { times: 2 })
    const error = await failureOf(createOnlineClient(testDeps(), { ...OPTIONS, maxAttempts: 2 }).send(crossrefWorkRequest(server.baseUrls, '10.1038/ng.3834')))
    expect(error.code).toBe('UNAVAILABLE')
    expect(error.message).toMatch(/^The answer from Crossref was cut off before it was complete/)
  })

  it('reports HTML where JSON was expected', async () => {
    server.fail({ kind: 'contentType', contentType: 'text/html; charset=utf-8', body: '<html><body>Maintenance</body></html>' })
    const error = await failureOf(createOnlineClient(testDeps(), OPTIONS).send(crossrefWorkRequest(server.baseUrls, '10.1038/ng.3834')))
    expect(error.code).toBe('UNAVAILABLE')
    expect(error.message).toMatch(/Crossref answered with text\/html where application\/json was expected/)
  })

  it('reports a refused connection as UNAVAILABLE after retrying', async () => {
    const deps = testDeps()
    const refused = await refusedOrigin()
    const urls = { ...server.baseUrls, crossref: refused }
    const error = await failureOf(createOnlineClient(deps, { ...OPTIONS, maxAttempts: 2 }).send(crossrefWorkRequest(urls, '10.1038/ng.3834')))
    expect(error.code).toBe('UNAVAILABLE')
    expect(error.message).toMatch(/^Crossref could not be reached \(ECONNREFUSED/)
    expect(deps.waits).toEqual([1000])
  })

  it('reports a server that never answers as TIMEOUT under a short injected limit', async () => {
    server.fail({ kind: 'hang' })
    const error = await failureOf(createOnlineClient(testDeps(50), { ...OPTIONS, timeoutMs: 20_000 }).send(doiCslRequest(server.baseUrls, '10.1101/066803')))
    expect(error.code).toBe('TIMEOUT')
    expect(error.message).toMatch(/^doi\.org did not answer within 20 seconds/)
  })

  it('stops when the caller cancels, with the caller\'s reason rather than a failure', async () => {
    const controller = new AbortController()
    server.fail({ kind: 'hang' })
    const sending = createOnlineClient(testDeps(), OPTIONS).send(crossrefWorkRequest(server.baseUrls, '10.1038/ng.3834'), controller.signal)
    controller.abort(new Error('the user closed the lookup'))
    await expect(sending).rejects.toThrow('the user closed the lookup')
  })
})
