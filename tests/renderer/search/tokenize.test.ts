import { describe, expect, it } from 'vitest'
import { parseQuery, searchWords } from '../../../shared/search'
import { corpusPool } from './corpusPool'
import { generateLibrary } from '../../../bench/fixtures/generateLibrary'
import { benchQueries } from '../../../bench/library/queries'
import { sourcesOf, toIndexDocument } from '../../../bench/searchIndex/documents'
import { rankByScore } from '../../../renderer/src/search/rank'
import { TextIndex } from '../../../renderer/src/search/textIndex'
import { searchText } from '../../../renderer/src/search/textSearch'
import { forEachWordId } from '../../../renderer/src/search/tokenize'
import { Vocabulary } from '../../../renderer/src/search/vocabulary'
import { buildPreviousIndex } from './previousIndex'

function wordsOf(text: string, vocabulary = new Vocabulary()): string[] {
  const words: string[] = []
  forEachWordId(text, vocabulary, (id) => words.push(vocabulary.termOf(id)))
  return words
}

const TRICKY = [
  'Plain ASCII words, IL-6 and COVID-19; a--b c- -d e-f-g.',
  'Müller-Lyer illusion in Ærø and Łódź: ß, Œuvre, ﬁnal ligature',
  'TNF-α and IFN-γ raised; ΟΔΟΣ σοφός; µg/ml and μg/ml',
  'İstanbul KELVIN \u212A sign, no-break\u00a0space, thin\u2009space, en–dash, em—dash',
  'Astral 𝐀𝐁𝐂 math letters, an emoji 🧠 brain, a lone \ud800 surrogate, 中文 文字 and عربي',
  'Combining e\u0301 accent, ½ fraction, ² superscript, ٣ Arabic digit, x\u0301-y\u0301',
  '',
  '---',
  'end-',
  'trailing hyphen-',
]

/** Random text from letters, digits, hyphens, spaces, punctuation and other scripts. */
function randomTexts(count: number): string[] {
  const alphabet = ['a', 'Z', 'q', '7', '-', '-', ' ', ' ', '.', 'é', 'Ö', 'ß', 'α', 'Σ', 'ς', '\u0301', '中', '🧠', '𝐀', '\u00a0', 'ﬁ', 'İ', '½', '_', "'"]
  let seed = 12345
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 40) }, () => alphabet[next() % alphabet.length]).join(''))
}

describe('the index tokenizer', () => {
  it('finds the words searchWords finds, folded the same way, in texts of every kind', { timeout: 60_000 }, () => {
    const vocabulary = new Vocabulary()
    for (const text of [...TRICKY, ...randomTexts(3000)]) expect(wordsOf(text, vocabulary), JSON.stringify(text)).toEqual(searchWords(text))
  })

  it('finds the words searchWords finds in the corpus abstracts and titles', { timeout: 60_000 }, () => {
    const pool = corpusPool()
    const vocabulary = new Vocabulary()
    for (const text of [...pool.titles, ...pool.sentences]) expect(wordsOf(text, vocabulary)).toEqual(searchWords(text))
  })

  it('gives a word met again, in any case, the number it was given first', () => {
    const vocabulary = new Vocabulary()
    const first = wordsOf('Cortisol IL-6 cortisol', vocabulary)
    expect(first).toEqual(['cortisol', 'il-6', 'cortisol'])
    const ids: number[] = []
    forEachWordId('CORTISOL il-6', vocabulary, (id) => ids.push(id))
    expect(ids).toEqual([vocabulary.idOf('cortisol'), vocabulary.idOf('il-6')])
  })

  it('keeps every term findable as the vocabulary grows past its table', () => {
    const vocabulary = new Vocabulary()
    const terms = Array.from({ length: 20_000 }, (_, index) => `term${index.toString(36)}`)
    forEachWordId(terms.join(' '), vocabulary, () => undefined)
    expect(terms.every((term, index) => vocabulary.idOf(term) === index)).toBe(true)
    expect(vocabulary.idOf('absent')).toBeUndefined()
  })
})

describe('the text index built with the tokenizer', () => {
  it('answers every bench query as the index built with searchWords did, same papers in the same order', () => {
    const library = generateLibrary(corpusPool(), { count: 1000, seed: 99 })
    const documents = sourcesOf(library).map(toIndexDocument)
    const previous = buildPreviousIndex(documents)
    const current = TextIndex.build(documents)
    current.vocabulary.prepare()
    const ranked = (index: TextIndex, query: string): string[] => {
      const matches = searchText(index, parseQuery(query))
      return Array.from(rankByScore(matches.docs, matches.scores), (doc) => index.docIds[doc] ?? '')
    }
    const queries = benchQueries(200).filter((query) => {
      const parsed = parseQuery(query)
      return parsed.words.length + parsed.phrases.length > 0
    })
    let found = 0
    for (const query of queries) {
      const answer = ranked(current, query)
      expect(answer, query).toEqual(ranked(previous, query))
      found += answer.length
    }
    expect(found).toBeGreaterThan(queries.length)
    expect(current.snapshot().segment.weights).toEqual(previous.snapshot().segment.weights)
  }, 120_000)
})
