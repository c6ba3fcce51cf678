import { levenshteinSimilarity } from '../dedup/similarity'
import { mainTitle, normalizeTitle } from '../dedup/normalize'

// Typography, a typo or a reader's dropped ligature moves a few letters; another paper's
// title moves most of them. Measured on the recorded registry titles against their PDFs.
const SIMILAR = 0.85

/**
 * Whether a PDF's (or an imported file's) title and a registry's title name the same paper:
 * equal once markup, case, accents and punctuation are set aside, close in spelling, or one
 * the other without its subtitle. Used before trusting a DOI printed in a PDF and before
 * applying a bibliographic search's best hit. A missing title never matches.
 */
export function sameTitle(ours: string | undefined, theirs: string | undefined): boolean {
  ours = withoutNoticePrefix(ours)
  theirs = withoutNoticePrefix(theirs)
  const a = normalizeTitle(ours)
  const b = normalizeTitle(theirs)
  if (a === '' || b === '') return false
  if (a === b || levenshteinSimilarity(a, b) >= SIMILAR) return true
  return subtitleDropped(ours, a, b) || subtitleDropped(theirs, b, a)
}

// "Inflammation and depression" for "Inflammation and depression: a review" (four words at
// least, so "Editorial" is not the start of every editorial's title).
function subtitleDropped(raw: string | undefined, normalized: string, other: string): boolean {
  const main = mainTitle(raw)
  return main !== '' && main !== normalized && main.split(' ').length >= 4 && main === other
}

// Crossref titles a retracted paper "RETRACTED: <title>"; the PDF printed before says "<title>".
function withoutNoticePrefix(title: string | undefined): string | undefined {
  return title?.replace(/^\s*(retracted|withdrawn|expression of concern)\s*[:.-]\s*/i, '')
}
