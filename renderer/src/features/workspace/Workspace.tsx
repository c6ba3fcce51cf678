import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PaperRecord } from '../../db'
import { ActionTargets, ActionTargetsProvider, actionButton, listenForActionKeys, type Action } from '../actions'
import { RestoreOffer, useSnapshots } from '../backup'
import { AxisMap, useSuggestionRefresh } from '../axis'
import { BibliographyImportDialog, useBibliographyImport } from '../bibliography'
import { DetailsPane } from '../details'
import { DuplicatesView } from '../duplicates'
import { ExportDialog, useAutoExport, useCopyCitation } from '../export'
import { describeAttach, DropZone, ImportResults, ImportStatus, useAttachPdf, useAttaching, useImport } from '../import'
import { LibraryPane, ListActions, NO_SELECTION, SearchBox, focusedPaper, useLibraryActions, useLibraryView, type ListSelection } from '../library'
import { openOnActivate, ReaderHost, useReader } from '../reader'
import { CommandPalette, commandsFromActions } from '../palette'
import { CitePickerHost, useBrowserHost } from '../picker'
import { IntegrityBanner } from '../integrity'
import { AddByIdentifierDialog, LookupQueueProvider, LookupStatus, useLookupsApplied } from '../lookup'
import { SettingsDialog } from '../settings'
import { Sidebar } from '../sidebar'
import { SyncStatusLine, syncNowUnavailable, useSyncView, useWindowSyncStore } from '../sync'
import { useCompleteSelection } from './useCompleteSelection'
import { useRetractionCheck } from '../retractions'
import { useSyncBridge } from '../sync'
import { useWorkspaceActions } from './useWorkspaceActions'
import { listenForPaste, preventFileDropNavigation, watchFolder } from './windowEvents'

/** The three-pane workspace: sidebar, paper list (or axis map above it), details; toolbar above. */
export function Workspace() {
  const [targets] = useState(() => new ActionTargets())
  return (
    <ActionTargetsProvider value={targets}>
      <LookupQueueProvider>
        <WorkspaceLayout targets={targets} />
      </LookupQueueProvider>
    </ActionTargetsProvider>
  )
}

