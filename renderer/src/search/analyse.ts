import { STOP_WORDS, indexTerms, searchWords } from '../../../shared/search'
import { FIELD_NAMES, SEPARATOR, bumpFrequency, type AnalysedDocument } from './segment'
import type { Vocabulary } from './vocabulary'

/** A paper as the text index reads it: its id and one text per field, in FIELD_NAMES order. */
export interface IndexDocument {
  id: string
  fields: readonly string[]
}

const FULL_TEXT = FIELD_NAMES.indexOf('fullText')

/**
 * Folds and tokenises a document's fields. Every word becomes part of the phrase
 * sequence (full text excepted: too large to keep in memory; phrases found only there
 * are checked against IndexedDB); its index terms (not stop words) get frequencies.
 */
export function analyseDocument(document: IndexDocument, vocabulary: Vocabulary): AnalysedDocument {
  const frequencies = new Map<number, number>()
  const lengths: number[] = []
  const sequence: number[] = []
  for (let field = 0; field < FIELD_NAMES.length; field++) {
    const text = document.fields[field]
    const words = text ? searchWords(text) : []
    lengths.push(words.length)
    const inSequence = field !== FULL_TEXT && words.length > 0
    if (inSequence && sequence.length > 0) sequence.push(SEPARATOR)
    for (const word of words) {
      const wordId = vocabulary.intern(word)
      if (inSequence) sequence.push(wordId)
      // the common case (a plain word) reuses the id it already has: no array, no second lookup
      if (!word.includes('-')) {
        if (word.length > 1 && !STOP_WORDS.has(word)) frequencies.set(wordId, bumpFrequency(frequencies.get(wordId) ?? 0, field))
        continue
      }
      for (const term of indexTerms(word)) {
        const termId = vocabulary.intern(term)
        frequencies.set(termId, bumpFrequency(frequencies.get(termId) ?? 0, field))
      }
    }
  }
  return { frequencies, lengths, sequence }
}

/** The token numbers of a phrase, or undefined when a word of it occurs nowhere. */
export function phraseTokens(phrase: string, vocabulary: Vocabulary): number[] | undefined {
  const tokens: number[] = []
  for (const word of searchWords(phrase)) {
    const id = vocabulary.idOf(word)
    if (id === undefined) return undefined
    tokens.push(id)
  }
  return tokens
}

/**
 * True when `tokens` occur in a row in `sequence[from, to)`. The scan stays inside the
 * range: the typed array's native indexOf would run on past `to` through the rest of the
 * shared buffer (every later document) whenever the first token is not in this one.
 */
export function containsRun(sequence: Uint32Array, tokens: readonly number[], from = 0, to = sequence.length): boolean {
  const first = tokens[0]
  if (first === undefined) return true
  const last = to - tokens.length
  for (let at = from; at <= last; at++) {
    if (sequence[at] !== first) continue
    let offset = 1
    while (offset < tokens.length && sequence[at + offset] === tokens[offset]) offset++
    if (offset === tokens.length) return true
  }
  return false
}
