import { foldText } from '../../../shared/search'
import { HASH_START, type Vocabulary } from './vocabulary'

const WIDE_WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u
const HYPHEN = 45
const FNV_PRIME = 0x01000193
/** Per BMP code unit from 128 up: 0 not yet known, 1 a word character, 2 not one. */
const wideKnown = new Uint8Array(0x10000)

/** Per ASCII code: the code in lower case for a letter or digit, 0 for anything else. */
const ASCII_FOLD = new Uint8Array(128)
for (let code = 48; code <= 57; code++) ASCII_FOLD[code] = code
for (let code = 97; code <= 122; code++) ASCII_FOLD[code] = code
for (let code = 65; code <= 90; code++) ASCII_FOLD[code] = code + 32

/** Code units the character at `at` (from 128 up) takes if it is a letter, digit or mark (as `searchWords`'s pattern), else 0. */
function wideCharWidth(text: string, at: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(at) ?? 0
    // a lone surrogate is no character at all
    return point > 0xffff && WIDE_WORD_CHAR.test(String.fromCodePoint(point)) ? 2 : 0
  }
  let known = wideKnown[code] ?? 0
  if (known === 0) {
    known = WIDE_WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2
    wideKnown[code] = known
  }
  return known === 1 ? 1 : 0
}

function isWordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code < 128 ? (ASCII_FOLD[code] ?? 0) !== 0 : wideCharWidth(text, at, code) > 0
}

/**
 * Calls `visit` with the vocabulary number of each word of `text`, in order: the words
 * `searchWords` gives, without making them. A plain ASCII word (nearly every word of an
 * English abstract) is hashed as it is scanned and looked up by its place in the text, so
 * it becomes a string only the first time the library has it; a word with other letters
 * is cut out and folded as `searchWords` folds it. A first build tokenizes tens of
 * millions of words: the regular expression, the lower-cased copy of every text and the
 * string per word were most of its time.
 */
export function forEachWordId(text: string, vocabulary: Vocabulary, visit: (wordId: number) => void): void {
  const length = text.length
  // one flat loop over the characters: nested loops per word cost V8 four times as much
  let start = -1
  let ascii = true
  let hash = HASH_START
  let at = 0
  while (at < length) {
    const code = text.charCodeAt(at)
    const folded = code < 128 ? (ASCII_FOLD[code] ?? 0) : -1
    const width = folded > 0 ? 1 : folded === 0 ? 0 : wideCharWidth(text, at, code)
    if (width > 0) {
      if (start < 0) {
        start = at
        ascii = true
        hash = HASH_START
      }
      if (folded > 0) hash = Math.imul(hash ^ folded, FNV_PRIME)
      else ascii = false
      at += width
      continue
    }
    if (start >= 0) {
      // a hyphen between two word characters joins them into one word ("il-6", "covid-19")
      if (code === HYPHEN && at + 1 < length && isWordCharAt(text, at + 1)) {
        hash = Math.imul(hash ^ HYPHEN, FNV_PRIME)
        at++
        continue
      }
      visit(wordId(vocabulary, text, start, at, ascii, hash))
      start = -1
    }
    at++
  }
  if (start >= 0) visit(wordId(vocabulary, text, start, length, ascii, hash))
}

function wordId(vocabulary: Vocabulary, text: string, start: number, end: number, ascii: boolean, hash: number): number {
  return ascii ? vocabulary.internAsciiRange(text, start, end, hash >>> 0) : vocabulary.intern(foldText(text.slice(start, end)))
}
