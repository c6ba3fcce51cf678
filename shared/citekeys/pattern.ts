import { foldToAscii } from './fold'

/**
 * Citation-key patterns: literal text and `[token]` or `[token:N]` fields, e.g. the default
 * `[auth][year][shorttitle]` → `maes2008gut`. Field values are lower-case ASCII; write the
 * token name capitalised (`[Auth]`) to capitalise its first letter. Literal text may use
 * only characters that are safe in LaTeX keys: letters, digits and `_ : . -`.
 *
 * Tokens: auth (first author's family name; editor or group name if none), authors:N
 * (first N family names, then "etal"), year, shortyear, shorttitle:N / title:N (first N
 * significant title words, default 1), journal (initials of the journal), pmid.
 */

export const DEFAULT_KEY_PATTERN = '[auth][year][shorttitle]'

export const KEY_TOKENS = ['auth', 'authors', 'year', 'shortyear', 'shorttitle', 'title', 'journal', 'pmid'] as const
export type KeyToken = (typeof KEY_TOKENS)[number]

export type KeyPatternPart = { kind: 'literal'; text: string } | { kind: 'token'; token: KeyToken; count: number | undefined; capitalize: boolean }

export type KeyPatternResult = { ok: true; parts: KeyPatternPart[] } | { ok: false; error: string }

function isKeyToken(name: string): name is KeyToken {
  return KEY_TOKENS.some((token) => token === name)
}

/** Parses a pattern, or explains what is wrong with it in one sentence. */
export function parseKeyPattern(pattern: string): KeyPatternResult {
  const parts: KeyPatternPart[] = []
  const syntax = /\[([^\]]*)\]|([^[\]]+)|([[\]])/g
  for (let match = syntax.exec(pattern); match; match = syntax.exec(pattern)) {
    const [, field, literal, stray] = match
    if (stray !== undefined) return { ok: false, error: `Unmatched "${stray}" at position ${match.index + 1} of the key pattern.` }
    if (literal !== undefined) {
      if (!/^[A-Za-z0-9_:.-]+$/.test(literal)) return { ok: false, error: `"${literal}" in the key pattern may only use letters, digits, "_", ":", "." and "-".` }
      parts.push({ kind: 'literal', text: literal })
      continue
    }
    const [name = '', countText] = (field ?? '').split(':')
    const token = name.toLowerCase()
    if (!isKeyToken(token)) return { ok: false, error: `Unknown field "[${field ?? ''}]" in the key pattern; known fields: ${KEY_TOKENS.join(', ')}.` }
    const count = countText === undefined ? undefined : Number(countText)
    if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > 9)) {
      return { ok: false, error: `"[${field ?? ''}]": the number after ":" must be 1 to 9.` }
    }
    parts.push({ kind: 'token', token, count, capitalize: /^[A-Z]/.test(name) })
  }
  if (!parts.some((part) => part.kind === 'token')) return { ok: false, error: 'The key pattern needs at least one field such as [auth] or [year].' }
  return { ok: true, parts }
}

const STOPWORDS = new Set(
  (
    'a an the of on in at to for from by with and or but nor as is are was were be been into onto over under via vs versus ' +
    'its their our his her this that these those what which who how why when where does do can not no ' +
    'der die das den dem des ein eine und oder von zu im am mit le la les un une et du en el los las y lo'
  ).split(' '),
)

/**
 * Lower-case ASCII words of a text, markup removed. Hyphens separate words, so "The
 * gut-brain barrier" starts with "gut" (maes2008gut) and "IL-6" gives "il" and "6".
 */
export function keyWords(text: string): string[] {
  const plain = foldToAscii(text.replace(/<[^>]+>/g, '').replace(/\\[A-Za-z]+/g, ' '))
  return plain
    .split(/[\s/\-–—]+/)
    .map((word) => word.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((word) => word.length > 0)
}

/** The first `count` words that carry meaning: stopwords and bare numbers are skipped. */
export function significantWords(text: string, count: number): string[] {
  return keyWords(text)
    .filter((word) => !STOPWORDS.has(word) && /[a-z]/.test(word))
    .slice(0, count)
}
