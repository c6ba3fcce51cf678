import type { AxisRefApi } from '../../shared/ipc/api'
import { DatabaseProvider, type AxisRefDatabase } from './db'
import { PickerPage } from './features/picker'
import { ReaderProvider } from './features/reader'
import { Workspace } from './features/workspace'
import { ApiProvider } from './ipc/ApiContext'

/** What the window shows: the workspace, or only the citation picker (Electron's picker window). */
export type AppPage = 'workspace' | 'picker'

/** The page a window opened at this address shows: main opens the picker window at `#picker`. */
export function pageOf(hash: string): AppPage {
  return hash === '#picker' ? 'picker' : 'workspace'
}

/** The app: the host's api and the library database, provided once for every feature. */
export function App({ api, db, page = 'workspace' }: { api: AxisRefApi; db: AxisRefDatabase; page?: AppPage }) {
  return (
    <ApiProvider api={api}>
      <DatabaseProvider db={db}>
        {page === 'picker' ? (
          <PickerPage />
        ) : (
          <ReaderProvider>
            <Workspace />
          </ReaderProvider>
        )}
      </DatabaseProvider>
    </ApiProvider>
  )
}
