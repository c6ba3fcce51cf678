import { createContext, useContext, type ReactNode } from 'react'
import type { AxisRefDatabase } from './database'

const DatabaseContext = createContext<AxisRefDatabase | null>(null)

export function DatabaseProvider({ db, children }: { db: AxisRefDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>
}

/** For hooks in this folder only: components read through the hooks, never the db. */
export function useDatabase(): AxisRefDatabase {
  const db = useContext(DatabaseContext)
  if (!db) throw new Error('useDatabase needs a <DatabaseProvider> above it.')
  return db
}
