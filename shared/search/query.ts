import { foldText, searchWords } from './text'
import { matchesFilter, parseFieldTerm, type QueryErrorCode, type QueryFilter } from './fields'
import type { PaperSummary } from './summary'

export type { QueryErrorCode, QueryFilter } from './fields'

export interface QueryError {
  code: QueryErrorCode
  /** A sentence for the user, naming the term and what would be accepted. */
  message: string
  /** The term as typed, and where it sits in the input (for underlining it). */
  term: string
  start: number
  end: number
}

/** A structured condition, possibly negated with a leading `-`. */
export type QueryCondition = QueryFilter & { negated: boolean }

export interface ParsedQuery {
  /** Free-text words, as typed, all required (AND). */
  words: string[]
  /** Quoted phrases, folded, each required verbatim. */
  phrases: string[]
  excludedWords: string[]
  excludedPhrases: string[]
  conditions: QueryCondition[]
  /** The last free word is still being typed: match it as a prefix and forgive a typo. */
  lastWordPartial: boolean
  errors: QueryError[]
}

interface RawTerm {
  text: string
  start: number
  end: number
  negated: boolean
  field?: string
  value: string
  quoted: boolean
}

const FIELD_TERM = /^([a-z]+):(.*)$/is

/** Splits the input into terms: `-` negation, `"quoted phrases"`, `field:value`, `field:"quoted value"`. */
function scanTerms(input: string): RawTerm[] {
  const terms: RawTerm[] = []
  let index = 0
  while (index < input.length) {
    if (/\s/.test(input.charAt(index))) {
      index++
      continue
    }
    const start = index
    const negated = input.charAt(index) === '-' && index + 1 < input.length && !/\s/.test(input.charAt(index + 1))
    if (negated) index++
    let body = ''
    let quoted = false
    while (index < input.length && !/\s/.test(input.charAt(index))) {
      if (input.charAt(index) === '"') {
        // an unclosed quote runs to the end: the user is still typing the phrase
        const close = input.indexOf('"', index + 1)
        const stop = close === -1 ? input.length : close
        body += input.slice(index + 1, stop)
        quoted = true
        index = close === -1 ? input.length : close + 1
      } else {
        body += input.charAt(index)
        index++
      }
    }
    // `"title: x"` is a phrase; only a name before any quote makes a field
    const match = input.charAt(negated ? start + 1 : start) === '"' ? null : FIELD_TERM.exec(body)
    const field = match?.[1]?.toLowerCase()
    terms.push({ text: input.slice(start, index), start, end: index, negated, field, value: field ? (match?.[2] ?? '') : body, quoted })
  }
  return terms
}

/**
 * Parses the search box. Words and quoted phrases are ANDed; `-` excludes a word, phrase
 * or condition; `author: title: year: journal: doi: tag: node: pathway: type: has: mesh: pubtype: is:` add structured
 * conditions (see `parseFieldTerm`). A prefix that is not a known field (`ratio:2`) is
 * an ordinary word. Never throws: a malformed term comes back in `errors`, with its
 * position, and is left out, so the rest of the query still runs.
 */
export function parseQuery(input: string): ParsedQuery {
  const query: ParsedQuery = { words: [], phrases: [], excludedWords: [], excludedPhrases: [], conditions: [], lastWordPartial: false, errors: [] }
  const terms = scanTerms(input)
  let lastWordFrom: RawTerm | undefined
  for (const term of terms) {
    const parsed = term.field ? parseFieldTerm(term.field, term.value) : undefined
    if (parsed?.ok) {
      query.conditions.push({ ...parsed.filter, negated: term.negated })
      continue
    }
    if (parsed && !parsed.ok) {
      query.errors.push({ code: parsed.code, message: parsed.message, term: term.text, start: term.start, end: term.end })
      continue
    }
    const text = term.field ? `${term.field}:${term.value}` : term.value
    // "-", "&" and the like hold no word: nothing to search for
    if (searchWords(text).length === 0) continue
    if (term.quoted) (term.negated ? query.excludedPhrases : query.phrases).push(foldText(text).trim())
    else if (term.negated) query.excludedWords.push(text)
    else {
      query.words.push(text)
      lastWordFrom = term
    }
  }
  query.lastWordPartial = lastWordFrom !== undefined && lastWordFrom === terms.at(-1) && lastWordFrom.end === input.length
  return query
}

/** True when the query asks for nothing: every paper matches. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length + query.phrases.length + query.excludedWords.length + query.excludedPhrases.length + query.conditions.length === 0
}

/**
 * Whether a paper satisfies the structured conditions of a query (fielded terms, year,
 * node with its children, study type, has:). Words and phrases are the index's job.
 * Checking many papers, pass `{ conditions: cheapestFirst(query.conditions) }`.
 */
export function matchesFilters(paper: PaperSummary, query: Pick<ParsedQuery, 'conditions'>): boolean {
  for (const condition of query.conditions) {
    if (matchesFilter(paper, condition) === condition.negated) return false
  }
  return true
}
