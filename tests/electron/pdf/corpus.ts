import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The shared test corpus (`$AXISREF_CORPUS`, else `../shared/corpus` beside the repository). */
export const CORPUS = process.env.AXISREF_CORPUS ?? join(import.meta.dirname, '../../../../shared/corpus')

/** True when the corpus's PDFs are here; suites that need them skip, saying so, when not. */
export function hasPdfCorpus(suite: string): boolean {
  const present = existsSync(join(CORPUS, 'pdf/metadata')) && existsSync(join(CORPUS, 'pdf/hostile'))
  if (!present) console.warn(`[${suite}] skipped: no PDF corpus at ${CORPUS} (set AXISREF_CORPUS to the shared corpus folder).`)
  return present
}

export function corpusPdf(relative: string): string {
  return join(CORPUS, 'pdf', relative)
}
