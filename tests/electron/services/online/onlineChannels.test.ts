import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { startBrowserHost } from '../../../../electron/browser-host/server'
import { createHandlers } from '../../../../electron/main/ipc/handlers'
import { HOST_TOKEN_HEADER } from '../../../../shared/ipc/hostToken'
import { createRouter, type Route } from '../../../../electron/main/ipc/router'
import { createMainServices, type MainServices } from '../../../../electron/main/services'
import { nodeOnlineDeps } from '../../../../electron/main/services/online'
import { createQueuedDialogPort } from '../../../../electron/main/services/queuedDialogPort'
import { makeTempDir } from '../../../support/paths'
import { localOnlyFetch, startReplayServer, type ReplayServer } from '../../../support/replayServer'
import { fakeTime } from './fakeTime'
import { replayEnvironment } from './lookupHarness'

const DEFAULTS = { crossref: 'https://api.crossref.org', doi: 'https://doi.org', eutils: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils', idconv: 'https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0' }

let server: ReplayServer
const opened: MainServices[] = []

beforeAll(async () => {
  server = await startReplayServer()
  vi.stubGlobal('fetch', localOnlyFetch(fetch))
})
afterAll(async () => {
  vi.unstubAllGlobals()
  await Promise.all(opened.map((services) => services.close()))
  await server.close()
})
beforeEach(() => {
  server.reset()
})

/** The services and router every host uses, over a fresh data folder and the given environment. */
async function host(env: Record<string, string> = {}): Promise<{ route: Route; userDataDir: string }> {
  const userDataDir = await makeTempDir('online-channels')
  const services = createMainServices({ host: 'cli', userDataDir, appVersion: '0.1.0', dialog: createQueuedDialogPort(), env, online: { ...nodeOnlineDeps(), ...fakeTime() } })
  opened.push(services)
  return { route: createRouter(createHandlers(services), { checkOutput: true }), userDataDir }
}

describe('the online settings channels', () => {
  it('start with lookups on, no mailto, no key and the documented addresses', async () => {
    const { route } = await host()
    expect(await route('getOnlineSettings', undefined)).toEqual({ ok: true, value: { enabled: true, crossrefMailto: '', ncbiApiKeySet: false, baseUrls: DEFAULTS, baseUrlsFromEnvironment: [] } })
  })

  it('keep the NCBI key in main: saved to settings.json, never answered back', async () => {
    const { route, userDataDir } = await host()
    const answer = await route('setOnlineSettings', { crossrefMailto: 'lab@example.org', ncbiApiKey: 'abc123def456' })
    expect(answer).toMatchObject({ ok: true, value: { crossrefMailto: 'lab@example.org', ncbiApiKeySet: true } })
    expect(JSON.stringify(answer)).not.toContain('abc123def456')
    expect(JSON.stringify(await route('getOnlineSettings', undefined))).not.toContain('abc123def456')
    expect(JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8')).onlineLookups).toEqual({ crossrefMailto: 'lab@example.org', ncbiApiKey: 'abc123def456' })
    expect(await route('setOnlineSettings', { ncbiApiKey: '' })).toMatchObject({ ok: true, value: { ncbiApiKeySet: false, crossrefMailto: 'lab@example.org' } })
  })

  it('take an address from the setting, else the environment variable, else the default, and say which variables are set', async () => {
    const { route } = await host({ AXISREF_CROSSREF_URL: 'http://127.0.0.1:9/crossref/', AXISREF_EUTILS_URL: 'http://127.0.0.1:9/eutils' })
    expect(await route('getOnlineSettings', undefined)).toMatchObject({
      ok: true,
      value: { baseUrls: { ...DEFAULTS, crossref: 'http://127.0.0.1:9/crossref', eutils: 'http://127.0.0.1:9/eutils' }, baseUrlsFromEnvironment: ['crossref', 'eutils'] },
    })
    expect(await route('setOnlineSettings', { baseUrls: { crossref: 'https://mirror.example.org/crossref', doi: 'https://doi.example.org' } })).toMatchObject({
      ok: true,
      value: { baseUrls: { crossref: 'https://mirror.example.org/crossref', doi: 'https://doi.example.org', eutils: 'http://127.0.0.1:9/eutils' } },
    })
    // an empty address gives the service back to its variable, or the default
    expect(await route('setOnlineSettings', { baseUrls: { crossref: '', doi: '' } })).toMatchObject({ ok: true, value: { baseUrls: { crossref: 'http://127.0.0.1:9/crossref', doi: DEFAULTS.doi } } })
  })

  it('refuse an address that is not http(s), naming it, and save nothing', async () => {
    const { route } = await host()
    const answer = await route('setOnlineSettings', { enabled: false, baseUrls: { doi: 'ftp://doi.example.org' } })
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('doi.org address in the settings is "ftp://doi.example.org"') } })
    expect(await route('getOnlineSettings', undefined)).toMatchObject({ ok: true, value: { enabled: true, baseUrls: DEFAULTS } })
  })
})

describe('the lookup channels', () => {
  it('answer identifiers through the shared services, one outcome per id', async () => {
    const { route } = await host(replayEnvironment(server.baseUrls))
    const answer = await route('lookupIdentifiers', { ids: ['PMID: 33856845', 'no id here'] })
    expect(answer).toMatchObject({ ok: true, value: { outcomes: [{ id: 'PMID: 33856845', ok: true, record: { item: { PMID: '33856845' } } }, { id: 'no id here', ok: false, error: { code: 'INVALID_INPUT' } }] } })
  })

  it('answer OFFLINE, sending nothing, once lookups are turned off', async () => {
    const { route } = await host(replayEnvironment(server.baseUrls))
    await route('setOnlineSettings', { enabled: false })
    expect(await route('lookupIdentifiers', { ids: ['33856845'] })).toMatchObject({ ok: false, error: { code: 'OFFLINE' } })
    expect(await route('searchBibliographic', { title: 'Communicating ecology' })).toMatchObject({ ok: false, error: { code: 'OFFLINE' } })
    expect(server.asked).toEqual([])
  })

  it('answer over the browser host too, pointed at the registries\' addresses it is given', async () => {
    const dir = await makeTempDir('online-host')
    const host = await startBrowserHost({ rendererDir: dir, userDataDir: dir, appVersion: '0.1.0', checkOutput: true, env: replayEnvironment(server.baseUrls) })
    try {
      const response = await fetch(`${host.origin}/api/lookupIdentifiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: host.origin, [HOST_TOKEN_HEADER]: host.token },
        body: JSON.stringify({ ids: ['33856845'] }),
      })
      expect(await response.json()).toMatchObject({ ok: true, value: { outcomes: [{ id: '33856845', ok: true, record: { item: { PMID: '33856845' }, studyType: 'systematic-review' } }] } })
      expect(server.asked.map((asked) => asked.answeredWith)).toEqual(['eutils/efetch_pubmed_33856845.xml'])
    } finally {
      await host.close()
    }
  })
})
