import { useEffect, useState } from 'react'
import { useLibraryPapers } from '../../db'
import { RestoreOffer, useSnapshots } from '../backup'
import { AxisMap, nodeLabel, pathwayLabel, studyTypeLabel, useSuggestionRefresh } from '../axis'
import { BibliographyImportDialog, useBibliographyImport } from '../bibliography'
import { DetailsPane } from '../details'
import { DuplicatesView } from '../duplicates'
import { ExportDialog, useAutoExport, useCopyCitation } from '../export'
import { DropZone, ImportResults, ImportStatus, useImport } from '../import'
import { IntegrityBanner } from '../integrity'
import { LibraryPane } from '../library'
import { SettingsDialog } from '../settings'
import { Sidebar } from '../sidebar'
import { selectRows, toggleSelection } from './selection'
import { listenForPaste, listenForShortcuts, preventFileDropNavigation, watchFolder } from './windowEvents'

/** The three-pane workspace: sidebar, paper list (or axis map above it), details; toolbar above. */
export function Workspace() {
  const [selectedIds, setSelectedIds] = useState<string[]>([])
  const [anchor, setAnchor] = useState<string>()
  const [dialog, setDialog] = useState<'settings' | 'export' | null>(null)
  const [view, setView] = useState<'list' | 'map' | 'duplicates'>('list')
  const [axisFilter, setAxisFilter] = useState<string[]>([])
  const [studyType, setStudyType] = useState<string>()
  const [message, setMessage] = useState('')
  const papers = useLibraryPapers({ axis: axisFilter, studyType })
  const refreshSuggestions = useSuggestionRefresh()
  const bibliography = useBibliographyImport(refreshSuggestions)
  const previewBibliography = bibliography.preview
  const { state, importFromDialog, importDrop, importFromWatchedFolder, cancel, dismiss } = useImport({
    onImported: refreshSuggestions,
    onBibliographies: (sources) => void previewBibliography(sources),
  })
  const copyCitation = useCopyCitation()
  useAutoExport(setMessage)
  useSnapshots(setMessage)
  const showPaper = (id: string) => {
    setSelectedIds([id])
    setAnchor(id)
  }

  useEffect(preventFileDropNavigation, [])
  useEffect(() => watchFolder(importFromWatchedFolder), [importFromWatchedFolder])
  useEffect(() => listenForPaste((text) => void previewBibliography([{ name: 'Pasted text', text }])), [previewBibliography])
  useEffect(
    () =>
      listenForShortcuts({
        copyReference: () => void copyCitation(selectedIds, 'reference').then(setMessage),
        copyCitation: () => void copyCitation(selectedIds, 'citation').then(setMessage),
        exportDialog: () => setDialog('export'),
        importDialog: () => void importFromDialog(),
      }),
    [copyCitation, selectedIds, importFromDialog],
  )

  return (
    <div className="workspace">
      <header className="toolbar">
        <h1 className="toolbar__title">AxisRef</h1>
        <div className="toolbar__actions">
          <button type="button" className="button button--primary" disabled={state.phase === 'running'} onClick={() => void importFromDialog()} title="Ctrl+I">
            Import…
          </button>
          <button type="button" className="button" onClick={() => void copyCitation(selectedIds, 'reference').then(setMessage)} disabled={selectedIds.length === 0} title="Ctrl+Shift+C">
            Copy reference
          </button>
          <button type="button" className="button" onClick={() => void copyCitation(selectedIds, 'citation').then(setMessage)} disabled={selectedIds.length === 0} title="Ctrl+Shift+A">
            Copy citation
          </button>
          <button type="button" className="button" onClick={() => setDialog('export')} title="Ctrl+E">
            Export…
          </button>
          <button type="button" className="button" onClick={() => setDialog('settings')}>
            Settings
          </button>
        </div>
      </header>
      <aside className="pane pane--sidebar">
        <Sidebar
          view={view}
          axisSelection={axisFilter}
          onShowAll={() => {
            setView('list')
            setAxisFilter([])
            setStudyType(undefined)
          }}
          studyType={studyType}
          onStudyType={setStudyType}
          onShowMap={() => setView('map')}
          onShowDuplicates={() => setView('duplicates')}
          onToggleAxis={(id, combine) => setAxisFilter((current) => toggleSelection(current, id, combine))}
        />
      </aside>
      <main className="pane pane--list">
        <DropZone onDrop={(items) => void importDrop(items)}>
          <RestoreOffer />
          <IntegrityBanner />
          {state.phase === 'running' && <ImportStatus progress={state.progress} canceling={state.canceling} onCancel={cancel} />}
          {view === 'duplicates' && <DuplicatesView />}
          {view === 'map' && <AxisMap selection={axisFilter} onToggle={(id, combine) => setAxisFilter((current) => toggleSelection(current, id, combine))} />}
          {view !== 'duplicates' && <LibraryPane
            papers={papers}
            filterLabels={[...axisFilter.map((id) => (id.startsWith('pathway:') ? pathwayLabel(id.slice(8)) : nodeLabel(id))), ...(studyType ? [studyTypeLabel(studyType)] : [])]}
            selectedIds={selectedIds}
            onSelect={(id, modifiers) => {
              setSelectedIds((current) => selectRows(current, papers?.map((paper) => paper.id) ?? [], anchor, id, modifiers))
              if (!modifiers.range) setAnchor(id)
            }}
            onImport={() => void importFromDialog()}
            onClearFilter={() => {
              setAxisFilter([])
              setStudyType(undefined)
            }}
          />}
        </DropZone>
      </main>
      <aside className="pane pane--details">
        <DetailsPane paperId={anchor && selectedIds.includes(anchor) ? anchor : selectedIds[0]} selectedIds={selectedIds} />
      </aside>
      <footer className="statusbar" role="status">
        {state.phase === 'idle' ? (state.message ?? message) : ''}
      </footer>
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'export' && <ExportDialog selectedIds={selectedIds} viewIds={papers?.map((paper) => paper.id) ?? []} onClose={() => setDialog(null)} />}
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
