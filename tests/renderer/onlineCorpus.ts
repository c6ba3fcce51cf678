import type { LookupRecord } from '../../shared/lookup'
import { crossrefRecordOf, pubmedRecordOf } from '../support/lookupRecordOf'

/**
 * The recorded registry answers of the shared corpus (`../shared/corpus/online`), bundled by
 * Vite for the renderer's tests (which have no file system). Empty when the corpus is absent:
 * the suites using them skip.
 */
const BODIES: Record<string, string> = import.meta.glob(['../../../shared/corpus/online/crossref/*.json', '../../../shared/corpus/online/eutils/efetch_*.xml'], {
  eager: true,
  query: '?raw',
  import: 'default',
})

export const HAS_ONLINE_BODIES = Object.keys(BODIES).length > 0

/** A recorded body by its path under `online/` ("crossref/works_….json"). */
export function onlineBody(relative: string): string {
  const body = BODIES[`../../../shared/corpus/online/${relative}`]
  if (body === undefined) throw new Error(`No recorded answer online/${relative} in the corpus.`)
  return body
}

export function crossrefRecord(file: string): LookupRecord {
  return crossrefRecordOf(onlineBody(`crossref/${file}`), file)
}

export function pubmedRecord(file: string, pmid?: string): LookupRecord {
  return pubmedRecordOf(onlineBody(`eutils/${file}`), file, pmid)
}
