import { foldToAscii } from '../citekeys/fold'
import { issuedYear, type CslItem } from './csl'

/**
 * The name a PDF gets when it leaves the library (open, export) and in the details pane.
 * The bytes themselves stay content-addressed (files/ab/<sha256>.pdf): this is a label.
 */
export const DEFAULT_ATTACHMENT_NAME_PATTERN = '{author}_{year}_{title}.pdf'

/** Room for a folder path on Windows (260) and most cloud sync tools. */
export const MAX_ATTACHMENT_NAME_LENGTH = 120

const TOKENS = ['author', 'year', 'title', 'journal'] as const
type Token = (typeof TOKENS)[number]

function isToken(name: string): name is Token {
  return TOKENS.some((token) => token === name)
}

// Windows refuses these as file names whatever the extension
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i

/** Words of a text as plain ASCII letters and digits, nothing a file system could refuse. */
function safeWords(text: string): string[] {
  return foldToAscii(text.replace(/<[^>]+>/g, ''))
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
}

function firstAuthorName(item: CslItem): string {
  const name = item.author?.[0] ?? item.editor?.[0]
  if (!name) return ''
  const family = name.family ?? name.literal ?? ''
  return [name['non-dropping-particle'], family].filter(Boolean).join(' ')
}

function tokenWords(token: Token, item: CslItem): string[] {
  switch (token) {
    case 'author':
      return safeWords(firstAuthorName(item))
    case 'year':
      return [String(issuedYear(item) ?? 'nd')]
    case 'title':
      return safeWords(item.title ?? '')
    case 'journal':
      return safeWords(item['container-title'] ?? '')
  }
}

/** Which tokens a pattern uses, or a message naming the first one that is not known. */
export function checkAttachmentNamePattern(pattern: string): { ok: true } | { ok: false; message: string } {
  for (const match of pattern.matchAll(/\{([^}]*)\}/g)) {
    if (!isToken(match[1] ?? '')) return { ok: false, message: `{${match[1]}} is not a name part; use ${TOKENS.map((token) => `{${token}}`).join(', ')}.` }
  }
  return { ok: true }
}

/**
 * The file name the pattern gives a paper, e.g. Maes_2008_The-gut-brain-barrier-in-major-depression.pdf:
 * ASCII only, words joined by hyphens, parts by what the pattern puts between them, empty
 * parts left out with their separator, the title shortened at a word so the whole name
 * stays within `maxLength`. Never empty: a record with nothing to go on gives "paper.pdf".
 */
export function attachmentFileName(item: CslItem, pattern = DEFAULT_ATTACHMENT_NAME_PATTERN, maxLength = MAX_ATTACHMENT_NAME_LENGTH): string {
  const extension = /\.pdf$/i.test(pattern) ? '.pdf' : ''
  const body = extension ? pattern.slice(0, -extension.length) : pattern
  const pieces = body.split(/(\{[^}]*\})/).filter((piece) => piece !== '')
  const parts = pieces.map((piece) => {
    const token = /^\{(.*)\}$/.exec(piece)?.[1]
    if (token === undefined) return { literal: true, words: [foldToAscii(piece).replace(/[^A-Za-z0-9_-]+/g, '_')] }
    return { literal: false, words: isToken(token) ? tokenWords(token, item) : [] }
  })
  // a separator survives only between two parts that have words
  const kept = parts.filter((part, index) => {
    if (!part.literal) return part.words.length > 0
    const before = parts.slice(0, index).some((other) => !other.literal && other.words.length > 0)
    const after = parts.slice(index + 1).some((other) => !other.literal && other.words.length > 0)
    return before && after
  })
  const budget = maxLength - extension.length
  let name = ''
  for (const part of kept) {
    const room = budget - name.length
    if (room <= 0) break
    name += part.literal ? part.words.join('').slice(0, room) : joinWithin(part.words, room)
  }
  name = name.replace(/[-_]+$/, '').replace(/^[-_.]+/, '')
  if (name === '' || RESERVED.test(name)) name = name === '' ? 'paper' : `${name}_`
  return `${name}${extension}`
}

/** Words joined by hyphens, as many as fit; a first word longer than `room` is cut. */
function joinWithin(words: readonly string[], room: number): string {
  let text = ''
  for (const word of words) {
    const next = text === '' ? word : `${text}-${word}`
    if (next.length > room) return text === '' ? word.slice(0, room) : text
    text = next
  }
  return text
}
