import { Dexie, type ObservabilitySet } from 'dexie'
import { useEffect, useRef } from 'react'
import type { AxisRefDatabase } from './database'

/** Whether a storage-mutated notice names a write to one of `tables` of the database `name`. */
export function touchesTables(parts: ObservabilitySet, name: string, tables: readonly string[]): boolean {
  const prefixes = tables.map((table) => `idb://${name}/${table}/`)
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))
}

/**
 * Calls `onWrite` after each write to these tables, from this window or any worker (Dexie
 * relays them), deletes included. What a live count of the tables was used for ("has
 * anything changed since?") without reading them: Chromium counts a store by walking every
 * row, and a live count ran again after every write (0.3–0.7 s each at 20,000 papers, with
 * the sidebar's update queued behind it). No state is set: a suggestion refresh writes
 * every paper of a large import, and re-rendering the workspace for each write would cost
 * more than the count did.
 */
export function useTableWrites(db: AxisRefDatabase, tables: readonly string[], onWrite: () => void): void {
  const latest = useRef(onWrite)
  useEffect(() => {
    latest.current = onWrite
  }, [onWrite])
  const key = tables.join('\n')
  useEffect(() => {
    const watched = key.split('\n')
    const listener = (parts: ObservabilitySet): void => {
      if (touchesTables(parts, db.name, watched)) latest.current()
    }
    Dexie.on('storagemutated', listener)
    return () => Dexie.on.storagemutated.unsubscribe(listener)
  }, [db, key])
}
