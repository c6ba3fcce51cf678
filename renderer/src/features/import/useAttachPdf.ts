import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { useDatabase } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { attachPdf, detachAttached, type AttachOutcome } from './attachPdf'
import { collectDroppedFiles } from './droppedFiles'
import { indexFullTexts } from './fullText'
import type { ImportSource } from './importPdfs'

export interface AttachPdfActions {
  /** Attaches the files to the paper, one after another; their full text is read afterwards, as after an import. */
  attach(paperId: string, sources: readonly ImportSource[]): Promise<AttachOutcome[]>
  /** The PDFs of a drop; anything else dropped is refused by name. */
  attachDrop(paperId: string, items: DataTransferItemList): Promise<AttachOutcome[]>
  /**
   * The host's file dialog; where the host has none (the browser host) `pickInPage` is
   * called to open the page's own file picker instead.
   */
  attachFromDialog(paperId: string, pickInPage: () => void): Promise<AttachOutcome[]>
  detach(outcome: Extract<AttachOutcome, { status: 'attached' }>): Promise<string>
}

let attachesUnderWay = 0
const listeners = new Set<() => void>()

/** Counts an attach from its start to its end, so the library check can wait for it. */
function underWay<T>(task: () => Promise<T>): Promise<T> {
  const change = (by: number) => {
    attachesUnderWay += by
    for (const listener of listeners) listener()
  }
  change(1)
  return task().finally(() => change(-1))
}

/**
 * True while a PDF is being attached anywhere in the window. Its bytes are stored before its
 * attachment is written, so the library check, run meanwhile, would report the file as one
 * no paper points to: the check waits, as it waits for an import.
 */
export function useAttaching(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    () => attachesUnderWay > 0,
  )
}

/** "Attach PDF…", and PDFs dropped on a paper: the workspace's and the details pane's way in. */
export function useAttachPdf(): AttachPdfActions {
  const api = useApi()
  const db = useDatabase()
  const attach = useCallback(
    (paperId: string, sources: readonly ImportSource[]) =>
      underWay(async () => {
        const outcomes: AttachOutcome[] = []
        for (const source of sources) outcomes.push(await attachPdf(paperId, source, { api, db }))
        if (outcomes.some((outcome) => outcome.status === 'attached')) void indexFullTexts(api, db)
        return outcomes
      }),
    [api, db],
  )
  const attachDrop = useCallback(
    async (paperId: string, items: DataTransferItemList) => {
      const { pdfs, bibliographies, skipped } = await collectDroppedFiles(items)
      const others = [...bibliographies.map((file) => file.name), ...skipped].map((name): AttachOutcome => ({ status: 'refused', name, message: `${name} is not a PDF; only a PDF can be attached to a paper.` }))
      return [...(await attach(paperId, pdfs)), ...others]
    },
    [attach],
  )
  const attachFromDialog = useCallback(
    async (paperId: string, pickInPage: () => void) => {
      const picked = await api.openFileDialog({ purpose: 'pdf' })
      if (!picked.ok && picked.error.code === 'UNAVAILABLE') {
        pickInPage()
        return []
      }
      if (!picked.ok) return [{ status: 'refused' as const, name: 'PDF', message: picked.error.message }]
      if (picked.value.canceled) return []
      return attach(paperId, picked.value.files.map((file) => ({ kind: 'path' as const, path: file.path, name: file.name })))
    },
    [api, attach],
  )
  const detach = useCallback((outcome: Extract<AttachOutcome, { status: 'attached' }>) => detachAttached(outcome, { api, db }), [api, db])
  return useMemo(() => ({ attach, attachDrop, attachFromDialog, detach }), [attach, attachDrop, attachFromDialog, detach])
}
