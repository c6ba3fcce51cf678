import { normalizeTitle } from '../dedup/normalize'

// "RETRACTED: …", "Retracted article: …", "[RETRACTED] …": the mark a registry or publisher
// puts on the title of a retracted paper, which the PDF's own title never carries.
const RETRACTED_PREFIX = /^\s*\[?\s*retracted(?:\s+article)?\s*\]?\s*[:.–—-]?\s*/i

/**
 * A title as two sources of the same paper agree on it: lower-case ASCII words, punctuation
 * (a trailing full stop included) and diacritics set aside, markup dropped, a leading
 * "RETRACTED:" dropped. Empty for no title.
 */
export function comparableTitle(title: string | undefined): string {
  if (!title) return ''
  return normalizeTitle(title.replace(RETRACTED_PREFIX, ''))
}

/**
 * Whether two titles name the same paper: equal once case, punctuation, diacritics and a
 * "RETRACTED:" prefix are set aside. A missing or empty title matches nothing, so a DOI
 * read from a PDF without a title is never confirmed by it.
 */
export function titlesMatch(left: string | undefined, right: string | undefined): boolean {
  const a = comparableTitle(left)
  return a !== '' && a === comparableTitle(right)
}
