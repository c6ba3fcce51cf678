import { useCallback, useRef, useState } from 'react'
import { useApi } from '../../ipc/ApiContext'
import { useDatabase } from '../../db'
import { BIBLIOGRAPHY_FILE, collectDroppedFiles } from './droppedFiles'
import { indexFullTexts } from './fullText'
import { importPdfs, type ImportOutcome, type ImportSource } from './importPdfs'
import { createProgressStore, type ProgressStore } from './progressStore'
import { citationKeyBase } from './citationKey'
import { collectWrittenWatchedFiles, confirmWatchedFiles } from './watchedImports'

export type ImportState =
  | { phase: 'idle'; message?: string }
  | { phase: 'running'; progress: ProgressStore; canceling: boolean }
  | { phase: 'finished'; outcomes: ImportOutcome[]; skipped: string[]; canceled: boolean }

/**
 * The import action for the whole workspace: from the file dialog, from a drop, or from
 * the watched folder. One import runs at a time; full text is read afterwards in the
 * background.
 */
export interface ImportCallbacks {
  /** New papers are in the library (suggestions should run). */
  onImported: () => void
  /** Bibliography files to preview (dropped files, or files chosen in the dialog). */
  onBibliographies: (sources: ({ name: string; text: string } | File)[]) => void
}

const PROGRESS_INTERVAL_MS = 100

/** Calls `show` with the newest value at most once per `intervalMs`; `cancel` drops what is still waiting. */
function throttled<T>(intervalMs: number, show: (value: T) => void): ((value: T) => void) & { cancel(): void } {
  let last = Number.NEGATIVE_INFINITY
  let timer: ReturnType<typeof setTimeout> | undefined
  let latest: T
  const emit = () => {
    timer = undefined
    last = performance.now()
    show(latest)
  }
  const call = (value: T) => {
    latest = value
    if (timer !== undefined) return
    const wait = last + intervalMs - performance.now()
    if (wait <= 0) emit()
    else timer = setTimeout(emit, wait)
  }
  return Object.assign(call, { cancel: () => clearTimeout(timer) })
}

export function useImport({ onImported, onBibliographies }: ImportCallbacks) {
  const api = useApi()
  const db = useDatabase()
  const [state, setState] = useState<ImportState>({ phase: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const waiting = useRef<ImportSource[]>([])

  const run = useCallback(
    async (sources: ImportSource[], skipped: string[] = []): Promise<void> => {
      if (controller.current) {
        // one import at a time: files that arrive meanwhile (a drop, the watched folder) wait
        waiting.current.push(...sources)
        return
      }
      if (sources.length === 0) {
        setState({ phase: 'idle', message: skipped.length > 0 ? `Nothing to import: ${skipped.length} file(s) were neither PDFs nor bibliography files.` : undefined })
        return
      }
      // at most ten redraws of the progress bar a second, however fast the files go by
      const progress = createProgressStore({ done: 0, total: sources.length, current: undefined })
      const showProgress = throttled(PROGRESS_INTERVAL_MS, progress.set)
      const abort = new AbortController()
      controller.current = abort
      let batch = sources
      let batchSkipped = skipped
      while (batch.length > 0) {
        progress.set({ done: 0, total: batch.length, current: undefined })
        setState({ phase: 'running', progress, canceling: false })
        const watched = collectWrittenWatchedFiles()
        const outcomes = await importPdfs(batch, {
          api,
          db,
          keyBase: (item) => citationKeyBase(item),
          signal: abort.signal,
          onProgress: showProgress,
          onSettled: watched.onSettled,
        })
        outcomes.push(...(await confirmWatchedFiles(api, watched.paths)))
        showProgress.cancel()
        setState({ phase: 'finished', outcomes, skipped: batchSkipped, canceled: abort.signal.aborted })
        batch = abort.signal.aborted ? [] : waiting.current.splice(0)
        batchSkipped = []
      }
      waiting.current = []
      controller.current = null
      onImported()
      void indexFullTexts(api, db).then(({ indexed }) => indexed > 0 && onImported())
    },
    [api, db, onImported],
  )

  const importFromWatchedFolder = useCallback(async () => {
    const found = await api.scanWatchedFolder()
    if (!found.ok) return setState((previous) => (previous.phase === 'idle' ? { phase: 'idle', message: found.error.message } : previous))
    const sources = found.value.paths.map((path) => ({ kind: 'path' as const, path, name: path.split(/[\\/]/).pop() ?? path, watched: true }))
    if (sources.length > 0) await run(sources)
  }, [api, run])

  const importFromDialog = useCallback(async () => {
    const picked = await api.openFileDialog({ purpose: 'any' })
    if (!picked.ok) return setState({ phase: 'idle', message: picked.error.message })
    if (picked.value.canceled) return
    const bibliographies = picked.value.files.filter((file) => BIBLIOGRAPHY_FILE.test(file.name))
    const sources: { name: string; text: string }[] = []
    for (const file of bibliographies) {
      const read = await api.readBibliographyFile({ path: file.path })
      if (read.ok) sources.push(read.value)
      else setState({ phase: 'idle', message: read.error.message })
    }
    if (sources.length > 0) onBibliographies(sources)
    const pdfs = picked.value.files.filter((file) => !BIBLIOGRAPHY_FILE.test(file.name))
    await run(pdfs.map((file) => ({ kind: 'path' as const, path: file.path, name: file.name })))
  }, [api, run, onBibliographies])

  const importDrop = useCallback(
    async (items: DataTransferItemList) => {
      const { pdfs, bibliographies, skipped } = await collectDroppedFiles(items)
      if (bibliographies.length > 0) onBibliographies(bibliographies)
      if (pdfs.length > 0 || bibliographies.length === 0) await run(pdfs, skipped)
    },
    [run, onBibliographies],
  )

  const cancel = useCallback(() => {
    controller.current?.abort()
    setState((previous) => (previous.phase === 'running' ? { ...previous, canceling: true } : previous))
  }, [])

  const dismiss = useCallback(() => setState({ phase: 'idle' }), [])

  return { state, importFromDialog, importDrop, importFromWatchedFolder, cancel, dismiss }
}
