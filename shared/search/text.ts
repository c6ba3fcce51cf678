/**
 * Text as search sees it: lower case, accents dropped (Müller finds Muller), a few letters
 * spelled out (ß → ss) and Greek letters named, so "TNF-α" and "tnf-alpha" are one word.
 * Other scripts are kept as they are, unlike citation-key folding, which drops them.
 */

const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ŋ: 'ng', µ: 'mu' }
const GREEK = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega']
for (const [index, name] of GREEK.entries()) SPECIAL[String.fromCodePoint(0x3b1 + index)] = name

// printable ASCII and whitespace: the fast path (no normalisation needed)
const ASCII = /^[ -~\s]*$/
const MARKS = /\p{M}+/gu
const NOT_ASCII = /[^ -~\s]/g

/** Folds text for matching; pure ASCII (most of a library) takes the fast path. */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  if (ASCII.test(lower)) return lower
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(NOT_ASCII, (char) => SPECIAL[char] ?? char)
}

// A word is letters and digits, hyphenated parts kept together ("il-6", "5-ht", "covid-19").
const ASCII_WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g
const WORD = /[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*/gu

/**
 * The folded words of a text, in order. Words are found first and only the few with
 * non-ASCII letters are folded, which keeps indexing 50,000 abstracts to seconds. A
 * hyphenated word is one token; `indexTerms` adds its parts.
 */
export function searchWords(text: string): string[] {
  const lower = text.toLowerCase()
  if (ASCII.test(lower)) return lower.match(ASCII_WORD) ?? []
  const words = lower.match(WORD) ?? []
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? ''
    if (!ASCII.test(word)) words[index] = foldText(word)
  }
  return words
}

/** Words too common to say anything; they stay in phrases but get no postings. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from had has have in into is it its of on or our than that the their these this those to was we were which with'.split(' '),
)

/**
 * The terms a token is found under: itself, and for a hyphenated token its parts of two
 * characters or more. Stop words and one-character tokens get none.
 */
export function indexTerms(token: string): string[] {
  if (STOP_WORDS.has(token) || token.length < 2) return []
  if (!token.includes('-')) return [token]
  return [token, ...token.split('-').filter((part) => part.length > 1 && !STOP_WORDS.has(part))]
}
