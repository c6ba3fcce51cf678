import { indexTerms, searchWords, type ParsedQuery } from '../../../shared/search'
import { phraseTokens } from './analyse'
import { filterByRun } from './phraseFilter'
import { inverseFrequency } from './segment'
import type { TextIndex } from './textIndex'
import type { Expansion } from './vocabulary'

export type TextQuery = Pick<ParsedQuery, 'words' | 'lastWordPartial' | 'phrases' | 'excludedWords' | 'excludedPhrases'>

export interface TextMatches {
  /** Matching document numbers, in document order. */
  docs: number[]
  /** BM25F score per document number; 0 for a query without words. */
  scores: Float64Array
}

/** Expansions a complete word must match: itself, or failing that, a near spelling. */
function wholeWord(index: TextIndex, token: string): Expansion[] | 'skip' {
  if (indexTerms(token).length === 0) return 'skip'
  const termId = index.vocabulary.idOf(token)
  if (termId !== undefined && index.documentFrequency(termId) > 0) return [{ termId, weight: 1 }]
  return index.vocabulary.fuzzyExpansions(token)
}

/** Expansions of the word being typed: itself, longer words it starts, and near spellings. */
function partialWord(index: TextIndex, token: string): Expansion[] {
  const termId = index.vocabulary.idOf(token)
  const exact = termId !== undefined && index.documentFrequency(termId) > 0 ? [{ termId, weight: 1 }] : []
  const frequency = (id: number): number => index.documentFrequency(id)
  return [...exact, ...index.vocabulary.prefixExpansions(token, frequency), ...index.vocabulary.fuzzyExpansions(token)]
}

/**
 * One group per word the query requires; a document must hit every group. A hyphenated
 * word the library never spells that way ("gut-brain") asks for its parts instead.
 * Returns null when some group can match nothing, so the answer is empty.
 */
function requiredGroups(index: TextIndex, query: TextQuery): Expansion[][] | null {
  const groups: Expansion[][] = []
  query.words.forEach((word, wordIndex) => {
    const tokens = searchWords(word)
    tokens.forEach((token, tokenIndex) => {
      const typing = query.lastWordPartial && wordIndex === query.words.length - 1 && tokenIndex === tokens.length - 1
      if (typing) return groups.push(partialWord(index, token))
      const whole = wholeWord(index, token)
      if (whole !== 'skip' && whole.length === 0 && token.includes('-')) {
        for (const part of token.split('-')) {
          const expansions = wholeWord(index, part)
          if (expansions !== 'skip') groups.push(expansions)
        }
      } else if (whole !== 'skip') groups.push(whole)
    })
  })
  for (const phrase of query.phrases) {
    for (const term of searchWords(phrase).flatMap((word) => indexTerms(word).slice(0, 1))) {
      const termId = index.vocabulary.idOf(term)
      groups.push(termId === undefined ? [] : [{ termId, weight: 1 }])
    }
  }
  return groups.some((group) => group.length === 0) ? null : groups.slice(0, 255)
}

function excludedDocs(index: TextIndex, words: readonly string[]): Uint8Array {
  const excluded = new Uint8Array(index.docIds.length)
  for (const token of words.flatMap((word) => searchWords(word))) {
    const termId = index.vocabulary.idOf(token)
    if (termId !== undefined) index.forEachPosting(termId, (doc) => (excluded[doc] = 1))
  }
  return excluded
}

let scratch: { scores: Float64Array; hits: Uint8Array; seen: Uint16Array } | undefined

/**
 * Per-document working arrays, kept between searches and cleared for each: a keystroke's
 * search at 50,000 papers would otherwise allocate half a megabyte of buffers, and their
 * garbage brings on the collector's long pauses sooner. The scores returned are valid
 * until the next search (the engine ranks them at once).
 */
function scratchFor(count: number): { scores: Float64Array; hits: Uint8Array; seen: Uint16Array } {
  if (!scratch || scratch.scores.length < count) {
    const size = Math.max(count, Math.ceil((scratch?.scores.length ?? 0) * 1.5))
    scratch = { scores: new Float64Array(size), hits: new Uint8Array(size), seen: new Uint16Array(size) }
  } else {
    scratch.scores.fill(0, 0, count)
    scratch.hits.fill(0, 0, count)
    scratch.seen.fill(0, 0, count)
  }
  return scratch
}

/**
 * Runs the free-text part of a query: words ANDed (the last one as a prefix while typed,
 * near spellings when a word is unknown), phrases checked against each candidate's token
 * sequence, exclusions removed. Cost is the postings of the query's terms plus one pass
 * over the candidates, not a scan of the library's text.
 *
 * Phrases are exact in title, authors, keywords, abstract and notes. PDF text is too large
 * to keep word by word in memory, so a paper with a full text also matches a phrase when
 * all its words occur in it (as Zotero's full-text index, which has no positions, does);
 * an excluded phrase excludes only where it is found exactly.
 */
export function searchText(index: TextIndex, query: TextQuery, allowed?: (doc: number) => boolean): TextMatches {
  const count = index.docIds.length
  const { scores, hits, seen } = scratchFor(count)
  const groups = requiredGroups(index, query)
  if (!groups) return { docs: [], scores }
  groups.forEach((group, groupIndex) => {
    const stamp = groupIndex + 1
    for (const { termId, weight } of group) {
      const idf = inverseFrequency(index.size, index.documentFrequency(termId)) * weight
      index.forEachPosting(termId, (doc, posting) => {
        if (seen[doc] !== stamp) {
          seen[doc] = stamp
          hits[doc] = (hits[doc] ?? 0) + 1
        }
        scores[doc] = (scores[doc] ?? 0) + idf * posting
      })
    }
  })
  const excluded = excludedDocs(index, query.excludedWords)
  const wanted = query.phrases.map((phrase) => phraseTokens(phrase, index.vocabulary))
  const unwantedRuns = query.excludedPhrases.map((phrase) => phraseTokens(phrase, index.vocabulary)).filter((tokens) => tokens !== undefined)
  if (wanted.some((tokens) => tokens === undefined)) return { docs: [], scores }
  let docs: number[] = []
  for (let doc = 0; doc < count; doc++) {
    if (!index.alive[doc] || hits[doc] !== groups.length || excluded[doc]) continue
    if (allowed && !allowed(doc)) continue
    docs.push(doc)
  }
  for (const tokens of wanted) if (tokens) docs = filterByRun(index, docs, tokens, true)
  for (const tokens of unwantedRuns) docs = filterByRun(index, docs, tokens, false)
  return { docs, scores }
}
