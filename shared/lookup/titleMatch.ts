import { levenshteinSimilarity } from '../dedup/similarity'
import { mainTitle, normalizeTitle } from '../dedup/normalize'

// "RETRACTED: …", "Retracted article: …", "[RETRACTED] …", "Withdrawn: …", "Expression of
// concern: …": the mark a registry or publisher puts on the title of a paper after the fact,
// which the PDF printed before never carries.
const NOTICE_PREFIX = /^\s*\[?\s*(?:retracted(?:\s+article)?|withdrawn|expression of concern)\s*\]?\s*[:.–—-]?\s*/i

// Typography, a typo or a reader's dropped ligature moves a few letters; another paper's
// title moves most of them. Measured on the recorded registry titles against their PDFs.
const SIMILAR = 0.85

/**
 * A title as two sources of the same paper agree on it: lower-case ASCII words, punctuation
 * (a trailing full stop included) and diacritics set aside, markup dropped, a leading
 * "RETRACTED:" dropped. Empty for no title.
 */
export function comparableTitle(title: string | undefined): string {
  if (!title) return ''
  return normalizeTitle(withoutNoticePrefix(title))
}

/**
 * Whether a PDF's (or an imported file's) title and a registry's title name the same paper:
 * equal once markup, case, accents, punctuation and a "RETRACTED:" mark are set aside, close
 * in spelling, or one the other without its subtitle. Used before trusting a DOI printed in a
 * PDF, before applying a bibliographic search's best hit, and to warn when a PDF attached to
 * a paper is not its own. A missing title never matches.
 */
export function titlesMatch(left: string | undefined, right: string | undefined): boolean {
  const a = comparableTitle(left)
  const b = comparableTitle(right)
  if (a === '' || b === '') return false
  if (a === b || levenshteinSimilarity(a, b) >= SIMILAR) return true
  return subtitleDropped(left, a, b) || subtitleDropped(right, b, a)
}

// "Inflammation and depression" for "Inflammation and depression: a review" (four words at
// least, so "Editorial" is not the start of every editorial's title).
function subtitleDropped(raw: string | undefined, normalized: string, other: string): boolean {
  const main = mainTitle(raw === undefined ? undefined : withoutNoticePrefix(raw))
  return main !== '' && main !== normalized && main.split(' ').length >= 4 && main === other
}

function withoutNoticePrefix(title: string): string {
  return title.replace(NOTICE_PREFIX, '')
}
