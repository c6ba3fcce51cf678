import { foldText } from '../../../shared/search'
import { HASH_START, hashStep, type Vocabulary } from './vocabulary'

const WIDE_WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u
const HYPHEN = 45
/** Per BMP code unit from 128 up: 0 not yet known, 1 a word character, 2 not one. */
const wideKnown = new Uint8Array(0x10000)

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** Code units the character at `at` takes if it is a letter, digit or mark (as `searchWords`'s pattern), else 0. */
function wordCharWidth(text: string, at: number, code: number): number {
  if (code < 128) return isAsciiWordChar(code) ? 1 : 0
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
  let at = 0
  while (at < length) {
    let code = text.charCodeAt(at)
    let width = wordCharWidth(text, at, code)
    if (width === 0) {
      at++
      continue
    }
    const start = at
    let ascii = true
    let hash = HASH_START
    for (;;) {
      while (width > 0) {
        if (code < 128) hash = hashStep(hash, code >= 65 && code <= 90 ? code + 32 : code)
        else ascii = false
        at += width
        code = at < length ? text.charCodeAt(at) : -1
        width = code < 0 ? 0 : wordCharWidth(text, at, code)
      }
      // a hyphen between two word characters joins them into one word ("il-6", "covid-19")
      if (code !== HYPHEN || at + 1 >= length) break
      const next = text.charCodeAt(at + 1)
      const nextWidth = wordCharWidth(text, at + 1, next)
      if (nextWidth === 0) break
      hash = hashStep(hash, HYPHEN)
      at++
      code = next
      width = nextWidth
    }
    visit(ascii ? vocabulary.internAsciiRange(text, start, at, hash >>> 0) : vocabulary.intern(foldText(text.slice(start, at))))
  }
}