function WorkspaceLayout({ targets }: { targets: ActionTargets }) {
  const [selection, setSelection] = useState<ListSelection>(NO_SELECTION)
  const selectedIds = selection.ids
  const [dialog, setDialog] = useState<'settings' | 'export' | 'add-identifier' | null>(null)
  const [view, setView] = useState<'list' | 'map' | 'duplicates'>('list')
  const [message, setMessage] = useState('')
  const [paletteOpen, setPaletteOpen] = useState(false)
  const [citePickerOpen, setCitePickerOpen] = useState(false)
  // in the browser host the page shows editors' pickers; in Electron a window of its own does
  const pollCiteRequests = useBrowserHost(setMessage)
  const list = useLibraryView()
  const listActions = useLibraryActions(setMessage)
  const refreshSuggestions = useSuggestionRefresh(setMessage)
  const searchClient = list.client
  const indexWritten = useCallback((papers: PaperRecord[]) => searchClient?.added(papers), [searchClient])
  const bibliography = useBibliographyImport({ onImported: refreshSuggestions, onWritten: indexWritten })
  useLookupsApplied(refreshSuggestions)
  const previewBibliography = bibliography.preview
  const { state, importFromDialog, importDrop, importFromWatchedFolder, cancel, dismiss } = useImport({
    onImported: refreshSuggestions,
    onBibliographies: (sources) => void previewBibliography(sources),
  })
  const attachPdf = useAttachPdf()
  const attaching = useAttaching()
  const copyCitation = useCopyCitation()
  const reader = useReader()
  const togglePalette = useCallback(() => setPaletteOpen((open) => !open), [])
  const completeSelection = useCompleteSelection(setMessage)
  const checkRetractions = useRetractionCheck(setMessage)
  const syncStore = useWindowSyncStore()
  const syncUnavailable = syncNowUnavailable(useSyncView(syncStore).status)
  const sync = useMemo(() => ({ now: () => syncStore.syncNow(), unavailable: syncUnavailable }), [syncStore, syncUnavailable])
  const actions = useWorkspaceActions({
    selectedIds,
    list,
    listActions,
    targets,
    importing: state.phase === 'running',
    importFromDialog: () => void importFromDialog(),
    openDialog: setDialog,
    setView,
    copy: (kind) => void copyCitation(selectedIds, kind).then(setMessage),
    openCitePicker: () => setCitePickerOpen(true),
    openInReader: reader ? (paperId) => reader.open(paperId) : undefined,
    togglePalette,
    completeSelection,
    checkRetractions,
    sync,
  })
  useActionKeys(actions.list, setMessage)
  useAutoExport(setMessage, list.client)
  useSnapshots(setMessage)
  useSyncBridge()
  const showPaper = (id: string) => setSelection({ ids: [id], anchor: id, lead: id })
  const attachDropped = (paperId: string, items: DataTransferItemList) => {
    showPaper(paperId)
    setMessage('Attaching…')
    void attachPdf.attachDrop(paperId, items).then((outcomes) => setMessage(outcomes.map(describeAttach).join(' ')))
  }

  useEffect(preventFileDropNavigation, [])
  useEffect(() => watchFolder(importFromWatchedFolder), [importFromWatchedFolder])
  useEffect(() => listenForPaste((text) => void previewBibliography([{ name: 'Pasted text', text }])), [previewBibliography])

  return (
    <div className="workspace">
      <header className="toolbar">
        <h1 className="toolbar__title">AxisRef</h1>
        <SearchBox value={list.query} onChange={list.setQuery} error={list.search.error?.message} />
        <div className="toolbar__actions">
          <button type="button" className="button button--primary" {...actionButton(actions.get('import'))}>
            Import…
          </button>
          <button type="button" className="button" {...actionButton(actions.get('add-identifier'))}>
            Add by identifier…
          </button>
          <button type="button" className="button" {...actionButton(actions.get('copy-reference'))}>
            Copy reference
          </button>
          <button type="button" className="button" {...actionButton(actions.get('copy-citation'))}>
            Copy citation
          </button>
          <button type="button" className="button" {...actionButton(actions.get('export'))}>
            Export…
          </button>
          <button type="button" className="button" {...actionButton(actions.get('settings'))}>
            Settings
          </button>
        </div>
      </header>
      <aside className="pane pane--sidebar">
        <Sidebar view={view} list={list} actions={listActions} onShowList={() => setView('list')} onShowMap={() => setView('map')} onShowDuplicates={() => setView('duplicates')} />
      </aside>
      <main className="pane pane--list" {...openOnActivate(selectedIds.length === 1 ? selectedIds[0] : undefined, reader?.open)}>
        <DropZone onDrop={(items) => void importDrop(items)}>
          <RestoreOffer />
          <IntegrityBanner busy={state.phase === 'running' || attaching} />
          {state.phase === 'running' && <ImportStatus progress={state.progress} canceling={state.canceling} onCancel={cancel} />}
          {view === 'duplicates' && <DuplicatesView />}
          {view === 'map' && <AxisMap client={list.client} selection={list.filters.axis} onToggle={list.toggleAxis} />}
          {view !== 'duplicates' && <LibraryPane
            client={list.client}
            search={list.search}
            libraryCount={list.libraryCount}
            viewLabel={list.scope.kind === 'trash' ? 'Trash' : list.scope.kind === 'collection' ? list.scope.name : undefined}
            filterLabels={list.filterLabels}
            searching={list.query.trim() !== ''}
            selection={selection}
            onSelectionChange={setSelection}
            sort={list.sort}
            onSortChange={list.setSort}
            columns={list.settings.columns}
            onColumnsChange={list.settings.setColumns}
            onDelete={() => {
              if (list.scope.kind === 'trash') return
              void listActions.trash(selectedIds)
              setSelection(NO_SELECTION)
            }}
            onImport={() => void importFromDialog()}
            onDropFilesOnPaper={list.scope.kind === 'trash' ? undefined : attachDropped}
            onClearFilter={list.clearFilters}
            actions={<ListActions scope={list.scope} selectedIds={selectedIds} total={list.search.total} actions={listActions} />}
          />}
        </DropZone>
        <ReaderHost />
      </main>
      <aside className="pane pane--details">
        <DetailsPane paperId={focusedPaper(selection)} selectedIds={selectedIds} onSearch={(query) => {
          setView('list')
          list.setQuery(query)
        }} />
      </aside>
      <footer className="statusbar" role="status">
        {state.phase === 'idle' ? (state.message ?? message) : ''}
        <LookupStatus />
        <SyncStatusLine store={syncStore} />
      </footer>
      <CitePickerHost client={list.client} say={setMessage} poll={pollCiteRequests} localOpen={citePickerOpen} onLocalClose={() => setCitePickerOpen(false)} />
      {paletteOpen && <CommandPalette commands={commandsFromActions(actions.list)} onClose={() => setPaletteOpen(false)} />}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'add-identifier' && (
        <AddByIdentifierDialog
          onShowPaper={(paperId) => {
            setView('list')
            showPaper(paperId)
            setDialog(null)
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'export' && <ExportDialog selectedIds={selectedIds} viewIds={list.search.ids ?? []} onClose={() => setDialog(null)} />}
      {state.phase === 'finished' && (
        <ImportResults
          outcomes={state.outcomes}
          skipped={state.skipped}
          canceled={state.canceled}
          onShowPaper={(paperId) => {
            showPaper(paperId)
            dismiss()
          }}
          onShowDuplicates={() => {
            setView('duplicates')
            dismiss()
          }}
          onClose={dismiss}
        />
      )}
      {bibliography.state.phase !== 'idle' && (
        <BibliographyImportDialog
          state={bibliography.state}
          onCommit={() => void bibliography.commit()}
          onShowPaper={(paperId) => {
            showPaper(paperId)
            bibliography.close()
          }}
          onShowDuplicates={() => {
            setView('duplicates')
            bibliography.close()
          }}
          onClose={bibliography.close}
        />
      )}
    </div>
  )
}

/** The window's keys run the registry's actions; one that cannot run says why on the status line. */
function useActionKeys(actions: readonly Action[], say: (message: string) => void): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => listenForActionKeys(() => latest.current, say), [say])
}
