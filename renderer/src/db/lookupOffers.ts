import type { BibliographicCandidate } from '../../../shared/lookup/record'
import { APPLY_SCORE, OFFER_FIELD, offerConflict, offerOf } from '../../../shared/lookup/offer'
import { titlesMatch } from '../../../shared/lookup/titleMatch'
import type { AxisRefDatabase } from './database'
import { completePaperFromLookup } from './lookupCompletion'
import type { PaperRecord, QueuedLookup } from './schema'

/**
 * What a bibliographic search found for a paper with no identifier: the best hit is applied
 * only when Crossref scores it at least APPLY_SCORE and its title is the paper's (both, since
 * a high score alone can be another paper with the same words); otherwise it is offered on the
 * paper for the user to apply or dismiss. Answers what happened in words for the queue.
 */
export async function applyBibliographicCandidates(
  db: AxisRefDatabase,
  row: QueuedLookup,
  candidates: readonly BibliographicCandidate[],
  { now = Date.now(), applyScore = APPLY_SCORE }: { now?: number; applyScore?: number } = {},
): Promise<string> {
  if (!row.paperId) throw new Error(`The search for ${row.input} names no paper to complete.`)
  const best = [...candidates].sort((a, b) => b.score - a.score)[0]
  if (!best) return `No match found for "${row.input}".`
  const paper = await db.papers.get(row.paperId)
  if (!paper) return 'The paper is no longer in the library: nothing was completed.'
  const title = best.record.item.title ?? 'untitled'
  if (best.score >= applyScore && best.titleMatch && titlesMatch(paper.csl.title, best.record.item.title)) {
    return `Matched by title ("${title}"). ${await completePaperFromLookup(db, paper.id, best.record, now)}`
  }
  await storeOffer(db, paper.id, { record: best.record, score: best.score }, now)
  return `Possible match offered: "${title}" (not sure enough to apply; see the paper's details).`
}

async function storeOffer(db: AxisRefDatabase, paperId: string, offer: { record: BibliographicCandidate['record']; score: number }, now: number): Promise<void> {
  await db.transaction('rw', db.papers, async () => {
    const paper = await db.papers.get(paperId)
    if (!paper) return
    await db.papers.put({ ...paper, lookupConflicts: [...withoutOffer(paper), offerConflict(offer, now)], modifiedAt: now })
  })
}

/** Applies the paper's pending offer as a lookup's record would be (the user said it is this paper). */
export async function applyOffer(db: AxisRefDatabase, paperId: string, now: number = Date.now()): Promise<string> {
  const paper = await db.papers.get(paperId)
  const offer = offerOf(paper?.lookupConflicts)
  if (!paper || !offer) return 'There is no possible match to apply any more.'
  return completePaperFromLookup(db, paperId, offer.record, now)
}

/** Forgets the paper's pending offer (the user said it is another paper). */
export async function dismissOffer(db: AxisRefDatabase, paperId: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.papers, async () => {
    const paper = await db.papers.get(paperId)
    if (!paper) return
    const rest = withoutOffer(paper)
    const next: PaperRecord = { ...paper, modifiedAt: now }
    if (rest.length > 0) next.lookupConflicts = rest
    else delete next.lookupConflicts
    await db.papers.put(next)
  })
}

function withoutOffer(paper: PaperRecord) {
  return (paper.lookupConflicts ?? []).filter((conflict) => conflict.field !== OFFER_FIELD)
}
