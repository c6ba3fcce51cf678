import { STOP_WORDS, indexTerms, searchWords } from '../../../shared/search'
import type { AnalysedDocument } from '../../../renderer/src/search/segment'
import type { IndexDocument } from '../../../renderer/src/search/analyse'
import { FIELD_NAMES, SEPARATOR, SegmentBuilder, bumpFrequency } from '../../../renderer/src/search/segment'
import { TextIndex } from '../../../renderer/src/search/textIndex'

/** A vocabulary as the index had it before the tokenizer looked words up in place: a Map of strings. */
class MapVocabulary {
  readonly ids = new Map<string, number>()
  readonly terms: string[] = []

  intern(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.ids.set(term, id)
      this.terms.push(term)
    }
    return id
  }
}

const FULL_TEXT = FIELD_NAMES.indexOf('fullText')

/**
 * The index's analysis before the fast tokenizer (searchWords, then a Map per document),
 * kept here as the reference the new one must agree with.
 */
export function previousAnalysis(document: IndexDocument, vocabulary: MapVocabulary): AnalysedDocument {
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

/** An index built as before: the previous analysis of each document into one segment. */
export function buildPreviousIndex(documents: Iterable<IndexDocument>): TextIndex {
  const vocabulary = new MapVocabulary()
  const builder = new SegmentBuilder()
  const docIds: string[] = []
  const fullText: number[] = []
  for (const document of documents) {
    const doc = builder.add(previousAnalysis(document, vocabulary))
    docIds[doc] = document.id
    if (document.fields[FULL_TEXT]) fullText.push(doc)
  }
  const { segment, lengthSums } = builder.finish(vocabulary.terms.length)
  const hasFullText = new Uint8Array(docIds.length)
  for (const doc of fullText) hasFullText[doc] = 1
  const index = new TextIndex({ terms: vocabulary.terms, docIds, hasFullText, lengthSums, segment })
  index.vocabulary.prepare()
  return index
}
