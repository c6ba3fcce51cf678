import { z } from 'zod'
import type { FieldConflict } from '../domain/registry'
import { lookupRecordSchema, type LookupRecord } from './record'

/**
 * A bibliographic search's best hit that was not sure enough to apply is offered to the user
 * ("Possible match: … Apply / Dismiss"). It is stored among the paper's `lookupConflicts` under
 * the field `*` (the whole record), so the paper row's schema needs no new field.
 */
export const OFFER_FIELD = '*'

/**
 * Crossref's relevance score above which a hit may be applied without asking (and only when
 * the titles match as well). Scores are not normalised: in the recorded searches, one- and
 * two-word queries ("fish", "ecology" with an author, "global state") top out at 8.7 to 35.5
 * for hits that are not the paper sought, while a full title that Crossref holds scores far
 * higher. 60 leaves those generic hits well below the bar; the title match catches the rest.
 */
export const APPLY_SCORE = 60

const offerSchema = z.object({ record: lookupRecordSchema, score: z.number() })

export interface Offer {
  record: LookupRecord
  score: number
}

/** The conflict that stores an offer. */
export function offerConflict(offer: Offer, at: number): FieldConflict {
  return { field: OFFER_FIELD, registryValue: offer, source: 'crossref', at }
}

/** The paper's pending offer, if any (read back through the schema: it is stored data). */
export function offerOf(conflicts: readonly FieldConflict[] | undefined): Offer | undefined {
  const stored = conflicts?.find((conflict) => conflict.field === OFFER_FIELD)
  const parsed = stored ? offerSchema.safeParse(stored.registryValue) : undefined
  return parsed?.success ? parsed.data : undefined
}

/** The field conflicts proper: the offer apart. */
export function fieldConflictsOf(conflicts: readonly FieldConflict[] | undefined): FieldConflict[] {
  return (conflicts ?? []).filter((conflict) => conflict.field !== OFFER_FIELD)
}
