import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LookupRecord } from '../../shared/lookup'
import { CORPUS } from '../shared/formats/corpus'
import { crossrefRecordOf, pubmedRecordOf } from './lookupRecordOf'

export { fromCrossref, fromPubmed } from './lookupRecordOf'

const ONLINE = join(CORPUS, 'online')

/** The record Crossref's recorded `/works/{doi}` answer (a file of `<corpus>/online/crossref`) gives. */
export function crossrefRecord(file: string): LookupRecord {
  return crossrefRecordOf(readFileSync(join(ONLINE, 'crossref', file), 'utf8'), file)
}

/** The record of a recorded efetch answer (a file of `<corpus>/online/eutils`). */
export function pubmedRecord(file: string, pmid?: string): LookupRecord {
  return pubmedRecordOf(readFileSync(join(ONLINE, 'eutils', file), 'utf8'), file, pmid)
}
