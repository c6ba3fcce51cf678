import { letterCount, words } from './text'

/**
 * Embedded metadata that typesetting tools leave behind instead of the paper's data:
 * "6086839.dvi", "Microsoft Word - draft.docx", "ipg1300180a", "6489122611071476 1..10", "doi:".
 * Using them would be worse than leaving the field empty.
 */
export function isJunkTitle(value: string): boolean {
  const text = value.trim()
  if (letterCount(text) < 3) return true
  if (/^(microsoft\s+)?(word|powerpoint|excel)\s*-/i.test(text)) return true
  if (/\.(dvi|docx?|rtf|tex|pdf|e?ps|indd|qxd|qxp|odt|pages|wpd|txt|xml|html?|fm|p65|pmd|tif+|jpe?g|png)\b/i.test(text)) return true
  if (/^(untitled|title|no title|document\d*|doi:?|pdf|article|paper|manuscript|draft|template|slide \d+)$/i.test(text)) return true
  if (/\d+\.\.\d+/.test(text)) return true
  if (/^[\w.-]+$/.test(text) && (/\d/.test(text) || /_/.test(text))) return true
  if (/^(doi|https?|www)[:.]/i.test(text)) return true
  if (/\$Id|\bC:\\|\/Users\/|\/home\//i.test(text)) return true
  return false
}

/**
 * Author fields that name a program, a publisher or a login rather than people
 * ("Cambridge Journals", "ygw", "Administrator").
 */
export function isJunkAuthor(value: string): boolean {
  const text = value.trim()
  if (letterCount(text) < 2) return true
  if (/^[a-z0-9_.-]+$/.test(text)) return true
  const organisation = /\b(journals?|press|publish\w*|elsevier|springer|wiley|taylor & francis|hindawi|biomed central|corporation|inc|ltd|gmbh)\b/i
  const account = /\b(administrator|admin|user|owner|unknown|author|editor|office|computer)\b/i
  if (organisation.test(text) || account.test(text)) return true
  if (/[@\\/]|\.(docx?|tex|pdf)\b|\d{3,}/i.test(text)) return true
  return false
}

/** Template text left in place of a title ("Your Paper", "Insert Title Here"): never trusted. */
export function isPlaceholderTitle(value: string): boolean {
  const normalised = words(value).join(' ')
  const template = /^(your (paper|title|article)( title)?|insert (your )?title( here)?|title( of (the )?(paper|article))?( here)?)$/
  return template.test(normalised) || /^(paper title|article title|untitled( document)?)$/.test(normalised)
}
