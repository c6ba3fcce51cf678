import { createContext, useContext, type ReactNode } from 'react'
import type { AxisRefDatabase } from './database'

const DatabaseContext = createContext<AxisRefDatabase | null>(null)

export function DatabaseProvider({ db, children }: { db: AxisRefDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>
}

/**
 * For hooks: the db module's read hooks and features' action hooks that call repository
 * functions. Components read through hooks and never touch the db themselves.
 */
export function useDatabase(): AxisRefDatabase {
  const db = useContext(DatabaseContext)
  if (!db) throw new Error('useDatabase needs a <DatabaseProvider> above it.')
  return db
}
