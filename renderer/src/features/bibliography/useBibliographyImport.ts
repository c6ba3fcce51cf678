import { useCallback, useState } from 'react'
import { useDatabase, type PaperRecord } from '../../db'
import { commitBibliographyImport, planBibliographyImport, type ImportPlan } from './planImport'
import { readBibliography } from './reader'

export type BibliographyImportState =
  | { phase: 'idle' }
  | { phase: 'preview'; plans: ImportPlan[]; failure?: string }
  | { phase: 'committing'; plans: ImportPlan[]; written: number; total: number }
  | { phase: 'done'; plans: ImportPlan[]; added: number }

export interface BibliographySource {
  name: string
  text: string
}

export interface BibliographyImportOptions {
  /** After the papers are written. */
  onImported?: () => void
  /** After each chunk of papers is written, with the papers (the search worker indexes them as sent). */
  onWritten?: (papers: PaperRecord[]) => void
}

/**
 * Bibliography import: read the files, show what would happen (preview and report), and
 * write only when the user confirms. Nothing in the library changes before that.
 */
export function useBibliographyImport({ onImported, onWritten }: BibliographyImportOptions = {}) {
  const db = useDatabase()
  const [state, setState] = useState<BibliographyImportState>({ phase: 'idle' })

  /** Reads the sources (text, or dropped files decoded here) and shows the preview. */
  const preview = useCallback(
    async (sources: readonly (BibliographySource | File)[]) => {
      const plans: ImportPlan[] = []
      for (const source of sources) {
        const result = await readBibliography(source instanceof File ? source : source.text)
        plans.push(await planBibliographyImport(db, source.name, result))
      }
      if (plans.length > 0) setState({ phase: 'preview', plans })
    },
    [db],
  )

  const commit = useCallback(async () => {
    if (state.phase !== 'preview') return
    const { plans } = state
    const total = plans.reduce((sum, plan) => sum + plan.add.length, 0)
    setState({ phase: 'committing', plans, written: 0, total })
    let added = 0
    try {
      for (const plan of plans) {
        const before = added
        added += (await commitBibliographyImport(db, plan, { onWritten, onProgress: (written) => setState({ phase: 'committing', plans, written: before + written, total }) })).length
      }
    } catch (error) {
      // the papers written before the failure are in the library; the preview says what happened
      setState({ phase: 'preview', plans, failure: error instanceof Error ? error.message : String(error) })
      return
    }
    setState({ phase: 'done', plans, added })
    onImported?.()
  }, [db, state, onImported, onWritten])

  const close = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, preview, commit, close }
}
