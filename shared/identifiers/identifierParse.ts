import { validateDoi, validatePmcid, validatePmid } from '../domain/validate'

/**
 * What a person pastes to look a paper up: a DOI, a PubMed id or a PubMed Central id,
 * normalised so two spellings of one paper compare equal (DOIs lower-cased, as Crossref
 * itself does; PMIDs without leading zeros; PMCIDs as PMC + digits).
 */
export type IdentifierKind = 'doi' | 'pmid' | 'pmcid'
export interface Identifier {
  kind: IdentifierKind
  value: string
}
export type IdentifierParse = { ok: true; input: string; identifier: Identifier } | { ok: false; input: string; reason: string }

/** PMIDs are counted from 1 and have reached eight digits; nine and more are not PMIDs (yet). */
const PLAUSIBLE_PMID = /^\d{1,8}$/

export function failure(input: string, reason: string): IdentifierParse {
  return { ok: false, input, reason }
}

export function success(input: string, kind: IdentifierKind, value: string): IdentifierParse {
  return { ok: true, input, identifier: { kind, value: kind === 'doi' ? value.toLowerCase() : value } }
}

export function doiParse(input: string, candidate: string): IdentifierParse {
  const decoded = decodeEscapes(candidate)
  if (decoded === undefined) return failure(input, 'This DOI has a broken %-escape; copy the DOI itself (10.xxxx/…).')
  const checked = validateDoi(decoded)
  if (!checked.ok) return failure(input, checked.message)
  if (checked.value === undefined) return failure(input, 'There is no DOI after "doi:".')
  return success(input, 'doi', checked.value)
}

export function pmidParse(input: string, candidate: string): IdentifierParse {
  const checked = validatePmid(candidate)
  if (!checked.ok) return failure(input, checked.message)
  if (checked.value === undefined) return failure(input, 'There is no number after "PMID".')
  if (!PLAUSIBLE_PMID.test(checked.value)) return failure(input, `${checked.value} is too long for a PMID (PMIDs have at most eight digits); check that it is not another number.`)
  return success(input, 'pmid', checked.value)
}

export function pmcidParse(input: string, candidate: string): IdentifierParse {
  const checked = validatePmcid(candidate)
  if (!checked.ok) return failure(input, checked.message)
  if (checked.value === undefined) return failure(input, 'There is no number after "PMCID".')
  return success(input, 'pmcid', checked.value)
}

/** A DOI copied out of a link keeps the link's %-escapes (10.1002%2Fjor…). */
function decodeEscapes(text: string): string | undefined {
  if (!/%[0-9a-f]{2}/i.test(text)) return text
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}
