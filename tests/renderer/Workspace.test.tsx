import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import { App } from '../../renderer/src/App'
import { addPaper, openDatabase } from '../../renderer/src/db'
import { notConnectedSync } from './sync/notConnected'

let dbCount = 0

const unexpected = async () => {
  throw new Error('not expected in this test')
}

function fakeApi(overrides: Partial<AxisRefApi> = {}): AxisRefApi {
  const location = { path: '/home/ana/AxisRef/Library', isDefault: true }
  return {
    getAppInfo: async () => ({ ok: true, value: { name: 'AxisRef', version: '0.1.0', host: 'browser', platform: 'linux', versions: {} } }),
    openFileDialog: async () => ({ ok: true, value: { canceled: true, files: [] } }),
    getLibraryLocation: async () => ({ ok: true, value: location }),
    chooseLibraryLocation: async () => ({ ok: true, value: { canceled: true, location } }),
    resetLibraryLocation: async () => ({ ok: true, value: location }),
    storePdfFile: unexpected,
    storePdfData: unexpected,
    discardStoredPdf: unexpected,
    extractPdfMetadata: unexpected,
    extractPdfFullText: unexpected,
    readStoredPdf: unexpected,
    getWatchedFolder: async () => ({ ok: true, value: { path: null } }),
    chooseWatchedFolder: unexpected,
    stopWatchingFolder: unexpected,
    scanWatchedFolder: async () => ({ ok: true, value: { paths: [] } }),
    readBibliographyFile: unexpected,
    listAutoExports: async () => ({ ok: true, value: [] }),
    addAutoExport: unexpected,
    removeAutoExport: unexpected,
    writeAutoExport: unexpected,
    writeSnapshot: async () => ({ ok: true, value: { path: '/lib/snapshots/s.json' } }),
    getLatestSnapshot: async () => ({ ok: true, value: null }),
    getSnapshotTime: async () => ({ ok: true, value: null }),
    exportLibraryArchive: unexpected,
    openAttachment: unexpected,
    showAttachmentInFolder: unexpected,
    saveAttachmentCopy: unexpected,
    checkLibraryIntegrity: async () => ({ ok: true, value: { checkedFiles: 0, findings: [] } }),
    relinkLibraryFile: unexpected,
    moveLibraryFileToTrash: unexpected,
    restoreLibraryArchive: unexpected,
    confirmWatchedFilesImported: unexpected,
    removeUnusedPdfs: unexpected,
    getRemovedPdfsDestination: async () => ({ ok: true, value: { destination: 'library-trash', systemTrashAvailable: false } }),
    setRemovedPdfsDestination: unexpected,
    getLibraryMove: async () => ({ ok: true, value: { state: 'idle', done: 0, total: 0 } }),
    resumeLibraryMove: unexpected,
    lookupIdentifiers: unexpected,
    searchBibliographic: unexpected,
    getOnlineSettings: async () => ({ ok: true, value: { enabled: true, crossrefMailto: '', ncbiApiKeySet: false, baseUrls: { crossref: 'https://api.crossref.org', doi: 'https://doi.org', eutils: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils', idconv: 'https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0' }, baseUrlsFromEnvironment: [] } }),
    setOnlineSettings: unexpected,
    // no picker is ever asked for here: the long poll answers "none" at once
    waitForCiteRequest: async () => ({ ok: true, value: null }),
    answerCiteRequest: unexpected,
    getCiteAsYouWrite: async () => ({ ok: true, value: { enabled: false, port: 23119, listening: false } }),
    setCiteAsYouWrite: unexpected,
    ...notConnectedSync(),
    ...overrides,
  }
}

describe('the workspace', () => {
  it('shows the three panes and the empty state for a new library', async () => {
    render(<App api={fakeApi()} db={openDatabase(`ws-${++dbCount}`)} />)
    // the workspace also starts the search host (on jsdom's own thread): allow it a moment
    expect(await screen.findByText('Drop PDFs or a .bib file here, or choose Import…', {}, { timeout: 5000 })).toBeTruthy()
    expect(screen.getByRole('navigation', { name: 'Library navigation' })).toBeTruthy()
    expect(screen.getByText('Select a paper to see its details, notes and axis tags.')).toBeTruthy()
  })

  it('lists papers from IndexedDB and shows the selected one in the details pane', async () => {
    const db = openDatabase(`ws-${++dbCount}`)
    await addPaper(db, {
      csl: { id: 'x', type: 'article-journal', title: 'The gut-brain axis in depression', author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008]] } },
      citationKey: 'maes2008gut',
    })
    render(<App api={fakeApi()} db={db} />)
    const row = await screen.findByText('The gut-brain axis in depression', {}, { timeout: 5000 })
    fireEvent.click(row)
    const details = await screen.findByRole('article', { name: 'Paper details' })
    expect(within(details).getByText('maes2008gut')).toBeTruthy()
    expect(within(details).getByDisplayValue('2008')).toBeTruthy()
  })

  it('reports a host error from Import… in words on the status line', async () => {
    const openFileDialog = vi.fn(async () => ({ ok: false as const, error: { code: 'UNAVAILABLE' as const, message: 'This window has no native file dialog.' } }))
    render(<App api={fakeApi({ openFileDialog })} db={openDatabase(`ws-${++dbCount}`)} />)
    await screen.findByTestId('empty-state', {}, { timeout: 5000 })
    fireEvent.click(screen.getAllByRole('button', { name: 'Import…' })[0]!)
    expect(await screen.findByText('This window has no native file dialog.')).toBeTruthy()
    expect(openFileDialog).toHaveBeenCalledWith({ purpose: 'any' })
  })
})
