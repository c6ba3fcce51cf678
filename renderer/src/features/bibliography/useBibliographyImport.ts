import { useCallback, useState } from 'react'
import { decodeBibliographyBytes, importBibliography } from '../../../../shared/formats'
import { useDatabase } from '../../db'
import { commitBibliographyImport, planBibliographyImport, type ImportPlan } from './planImport'

export type BibliographyImportState =
  | { phase: 'idle' }
  | { phase: 'preview'; plans: ImportPlan[] }
  | { phase: 'committing'; plans: ImportPlan[] }
  | { phase: 'done'; plans: ImportPlan[]; added: number }

export interface BibliographySource {
  name: string
  text: string
}

/**
 * Bibliography import: read the files, show what would happen (preview and report), and
 * write only when the user confirms. Nothing in the library changes before that.
 */
export function useBibliographyImport(onImported: () => void = () => undefined) {
  const db = useDatabase()
  const [state, setState] = useState<BibliographyImportState>({ phase: 'idle' })

  /** Reads the sources (text, or dropped files decoded here) and shows the preview. */
  const preview = useCallback(
    async (sources: readonly (BibliographySource | File)[]) => {
      const plans: ImportPlan[] = []
      for (const source of sources) {
        const text = source instanceof File ? decodeBibliographyBytes(new Uint8Array(await source.arrayBuffer())) : source.text
        plans.push(await planBibliographyImport(db, source.name, importBibliography(text)))
      }
      if (plans.length > 0) setState({ phase: 'preview', plans })
    },
    [db],
  )

  const commit = useCallback(async () => {
    if (state.phase !== 'preview') return
    setState({ phase: 'committing', plans: state.plans })
    let added = 0
    for (const plan of state.plans) added += (await commitBibliographyImport(db, plan)).length
    setState({ phase: 'done', plans: state.plans, added })
    onImported()
  }, [db, state, onImported])

  const close = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, preview, commit, close }
}
