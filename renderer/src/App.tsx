import type { AxisRefApi } from '../../shared/ipc/api'
import { DatabaseProvider, type AxisRefDatabase } from './db'
import { ReaderProvider } from './features/reader'
import { Workspace } from './features/workspace'
import { ApiProvider } from './ipc/ApiContext'

/** The app: the host's api and the library database, provided once for every feature. */
export function App({ api, db }: { api: AxisRefApi; db: AxisRefDatabase }) {
  return (
    <ApiProvider api={api}>
      <DatabaseProvider db={db}>
        <ReaderProvider>
          <Workspace />
        </ReaderProvider>
      </DatabaseProvider>
    </ApiProvider>
  )
}
