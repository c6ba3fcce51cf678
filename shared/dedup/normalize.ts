import { foldToAscii } from '../citekeys/fold'
import { dateParts } from '../formats/dates'
import type { CslItem, CslName } from '../formats/item'
import { cleanDoi } from '../formats/text'
import { stripHtml, stripLatex } from './markup'

/**
 * The comparable forms of a record: what two sources of the same paper agree on once
 * typography, markup, accents and identifier prefixes are set aside.
 */

const PLAIN_ASCII = /^[A-Za-z0-9 ,.:;!?()'"/-]*$/

/**
 * A title reduced to lower-case ASCII words separated by single spaces: HTML and LaTeX
 * markup removed, Unicode compatibility forms unfolded (NFKD: ligatures, superscripts),
 * diacritics dropped, Greek letters spelled out (TNF-α and TNF-$\alpha$ both give
 * "tnf alpha"), `&` read as "and", apostrophes dropped and other punctuation made a space.
 * Never throws; empty input gives "".
 */
export function normalizeTitle(title: string | undefined): string {
  if (!title) return ''
  // Most titles are plain ASCII: skip the markup and Unicode passes (50,000 titles add up).
  if (PLAIN_ASCII.test(title)) return title.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
  const plain = stripLatex(stripHtml(title))
    .normalize('NFKD')
    .replace(/&/g, ' and ')
    .replace(/['`\u2019\u02bc]/g, '')
    // Before folding, which would drop a dash or a non-breaking space instead of spacing it.
    .replace(/[\p{P}\p{S}\p{Z}]+/gu, ' ')
  return foldToAscii(plain)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Lower-case bare DOI (DOIs are case-insensitive), or undefined. */
export function normalizeDoi(doi: string | undefined): string | undefined {
  return cleanDoi(doi)?.toLowerCase()
}

/** PMID digits without leading zeros, or undefined. */
export function normalizePmid(pmid: string | number | undefined): string | undefined {
  const digits = /\d{1,9}/.exec(String(pmid ?? ''))?.[0]?.replace(/^0+/, '')
  return digits ? digits : undefined
}

/** The publication year, from date parts or a raw/literal date. */
export function itemYear(item: Pick<CslItem, 'issued'>): number | undefined {
  const { year } = dateParts(item.issued)
  return year !== undefined && Number.isInteger(year) && year > 0 ? year : undefined
}

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'del', 'della', 'des', 'ten', 'ter', 'zu', 'af', 'al', 'el'])

/**
 * The first author's family name as comparable letters: "Vallès-Colomer" and "Valles
 * Colomer" both give "vallescolomer"; particles are dropped because sources disagree on
 * them ("van Os", family "Os" with particle "van"). A group author gives its name.
 */
export function firstAuthorKey(item: Pick<CslItem, 'author' | 'editor'>): string | undefined {
  const first: CslName | undefined = item.author?.[0] ?? item.editor?.[0]
  if (!first) return undefined
  const raw = first.family ?? first.literal ?? ''
  const words = normalizeTitle(raw).split(' ')
  while (words.length > 1 && PARTICLES.has(words[0] ?? '')) words.shift()
  const key = words.join('')
  return key.length > 0 ? key : undefined
}

// Titles that name a kind of text, not a paper: two editorials are not one by their titles.
const GENERIC_TITLE = /^(editorial|introduction|preface|foreword|letter to the editor|in this issue|book review|news|abstracts?|acknowledg(e)?ments?|reviewers?|contents|index)( \d+)?$/

/**
 * What kind of text a title announces: a correction, retraction, reply or trial protocol is a
 * different paper from the article it is about, however alike the titles read.
 */
export function titleKind(normalizedTitle: string): string | undefined {
  const inside = /\b(corrigendum|corrigenda|erratum|errata|retraction|retracted|withdrawn|expression of concern|addendum)\b/.exec(normalizedTitle)
  if (inside?.[1]) return inside[1].replace(/a$/, 'um').replace(/^retracted$/, 'retraction')
  const leading = /^(correction|reply|response|comment|commentary|author correction|publisher correction)\b/.exec(normalizedTitle)
  if (leading?.[1]) return leading[1]
  if (/\bstudy protocol\b|\bprotocol for\b/.test(normalizedTitle)) return 'protocol'
  return GENERIC_TITLE.test(normalizedTitle) ? 'generic' : undefined
}

/** Numbers in a title ("part 2", "82 studies", "type 1"); series parts differ only in these. */
export function titleNumbers(normalizedTitle: string): string[] {
  // Digit runs anywhere: "1beta", "1 beta" and "il1" all carry the 1.
  const numbers = (normalizedTitle.match(/\d+/g) ?? []).map((digits) => digits.replace(/^0+(?=\d)/, ''))
  const part = /\bpart (i{1,3}|iv|v|vi{1,3})\b/.exec(normalizedTitle)?.[1]
  return [...new Set([...numbers, ...(part ? [`part ${part}`] : [])])].sort()
}

/**
 * The title before its subtitle, for sources that drop subtitles ("The role of
 * inflammation in depression" for "...: from evolutionary imperative to modern treatment
 * target"). Splits the raw title at the first colon, " - ", "? " or ". ".
 */
export function mainTitle(title: string | undefined): string {
  if (!title) return ''
  const plain = PLAIN_ASCII.test(title) ? title : stripLatex(stripHtml(title))
  const cut = /\s*(?::|\s[-–—]\s|[?.]\s)/.exec(plain)
  return normalizeTitle(cut ? plain.slice(0, cut.index) : plain)
}
