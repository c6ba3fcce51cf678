import { cheapestFirst, containsAtWordStart, foldText, matchesFilters, parseQuery, searchWords, type PaperSummary, type ParsedQuery, type QueryError } from '../../../shared/search'
import type { SortKeys, SortSpec } from './listModel'
import { createListModel, type ListModel, type SavedOrders } from './listViews'
import { rankByScore } from './rank'
import { TextIndex } from './textIndex'
import { searchText } from './textSearch'
import type { IndexDocument } from './analyse'
import { countFacets, FacetTallies, type FacetCounts } from './facets'
import { FieldScan } from './fieldScan'

/** What a list row shows of a paper: small, so a screenful crosses from the worker in a blink. */
export type PaperRow = Pick<PaperSummary, 'id' | 'title' | 'firstAuthor' | 'year' | 'journal' | 'studyType' | 'addedAt' | 'citationKey' | 'hasPdf' | 'trashed' | 'retraction'>

/** What the list shows: the library (not the trash) or the trash, optionally one collection. */
export interface SearchScope {
  collectionId?: string
  trash?: boolean
}

export interface SearchRequest extends SearchScope {
  query: string
  /** 'relevance' ranks by score when the query has words, else falls back to date added. */
  sort: SortSpec | 'relevance'
}

export interface SearchAnswer {
  /** Not to be changed: the engine may hand the same array out again. */
  ids: readonly string[]
  total: number
  /** The first malformed term, if any; the rest of the query was still run. */
  error?: QueryError
}

const PLAIN_ANSWERS_KEPT = 4

export const DEFAULT_SORT: SortSpec = { column: 'addedAt', direction: 'desc' }

function hasText(query: ParsedQuery): boolean {
  return query.words.length + query.phrases.length + query.excludedWords.length + query.excludedPhrases.length > 0
}

function inScope(paper: PaperSummary, scope: SearchScope): boolean {
  if (paper.trashed !== Boolean(scope.trash)) return false
  return scope.collectionId === undefined || paper.collections.includes(scope.collectionId)
}

/**
 * The worker's state: the text index, one summary per paper, and the list model; the
 * worker host feeds it from IndexedDB. Queries walk arrays (orders of sort keys holding
 * their summaries, summaries by document number), never 50,000 id lookups in a Map,
 * which alone cost V8 5–15 ms.
 */
export class SearchEngine {
  readonly summaries = new Map<string, PaperSummary>()
  readonly list: ListModel<PaperSummary>
  /** False while a rebuild is running: text queries then match titles and authors only. */
  textReady = true
  /** Summaries by the text index's document numbers, rebuilt when those are renumbered. */
  private byDoc: (PaperSummary | undefined)[] = []
  private byDocFor: { index: TextIndex; generation: number } | undefined
  /** The library's and the trash's counts, made at the first unfiltered count and then kept in step. */
  private tallies: FacetTallies | undefined
  /** Fielded text conditions' first cut, made again after any change. */
  private readonly fieldScan = new FieldScan(() => this.summaries.values())
  /** Answers without words or conditions (the whole library in some order), by order and trash, until the next change. */
  private readonly plainAnswers = new Map<string, SearchAnswer>()

  /** `orders`: the saved ascending orders, as positions in `summaries`. */
  constructor(
    public text: TextIndex = new TextIndex(),
    summaries: Iterable<PaperSummary> = [],
    locale?: string,
    orders?: SavedOrders,
  ) {
    for (const summary of summaries) this.summaries.set(summary.id, summary)
    this.list = createListModel(this.summaries.values(), locale, orders)
  }

  upsert(summary: PaperSummary, document: IndexDocument | undefined): void {
    this.upsertMany([{ summary, document }])
  }

  /** A batch of papers; documents may be omitted while a rebuild collects them separately. */
  upsertMany(entries: readonly { summary: PaperSummary; document?: IndexDocument }[]): void {
    const current = this.summariesByDoc()
    this.changed()
    for (const { summary, document } of entries) {
      this.recount(this.summaries.get(summary.id), summary)
      this.summaries.set(summary.id, summary)
      if (document) this.text.upsert(document)
      const doc = this.text.docNumber(summary.id)
      if (doc !== undefined) current[doc] = summary
    }
    this.list.upsertMany(entries.map((entry) => entry.summary))
  }

  remove(id: string): void {
    this.changed()
    this.recount(this.summaries.get(id), undefined)
    this.summaries.delete(id)
    this.list.remove(id)
    this.text.remove(id)
  }

  private changed(): void {
    this.fieldScan.invalidate()
    this.plainAnswers.clear()
  }

  private recount(previous: PaperSummary | undefined, next: PaperSummary | undefined): void {
    if (!this.tallies) return
    if (previous) this.tallies.remove(previous)
    if (next) this.tallies.add(next)
  }

