import { useEffect, useState } from 'react'
import { DetailsPane } from '../details'
import { LibraryPane } from '../library'
import { SettingsDialog } from '../settings'
import { Sidebar } from '../sidebar'
import { useImportFiles } from './useImportFiles'

/** The three-pane workspace: sidebar, paper list, details; toolbar above. */
export function Workspace() {
  const [selectedId, setSelectedId] = useState<string>()
  const [settingsOpen, setSettingsOpen] = useState(false)
  const { status, chooseFiles } = useImportFiles()
  useEffect(preventFileDropNavigation, [])

  return (
    <div className="workspace">
      <header className="toolbar">
        <h1 className="toolbar__title">AxisRef</h1>
        <div className="toolbar__actions">
          <button type="button" className="button button--primary" onClick={() => void chooseFiles()}>
            Import…
          </button>
          <button type="button" className="button" onClick={() => setSettingsOpen(true)}>
            Settings
          </button>
        </div>
      </header>
      <aside className="pane pane--sidebar">
        <Sidebar />
      </aside>
      <main className="pane pane--list">
        <LibraryPane selectedId={selectedId} onSelect={setSelectedId} onImport={() => void chooseFiles()} />
      </main>
      <aside className="pane pane--details">
        <DetailsPane paperId={selectedId} />
      </aside>
      <footer className="statusbar" role="status">
        {status}
      </footer>
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
    </div>
  )
}

/** A file dropped outside a drop zone must not navigate the window away from the app. */
function preventFileDropNavigation(): () => void {
  const stop = (event: DragEvent) => event.preventDefault()
  window.addEventListener('dragover', stop)
  window.addEventListener('drop', stop)
  return () => {
    window.removeEventListener('dragover', stop)
    window.removeEventListener('drop', stop)
  }
}
