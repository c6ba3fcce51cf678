import type { AxisRefApi } from '../../shared/ipc/api'
import { notConnectedSync } from './sync/notConnected'

/**
 * The host calls the workspace makes on its own (and those the Settings dialog makes when it
 * opens), answered as a fresh browser host would; any other call fails the test that made it.
 * `extra` adds the calls one test expects.
 */
export function quietApi(extra: Partial<AxisRefApi> = {}): AxisRefApi {
  const calls: Partial<AxisRefApi> = {
    getAppInfo: async () => ({ ok: true, value: { name: 'AxisRef', version: '0.1.0', host: 'browser', platform: 'linux', versions: {} } }),
    getLibraryLocation: async () => ({ ok: true, value: { path: '/home/ana/AxisRef/Library', isDefault: true } }),
    getWatchedFolder: async () => ({ ok: true, value: { path: null } }),
    scanWatchedFolder: async () => ({ ok: true, value: { paths: [] } }),
    listAutoExports: async () => ({ ok: true, value: [] }),
    writeSnapshot: async () => ({ ok: true, value: { path: '/lib/snapshots/s.json' } }),
    getLatestSnapshot: async () => ({ ok: true, value: null }),
    getSnapshotTime: async () => ({ ok: true, value: null }),
    getOnlineSettings: async () => ({
      ok: true,
      value: { enabled: true, crossrefMailto: '', ncbiApiKeySet: false, baseUrls: { crossref: 'https://api.crossref.org', doi: 'https://doi.org', eutils: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils', idconv: 'https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0' }, baseUrlsFromEnvironment: [] },
    }),
    // the browser host's page long-polls for editors' citation pickers: none is asked for here
    waitForCiteRequest: async () => ({ ok: true, value: null }),
    getCiteAsYouWrite: async () => ({ ok: true, value: { enabled: false, port: 23119, listening: false } }),
    // the workspace's sync bridge asks whether the library is synced: it is not
    getSyncStatus: notConnectedSync().getSyncStatus,
    ...extra,
  }
  return new Proxy(calls, {
    get: (target, key: string) => target[key as keyof AxisRefApi] ?? (async () => Promise.reject(new Error(`${key} not expected in this test`))),
  }) as AxisRefApi
}
