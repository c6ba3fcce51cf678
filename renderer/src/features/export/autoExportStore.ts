import { useSyncExternalStore } from 'react'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { AutoExportStatus, ChannelInput } from '../../../../shared/ipc/contract'
import type { IpcError } from '../../../../shared/ipc/result'
import { useApi } from '../../ipc/ApiContext'

export interface AutoExportState {
  /** The bindings as main last listed them; undefined until it answers. */
  bindings: AutoExportStatus[] | undefined
  /** Why listing them failed, in words. */
  listError?: string
  /** Problems found in the page, by binding (its collection was deleted, formatting failed). */
  problems: Readonly<Record<string, string>>
}

/**
 * The window's auto-export bindings, shared by the writer (useAutoExport), Settings and the
 * sidebar's marks, so a failure found by one shows in all of them.
 */
export interface AutoExportStore {
  state(): AutoExportState
  subscribe(listener: () => void): () => void
  /** Asks main again (folders are checked then). */
  refresh(): Promise<void>
  add(request: ChannelInput<'addAutoExport'>): Promise<IpcError | null>
  remove(id: string): Promise<IpcError | null>
  /** Records (or, with undefined, clears) a binding's problem found in the page. */
  report(id: string, problem: string | undefined): void
}

const stores = new WeakMap<AxisRefApi, AutoExportStore>()

/** The one store of this window's host connection. */
export function autoExportStore(api: AxisRefApi): AutoExportStore {
  const known = stores.get(api)
  if (known) return known
  const created = createAutoExportStore(api)
  stores.set(api, created)
  return created
}

function createAutoExportStore(api: AxisRefApi): AutoExportStore {
  let current: AutoExportState = { bindings: undefined, problems: {} }
  const listeners = new Set<() => void>()
  const set = (next: Partial<AutoExportState>) => {
    current = { ...current, ...next }
    listeners.forEach((listener) => listener())
  }
  const take = (result: Awaited<ReturnType<AxisRefApi['listAutoExports']>>): IpcError | null => {
    if (result.ok) set({ bindings: result.value, listError: undefined })
    return result.ok ? null : result.error
  }
  return {
    state: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async refresh() {
      // a host that could not answer at all is said in Settings like one that answered with an error
      const error = await api.listAutoExports().then(take, (thrown: unknown) => ({ message: String(thrown) }))
      if (error) set({ listError: `Could not read the auto-export files: ${error.message}` })
    },
    add: async (request) => take(await api.addAutoExport(request)),
    async remove(id) {
      const { [id]: _dropped, ...problems } = current.problems
      set({ problems })
      return take(await api.removeAutoExport({ id }))
    },
    report(id, problem) {
      if (current.problems[id] === problem) return
      const { [id]: _old, ...rest } = current.problems
      set({ problems: problem === undefined ? rest : { ...rest, [id]: problem } })
    },
  }
}

/** The bindings and their problems; re-renders when either changes. */
export function useAutoExportState(): AutoExportState & { store: AutoExportStore } {
  const store = autoExportStore(useApi())
  const state = useSyncExternalStore(store.subscribe, store.state)
  return { ...state, store }
}

/** The file's name, for messages (the path is the host's; either separator may occur). */
export function fileNameOf(path: string): string {
  return path.split(/[/\\]/).pop() ?? path
}

/** The folder a file is in, as the host wrote its path. */
function folderOf(path: string): string {
  const file = fileNameOf(path)
  return path.slice(0, Math.max(1, path.length - file.length - 1))
}

/** What is wrong with a binding now, in words (main's words for a gone folder), or undefined when it is in step. */
export function bindingProblem(binding: AutoExportStatus, problems: Readonly<Record<string, string>>): string | undefined {
  if (binding.folderMissing) return binding.lastError ?? `The folder of ${fileNameOf(binding.path)} (${folderOf(binding.path)}) is gone: choose the file again or remove the binding.`
  return problems[binding.id] ?? binding.lastError
}
