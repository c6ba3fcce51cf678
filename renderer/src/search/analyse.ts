import { searchWords } from '../../../shared/search'
import { FIELD_NAMES, Growable, SEPARATOR, bumpFrequency, type AnalysedDocument, type DocumentAnalysis } from './segment'
import { forEachWordId } from './tokenize'
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
    let length = 0
    const inSequence = field !== FULL_TEXT
    const count = (termId: number): void => {
      frequencies.set(termId, bumpFrequency(frequencies.get(termId) ?? 0, field))
    }
    if (text) {
      forEachWordId(text, vocabulary, (wordId) => {
        if (inSequence) {
          // between fields, so a phrase never runs from one into the next
          if (length === 0 && sequence.length > 0) sequence.push(SEPARATOR)
          sequence.push(wordId)
        }
        length++
        vocabulary.forEachIndexTerm(wordId, count)
      })
    }
    lengths.push(length)
  }
  return { frequencies, lengths, sequence }
}

/**
 * Analyses a build's documents one after another into typed arrays it reuses (see
 * `DocumentAnalysis`): what `analyseDocument` computes, without a Map and arrays per
 * document, for the hundred thousand documents of a first build.
 */
export function createDocumentAnalyser(vocabulary: Vocabulary): { analyse(document: IndexDocument): DocumentAnalysis } {
  const analysis: DocumentAnalysis = {
    packed: new Uint32Array(1 << 16),
    touched: new Growable((size) => new Uint32Array(size), 1 << 10),
    lengths: new Uint32Array(FIELD_NAMES.length),
    sequence: new Growable((size) => new Uint32Array(size), 1 << 12),
  }
  let field = 0
  let length = 0
  const count = (termId: number): void => {
    if (termId >= analysis.packed.length) {
      const bigger = new Uint32Array(Math.max(termId + 1, analysis.packed.length * 2))
      bigger.set(analysis.packed)
      analysis.packed = bigger
    }
    const packed = analysis.packed[termId] ?? 0
    if (packed === 0) analysis.touched.push(termId)
    analysis.packed[termId] = bumpFrequency(packed, field)
  }
  const inSequence = (wordId: number): void => {
    if (length === 0 && analysis.sequence.length > 0) analysis.sequence.push(SEPARATOR)
    analysis.sequence.push(wordId)
    length++
    vocabulary.forEachIndexTerm(wordId, count)
  }
  const notInSequence = (wordId: number): void => {
    length++
    vocabulary.forEachIndexTerm(wordId, count)
  }
  return {
    analyse(document) {
      analysis.touched.clear()
      analysis.sequence.clear()
      for (field = 0; field < FIELD_NAMES.length; field++) {
        const text = document.fields[field]
        length = 0
        if (text) forEachWordId(text, vocabulary, field === FULL_TEXT ? notInSequence : inSequence)
        analysis.lengths[field] = length
      }
      return analysis
    },
  }
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
