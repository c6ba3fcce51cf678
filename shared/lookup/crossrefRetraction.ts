import { cleanDoi } from '../formats/text'
import { arrayOf, objectOf, stringOf } from './failure'
import { strongerStatus, type Retraction, type RetractionStatus } from './retraction'

// Crossref update types to statuses; erratum and correction are the same thing said twice.
const UPDATE_STATUSES: Record<string, RetractionStatus> = {
  retraction: 'retracted',
  withdrawal: 'retracted',
  removal: 'retracted',
  expression_of_concern: 'expression-of-concern',
  'expression-of-concern': 'expression-of-concern',
  correction: 'corrected',
  erratum: 'corrected',
  corrigendum: 'corrected',
  addendum: 'corrected',
  clarification: 'corrected',
  new_version: 'new-version',
  'new-version': 'new-version',
}

/**
 * `updated-by` lists the notices that update this work (Crossref's own and Retraction
 * Watch's); `update-to` naming the work itself (PLOS's new versions) counts too, but
 * `update-to` naming another DOI means this record IS the notice, which is not retracted.
 */
export function crossrefRetraction(message: Record<string, unknown>, title: string | undefined): Retraction | null {
  const doi = cleanDoi(stringOf(message.DOI))?.toLowerCase()
  const noticeFor = noticeTargets(message)
  const updates = [
    ...arrayOf(message['updated-by']).map(objectOf).filter((update) => !noticeFor.has(cleanDoi(stringOf(update?.DOI))?.toLowerCase() ?? '')),
    ...arrayOf(message['update-to']).map(objectOf).filter((update) => cleanDoi(stringOf(update?.DOI))?.toLowerCase() === doi),
  ].filter((update) => update !== undefined)
  let best: { status: RetractionStatus; update: Record<string, unknown> } | undefined
  for (const update of updates) {
    const status = UPDATE_STATUSES[stringOf(update.type) ?? '']
    if (!status) continue
    if (!best || (strongerStatus(status, best.status) === status && (status !== best.status || preferred(update, best.update)))) best = { status, update }
  }
  if (best) return { status: best.status, notice: notice(best.update) }
  if (title && /^RETRACTED\b/i.test(title)) return { status: 'retracted' }
  return null
}

/**
 * The works this record is itself the notice for: what Retraction Watch says it updates, and
 * `relation.retraction`. Publishers also deposit the link backwards (the Lancet's notice is
 * "updated by" the paper it retracts), and a notice is not retracted by the paper it retracts.
 */
function noticeTargets(message: Record<string, unknown>): Set<string> {
  const curated = arrayOf(message['update-to'])
    .map(objectOf)
    .filter((update) => update?.source === 'retraction-watch')
    .map((update) => stringOf(update?.DOI))
  const related = arrayOf(objectOf(message.relation)?.retraction).map((relation) => stringOf(objectOf(relation)?.id))
  return new Set([...curated, ...related].map((value) => cleanDoi(value)?.toLowerCase()).filter((value) => value !== undefined))
}

// Publishers (Elsevier) tag every linked notice "retraction", expressions of concern included;
// Retraction Watch's curated entries name the right notice, so they win a tie.
function preferred(candidate: Record<string, unknown>, current: Record<string, unknown>): boolean {
  return candidate.source === 'retraction-watch' && current.source !== 'retraction-watch'
}

function notice(update: Record<string, unknown>): Retraction['notice'] {
  const doi = cleanDoi(stringOf(update.DOI))
  const parts = dateParts(update.updated)
  const date = parts?.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-')
  return { ...(doi ? { doi, url: `https://doi.org/${doi}` } : {}), ...(date ? { date } : {}) }
}

/** The first date of a Crossref date object (`{ "date-parts": [[2020, 6, 5]] }`). */
export function dateParts(value: unknown): number[] | undefined {
  const first = arrayOf(objectOf(value)?.['date-parts'])[0]
  const parts = arrayOf(first).map(Number).filter((part) => Number.isInteger(part) && part > 0)
  return parts.length > 0 ? parts : undefined
}
