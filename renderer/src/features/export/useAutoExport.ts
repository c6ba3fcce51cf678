import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { AutoExportBinding } from '../../../../shared/ipc/contract'
import { useDatabase, type AxisRefDatabase } from '../../db'
import { useTableWrites } from '../../db/useTableWrites'
import { useApi } from '../../ipc/ApiContext'
import type { SearchClient } from '../../search'
import { boundPapers, fingerprintOf } from './autoExportPapers'
import { autoExportStore, fileNameOf, type AutoExportStore } from './autoExportStore'
import { getFormatter } from './formatter'
import { toExportRecord } from './records'

/** At most this long after a change before the files it touches are rewritten. */
export const AUTO_EXPORT_DEBOUNCE_MS = 1500

interface SyncDeps {
  api: AxisRefApi
  db: AxisRefDatabase
  search: SearchClient | undefined
  store: AutoExportStore
  /** The fingerprint each binding's file was last written (or found) with. */
  written: Map<string, string>
  onError: (message: string) => void
}

/**
 * Brings one bound file in step: its papers are found, and only when they (or their last
 * change) differ from the last write are they formatted in the worker and sent to main,
 * which leaves the file alone if it already holds that text. Answers whether the binding
 * still waits for the search index.
 */
export async function syncBinding(binding: AutoExportBinding, deps: SyncDeps): Promise<'done' | 'waiting'> {
  const { api, db, search, store, written, onError } = deps
  const fail = (message: string) => {
    // said once on the status line, not again on every later change; Settings keeps showing it
    if (store.state().problems[binding.id] !== message) onError(message)
    store.report(binding.id, message)
  }
  const found = await boundPapers(db, search, binding).catch((error: unknown) => ({ problem: `Could not find the papers for ${fileNameOf(binding.path)}: ${String(error)}` }))
  if ('waiting' in found) return 'waiting'
  if ('problem' in found) return (fail(found.problem), 'done')
  const fingerprint = fingerprintOf(binding, found.papers)
  if (written.get(binding.id) === fingerprint) return 'done'
  const formatted = await getFormatter().exportFile(found.papers.map(toExportRecord), binding.format)
  if (!formatted.ok) return (fail(`Auto-export of ${fileNameOf(binding.path)} failed: ${formatted.message}`), 'done')
  const result = await api.writeAutoExport({ id: binding.id, text: formatted.text })
  if (!result.ok) {
    fail(result.error.message)
    // main now knows whether the folder is gone: the list and the sidebar say so
    await store.refresh()
    return 'done'
  }
  written.set(binding.id, fingerprint)
  const listed = store.state().bindings?.find((candidate) => candidate.id === binding.id)
  const hadProblem = store.state().problems[binding.id] !== undefined || listed?.lastError !== undefined || listed?.folderMissing === true
  store.report(binding.id, undefined)
  if (hadProblem) await store.refresh()
  return 'done'
}

/** Everything whose change may change a bound file: papers (added, edited, trashed, deleted), collections, saved searches. */
const BOUND_TABLES = ['papers', 'collections', 'savedSearches']

/** Calls `onChange` after the search engine's "the library changed" and "index ready" events, after which saved searches may find other papers. */
function useSearchChanges(search: SearchClient | undefined, onChange: () => void): void {
  useEffect(
    () =>
      search?.subscribe((event) => {
        if (event.type === 'changed' || (event.type === 'status' && event.status.state === 'ready')) onChange()
      }),
    [search, onChange],
  )
}

/**
 * Keeps every bound file in step with its source: after a change, debounced, each binding's
 * papers are found and, where they changed, formatted in the formatter worker and written
 * by main atomically. A change to a paper outside a binding leaves its file alone. Errors
 * go to `onError` (the status line) and to the bindings' state (Settings, the sidebar).
 * Runs for the life of the window.
 */
export function useAutoExport(onError: (message: string) => void, search: SearchClient | undefined): void {
  const api = useApi()
  const db = useDatabase()
  const store = autoExportStore(api)
  const [bindings, setBindings] = useState<AutoExportBinding[]>()
  // one map for the window's life: what each file was last written with
  const [written] = useState(() => new Map<string, string>())
  const running = useRef<Promise<void>>(Promise.resolve())
  const timer = useRef<number | undefined>(undefined)
  const deps = useMemo(() => ({ api, db, search, store, written, onError }), [api, db, search, store, written, onError])
  const pass = useRef({ bindings, deps })
  useEffect(() => {
    pass.current = { bindings, deps }
  }, [bindings, deps])

  // a pass a while after the last change; changes are not state (no render of the workspace per write)
  const schedule = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      const { bindings: bound, deps: current } = pass.current
      if (!bound || bound.length === 0) return
      // one pass at a time: a pass started while another writes would race it to the file
      running.current = running.current.then(async () => {
        for (const binding of bound) await syncBinding(binding, current)
      }).catch((error: unknown) => current.onError(`Auto-export stopped: ${String(error)}`))
    }, AUTO_EXPORT_DEBOUNCE_MS)
  }, [])
  useEffect(() => () => window.clearTimeout(timer.current), [])
  // writes seen, not a live count of the tables: a count walks every row, after every write
  useTableWrites(db, BOUND_TABLES, schedule)
  useSearchChanges(search, schedule)

  useEffect(() => {
    const changed = () => setBindings((previous) => sameBindings(previous, store.state().bindings))
    const unsubscribe = store.subscribe(changed)
    void store.refresh()
    return unsubscribe
  }, [store])

  // the bindings as loaded or changed: a pass over them
  useEffect(() => {
    if (bindings && bindings.length > 0) schedule()
  }, [bindings, deps, schedule])
}

/** The previous list when only the bindings' statuses changed, so a refresh does not start another pass. */
function sameBindings(previous: AutoExportBinding[] | undefined, next: readonly AutoExportBinding[] | undefined): AutoExportBinding[] | undefined {
  const identity = (list: readonly AutoExportBinding[] | undefined) => JSON.stringify(list?.map(({ id, source, path, format }) => [id, source, path, format]))
  return identity(previous) === identity(next) ? previous : next?.map(({ id, source, path, format }) => ({ id, source, path, format }))
}
