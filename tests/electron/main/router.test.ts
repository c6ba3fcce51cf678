import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, type Channel } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import { createRouter, type Handlers } from '../../../electron/main/ipc/router'
import { INVALID_PAYLOADS, VALID_PAYLOADS } from '../../support/payloads'

const ONLINE_SETTINGS = {
  enabled: true,
  crossrefMailto: '',
  ncbiApiKeySet: false,
  baseUrls: { crossref: 'https://api.crossref.org', doi: 'https://doi.org', eutils: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils', idconv: 'https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0' },
  baseUrlsFromEnvironment: [],
}

const SYNC_STATUS = { connection: null, state: 'off' as const, sending: 0, receiving: 0, readOnly: false, refused: [], device: { id: 'device-a', name: 'laptop' } }

function spyHandlers(): Handlers & Record<Channel, ReturnType<typeof vi.fn>> {
  const location = { path: '/lib', isDefault: true }
  const stored = { hash: 'a'.repeat(64), size: 10, originalName: 'paper.pdf', newlyStored: true }
  return {
    getAppInfo: vi.fn(() => ({ name: 'AxisRef', version: '0', host: 'cli' as const, platform: 'linux', versions: {} })),
    openFileDialog: vi.fn(() => ({ canceled: true, files: [] })),
    getLibraryLocation: vi.fn(() => location),
    chooseLibraryLocation: vi.fn(() => ({ canceled: true, location })),
    resetLibraryLocation: vi.fn(() => location),
    storePdfFile: vi.fn(() => stored),
    storePdfData: vi.fn(() => stored),
    discardStoredPdf: vi.fn(() => ({ removed: true })),
    extractPdfMetadata: vi.fn(() => ({ item: { type: 'document', title: 'scan' }, fields: { title: { source: 'filename' as const, confidence: 0.1 } }, pageCount: 1, noTextLayer: true })),
    extractPdfFullText: vi.fn(() => ({ text: 'text', pageCount: 1, truncated: false })),
    readStoredPdf: vi.fn(() => ({ base64: 'JVBERi0xLjQK', size: 9 })),
    getWatchedFolder: vi.fn(() => ({ path: null })),
    chooseWatchedFolder: vi.fn(() => ({ path: '/watched' })),
    stopWatchingFolder: vi.fn(() => ({ path: null })),
    scanWatchedFolder: vi.fn(() => ({ paths: [] })),
    readBibliographyFile: vi.fn(() => ({ name: 'library.bib', text: '@article{a, title={A}}' })),
    listAutoExports: vi.fn(() => []),
    addAutoExport: vi.fn(() => [{ id: 'b1', source: { kind: 'collection' as const, id: 'c1' }, path: '/thesis/thesis.bib', format: 'bibtex' as const, folderMissing: false }]),
    removeAutoExport: vi.fn(() => []),
    writeAutoExport: vi.fn(() => ({ written: true, bytes: 22 })),
    writeSnapshot: vi.fn(() => ({ path: '/lib/snapshots/snapshot.json' })),
    getLatestSnapshot: vi.fn(() => null),
    getSnapshotTime: vi.fn(() => null),
    exportLibraryArchive: vi.fn(() => ({ canceled: true })),
    openAttachment: vi.fn(() => ({ opened: true })),
    showAttachmentInFolder: vi.fn(() => ({ shown: true })),
    saveAttachmentCopy: vi.fn(() => ({ canceled: true })),
    checkLibraryIntegrity: vi.fn(() => ({ checkedFiles: 0, findings: [] })),
    relinkLibraryFile: vi.fn(() => ({ canceled: true })),
    moveLibraryFileToTrash: vi.fn(() => ({ trashedTo: 'trash/x.pdf' })),
    restoreLibraryArchive: vi.fn(() => ({ canceled: true })),
    confirmWatchedFilesImported: vi.fn(() => ({ confirmed: 1 })),
    removeUnusedPdfs: vi.fn(() => ({ removed: [{ hash: 'a'.repeat(64), to: 'library-trash' as const }], failed: [] })),
    getRemovedPdfsDestination: vi.fn(() => ({ destination: 'library-trash' as const, systemTrashAvailable: false })),
    setRemovedPdfsDestination: vi.fn(() => ({ destination: 'library-trash' as const, systemTrashAvailable: false })),
    getLibraryMove: vi.fn(() => ({ state: 'idle' as const, done: 0, total: 0 })),
    resumeLibraryMove: vi.fn(() => ({ state: 'done' as const, from: '/old', to: '/lib', done: 3, total: 3 })),
    lookupIdentifiers: vi.fn(() => ({ outcomes: [] })),
    searchBibliographic: vi.fn(() => ({ candidates: [] })),
    getOnlineSettings: vi.fn(() => ONLINE_SETTINGS),
    setOnlineSettings: vi.fn(() => ONLINE_SETTINGS),
    waitForCiteRequest: vi.fn(() => null),
    answerCiteRequest: vi.fn(() => ({ delivered: false })),
    getCiteAsYouWrite: vi.fn(() => ({ enabled: false, port: 23119, listening: false })),
    setCiteAsYouWrite: vi.fn(() => ({ enabled: false, port: 23119, listening: false })),
    getSyncStatus: vi.fn(() => SYNC_STATUS),
    testSyncConnection: vi.fn(() => ({ ok: false, problem: 'credentials' as const, message: 'The server refused the user name or password.', canWrite: false, created: false })),
    connectSync: vi.fn(() => SYNC_STATUS),
    disconnectSync: vi.fn(() => SYNC_STATUS),
    syncNow: vi.fn(() => SYNC_STATUS),
    pushSyncChanges: vi.fn(() => ({ written: 1, unchanged: 0, refused: [{ id: 'n', reason: 'no such note' }] })),
    waitForSyncChanges: vi.fn(() => ({ changes: [{ change: { table: 'notes' as const, id: 'n', row: null }, seq: '3' }], last: '3', status: SYNC_STATUS })),
    fetchSyncedPdf: vi.fn(() => ({ stored: false })),
  }
}

describe('the IPC router', () => {
  it.each(CHANNELS)('%s: a payload that fails the schema answers INVALID_INPUT and never reaches the service', async (channel) => {
    const handlers = spyHandlers()
    const route = createRouter(handlers)
    for (const payload of INVALID_PAYLOADS[channel]) {
      const result = await route(channel, payload)
      expect(result, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(handlers[channel]).not.toHaveBeenCalled()
  })

  it.each(CHANNELS)('%s: a valid payload reaches the service and its answer passes the output schema', async (channel) => {
    const handlers = spyHandlers()
    const route = createRouter(handlers, { checkOutput: true })
    const result = await route(channel, VALID_PAYLOADS[channel])
    expect(result.ok).toBe(true)
    expect(handlers[channel]).toHaveBeenCalledTimes(1)
  })

  it('names the field that failed', async () => {
    const route = createRouter(spyHandlers())
    const result = await route('openFileDialog', { purpose: 'exe' })
    expect(result.ok || result.error.message).toMatch(/openFileDialog: purpose/)
  })

  it('refuses a channel that is not in the contract', async () => {
    const result = await createRouter(spyHandlers())('readAnyFile', { path: '/etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it("turns a service's AppError into its code and message, and anything else into INTERNAL", async () => {
    const handlers = spyHandlers()
    handlers.getLibraryLocation.mockImplementation(() => {
      throw new AppError('IO_ERROR', 'disk full')
    })
    handlers.resetLibraryLocation.mockImplementation(() => {
      throw new TypeError('oops')
    })
    const onInternalError = vi.fn()
    const route = createRouter(handlers, { onInternalError })
    expect(await route('getLibraryLocation', undefined)).toEqual({ ok: false, error: { code: 'IO_ERROR', message: 'disk full' } })
    expect(await route('resetLibraryLocation', undefined)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(onInternalError).toHaveBeenCalledOnce()
  })
})