  private summariesByDoc(): (PaperSummary | undefined)[] {
    const { text } = this
    if (this.byDocFor?.index !== text || this.byDocFor.generation !== text.generation) {
      this.byDoc = text.docIds.map((id) => this.summaries.get(id))
      this.byDocFor = { index: text, generation: text.generation }
    }
    return this.byDoc
  }

  /** The list rows of these papers, from the summaries kept in step with IndexedDB. */
  rows(ids: readonly string[]): PaperRow[] {
    return ids.flatMap((id) => {
      const paper = this.summaries.get(id)
      if (!paper) return []
      const { title, firstAuthor, year, journal, studyType, addedAt, citationKey, hasPdf, trashed, retraction } = paper
      return [{ id, title, firstAuthor, year, journal, studyType, addedAt, citationKey, hasPdf, trashed, ...(retraction && { retraction }) }]
    })
  }

  /** The facet counts of the papers a query finds (any sort: counts do not depend on order). */
  facets(request: Omit<SearchRequest, 'sort'>): FacetCounts {
    const query = parseQuery(request.query)
    // The whole library or trash, as the sidebar shows it after an edit: the running counts.
    if (request.collectionId === undefined && !hasText(query) && query.conditions.length === 0) {
      this.tallies ??= new FacetTallies(this.summaries.values())
      return this.tallies.counts(Boolean(request.trash))
    }
    const { ids } = this.search({ ...request, sort: DEFAULT_SORT })
    const papers = ids.map((id) => this.summaries.get(id)).filter((paper): paper is PaperSummary => paper !== undefined)
    return countFacets(papers)
  }

  /** Answers a query: ids in display order, and the first malformed term if any. */
  search(request: SearchRequest): SearchAnswer {
    const query = parseQuery(request.query)
    const error = query.errors[0]
    const scope: SearchScope = { collectionId: request.collectionId, trash: request.trash }
    const wantTrash = Boolean(scope.trash)
    const plain = query.conditions.length === 0 && scope.collectionId === undefined
    const conditions = { conditions: cheapestFirst(query.conditions) }
    const candidates = this.fieldScan.candidates(query.conditions)
    const keep = (paper: PaperSummary | undefined): paper is PaperSummary =>
      paper !== undefined && (plain ? paper.trashed === wantTrash : (!candidates || candidates.has(paper)) && inScope(paper, scope) && matchesFilters(paper, conditions))
    const order = this.list.entries(request.sort === 'relevance' ? DEFAULT_SORT : request.sort)
    if (!hasText(query)) return plain ? { ...this.plainAnswer(order, `${JSON.stringify(request.sort)}:${wantTrash}`, keep), error } : answer(order.filter((entry) => keep(entry.record)), error)
    if (!this.textReady) return this.searchSummaries(query, order, keep, error)
    const byDoc = this.summariesByDoc()
    const matches = searchText(this.text, query, (doc) => keep(byDoc[doc]))
    if (request.sort === 'relevance' && query.words.length + query.phrases.length > 0) {
      const { docIds } = this.text
      const ids = Array.from(rankByScore(matches.docs, matches.scores), (doc) => docIds[doc] ?? '')
      return { ids, total: ids.length, error }
    }
    const wanted = new Set(matches.docs.map((doc) => byDoc[doc]))
    return answer(order.filter((entry) => wanted.has(entry.record)), error)
  }

  /**
   * The whole library (or trash) in one order, kept until the next change: sorting by a
   * column and back, or clearing the search box, answers the same ids again (the same
   * array, which the worker's id table then sends without looking its ids up again).
   */
  private plainAnswer(order: readonly SortKeys<PaperSummary>[], key: string, keep: (paper: PaperSummary) => boolean): SearchAnswer {
    let found = this.plainAnswers.get(key)
    if (!found) {
      found = answer(order.filter((entry) => keep(entry.record)), undefined)
      // a few orders only: each is 100,000 ids (and their positions) held at 100,000 papers
      const oldest = this.plainAnswers.keys().next()
      if (this.plainAnswers.size >= PLAIN_ANSWERS_KEPT && !oldest.done) this.plainAnswers.delete(oldest.value)
      this.plainAnswers.set(key, found)
    }
    return found
  }

  /** While the index is being built: words matched at word starts in titles and authors. */
  private searchSummaries(query: ParsedQuery, order: readonly SortKeys<PaperSummary>[], keep: (paper: PaperSummary) => boolean, error?: QueryError): SearchAnswer {
    const words = query.words.flatMap((word) => searchWords(word))
    const phrases = query.phrases.map((phrase) => foldText(phrase))
    const found = order.filter(({ record: paper }) => {
      if (!keep(paper)) return false
      const text = `${paper.folded.title} | ${paper.folded.authors}`
      return words.every((word) => containsAtWordStart(text, word)) && phrases.every((phrase) => text.includes(phrase))
    })
    return answer(found, error)
  }
}

function answer(entries: readonly SortKeys<PaperSummary>[], error: QueryError | undefined): SearchAnswer {
  const ids = entries.map((entry) => entry.id)
  return { ids, total: ids.length, error }
}
