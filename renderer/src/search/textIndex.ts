import { analyseDocument, containsRun, createDocumentAnalyser, type IndexDocument } from './analyse'
import { compactSegments, type DeltaPostings } from './compact'
import { FIELD_NAMES, SegmentBuilder, emptySegment, postingWeight, type Segment } from './segment'
import { Vocabulary } from './vocabulary'

/** What a persisted index holds; only a compacted index (no delta) is saved. */
export interface TextIndexSnapshot {
  terms: string[]
  /** Term numbers in alphabetical order (optional: computed when missing). */
  sortedTermIds?: Uint32Array
  docIds: string[]
  hasFullText: Uint8Array
  /** Each document's `fingerprintOf`, by document number (absent in snapshots saved before: 0, unknown). */
  fingerprints?: Float64Array
  lengthSums: number[]
  segment: Segment
}

const FULL_TEXT = FIELD_NAMES.indexOf('fullText')

/**
 * The full-text index: an immutable base segment (typed arrays, loaded from a snapshot or
 * built in one pass), plus a small delta of documents added since, plus tombstones for
 * documents replaced or removed. Updating a paper is "tombstone the old number, add a new
 * one"; `compact` folds the delta in when it grows. Document numbers are internal; ids are
 * the papers' ids.
 */
export class TextIndex {
  readonly vocabulary: Vocabulary
  base: Segment
  readonly delta: DeltaPostings = { byTerm: new Map(), sequences: new Map(), postingCount: 0 }
  docIds: string[]
  private docOf = new Map<string, number>()
  alive: Uint8Array
  hasFullText: Uint8Array
  /** What each document's text was when indexed (`fingerprintOf`; 0 when not known). */
  private fingerprints: Float64Array
  private lengthSums: number[]
  aliveCount = 0
  /** Bumped whenever document numbers are reassigned (compaction). */
  generation = 0

  constructor(snapshot?: TextIndexSnapshot) {
    this.vocabulary = new Vocabulary(snapshot?.terms, snapshot?.sortedTermIds)
    this.base = snapshot?.segment ?? emptySegment()
    this.docIds = snapshot?.docIds ?? []
    this.hasFullText = snapshot?.hasFullText ?? new Uint8Array(1024)
    this.fingerprints = snapshot?.fingerprints ?? new Float64Array(this.hasFullText.length)
    this.lengthSums = snapshot?.lengthSums ?? FIELD_NAMES.map(() => 0)
    this.alive = new Uint8Array(Math.max(1024, this.docIds.length * 2))
    this.docIds.forEach((id, doc) => this.track(id, doc))
  }

  /** Builds an index of many documents in one pass (tests; the worker feeds a builder in chunks). */
  static build(documents: Iterable<IndexDocument>): TextIndex {
    const builder = createIndexBuilder()
    for (const document of documents) builder.add(document)
    return builder.finish()
  }

  get size(): number {
    return this.aliveCount
  }

  has(id: string): boolean {
    return this.docOf.has(id)
  }

  docNumber(id: string): number | undefined {
    return this.docOf.get(id)
  }

  private track(id: string, doc: number): void {
    if (doc >= this.alive.length) this.alive = grow(this.alive, doc)
    this.docOf.set(id, doc)
    this.alive[doc] = 1
    this.aliveCount++
  }

  /**
   * Adds a document, or replaces the one with the same id. A document whose text is what
   * was indexed is left as it is: most writes to a paper (axis suggestions, tags'
   * colours, a lookup that found nothing new) change no indexed word, and re-analysing
   * each into the delta made a suggestion refresh after a 100,000-paper import index
   * the library a second time. Returns whether the index changed.
   */
  upsert(document: IndexDocument): boolean {
    const fingerprint = fingerprintOf(document)
    const current = this.docOf.get(document.id)
    if (current !== undefined && this.fingerprints[current] === fingerprint) return false
    this.remove(document.id)
    const analysed = analyseDocument(document, this.vocabulary)
    const doc = this.docIds.length
    this.docIds.push(document.id)
    this.track(document.id, doc)
    if (doc >= this.hasFullText.length) this.hasFullText = grow(this.hasFullText, doc)
    this.hasFullText[doc] = document.fields[FULL_TEXT] ? 1 : 0
    if (doc >= this.fingerprints.length) this.fingerprints = growFloats(this.fingerprints, doc)
    this.fingerprints[doc] = fingerprint
    analysed.lengths.forEach((length, field) => (this.lengthSums[field] = (this.lengthSums[field] ?? 0) + length))
    const averages = this.lengthSums.map((sum) => sum / this.aliveCount)
    for (const [termId, packed] of analysed.frequencies) {
      let postings = this.delta.byTerm.get(termId)
      if (!postings) this.delta.byTerm.set(termId, (postings = { docs: [], weights: [] }))
      postings.docs.push(doc)
      postings.weights.push(postingWeight(packed, analysed.lengths, averages))
    }
    this.delta.postingCount += analysed.frequencies.size
    this.delta.sequences.set(doc, Uint32Array.from(analysed.sequence))
    return true
  }

  remove(id: string): void {
    const doc = this.docOf.get(id)
    if (doc === undefined) return
    this.alive[doc] = 0
    this.docOf.delete(id)
    this.aliveCount--
  }

  /** Documents containing the term, counting tombstoned ones (close enough for idf). */
  documentFrequency(termId: number): number {
    const base = termId < this.base.termCount ? (this.base.start[termId + 1] ?? 0) - (this.base.start[termId] ?? 0) : 0
    return base + (this.delta.byTerm.get(termId)?.docs.length ?? 0)
  }

  /** Calls `visit` for each live document holding the term, with its posting weight. */
  forEachPosting(termId: number, visit: (doc: number, weight: number) => void): void {
    const { base, alive } = this
    if (termId < base.termCount) {
      const end = base.start[termId + 1] ?? 0
      for (let index = base.start[termId] ?? 0; index < end; index++) {
        const doc = base.docs[index] ?? 0
        if (alive[doc]) visit(doc, base.weights[index] ?? 0)
      }
    }
    const delta = this.delta.byTerm.get(termId)
    if (delta) delta.docs.forEach((doc, index) => alive[doc] && visit(doc, delta.weights[index] ?? 0))
  }

  /** Whether the document's title, authors, keywords, abstract or notes hold `tokens` in a row. */
  hasRun(doc: number, tokens: readonly number[]): boolean {
    const fromDelta = this.delta.sequences.get(doc)
    if (fromDelta) return containsRun(fromDelta, tokens)
    // no subarray per document: the check runs over the shared buffer between offsets
    return containsRun(this.base.seqTokens, tokens, this.base.seqStart[doc] ?? 0, this.base.seqStart[doc + 1] ?? 0)
  }

  /** How much has changed since the base was built: compact when this is large. */
  get churn(): number {
    return this.delta.postingCount + (this.docIds.length - this.aliveCount) * 100
  }

  /** Folds the delta and the tombstones into a new base; document numbers change. */
  compact(): void {
    this.generation++
    const { segment, docIds, hasFullText, fingerprints } = compactSegments(this.base, this.delta, this.alive, { ids: this.docIds, hasFullText: this.hasFullText, fingerprints: this.fingerprints }, this.vocabulary.size)
    this.base = segment
    this.fingerprints = fingerprints
    this.delta.byTerm.clear()
    this.delta.sequences.clear()
    this.delta.postingCount = 0
    this.docIds = docIds
    this.hasFullText = hasFullText
    this.docOf = new Map()
    this.alive = new Uint8Array(Math.max(1024, docIds.length * 2))
    this.aliveCount = 0
    docIds.forEach((id, doc) => this.track(id, doc))
  }

  /** A snapshot to persist; compacts first so the snapshot is a few flat buffers. */
  snapshot(): TextIndexSnapshot {
    if (this.churn > 0) this.compact()
    return { terms: [...this.vocabulary.all()], sortedTermIds: this.vocabulary.sortedIds(), docIds: [...this.docIds], hasFullText: this.hasFullText.slice(0, this.docIds.length), fingerprints: this.fingerprints.slice(0, this.docIds.length), lengthSums: [...this.lengthSums], segment: this.base }
  }
}

function grow(array: Uint8Array, index: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(index + 1, array.length * 2))
  bigger.set(array)
  return bigger
}

function growFloats(array: Float64Array, index: number): Float64Array {
  const bigger = new Float64Array(Math.max(index + 1, array.length * 2))
  bigger.set(array)
  return bigger
}

/**
 * A 53-bit hash of a document's fields (cyrb53: two 32-bit multiply-xor lanes), never 0,
 * which stands for "not known". A few milliseconds for a megabyte of full text, against
 * the tokenising and folding it spares; a chance collision (about 1 in 2^53 per write)
 * would leave one paper's old words indexed until its next change or rebuild.
 */
export function fingerprintOf(document: IndexDocument): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (const text of document.fields) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      h1 = Math.imul(h1 ^ code, 2654435761)
      h2 = Math.imul(h2 ^ code, 1597334677)
    }
    // a field boundary, so moving a word from one field into the next changes the hash
    h1 = Math.imul(h1 ^ 0x1f, 2654435761)
    h2 = Math.imul(h2 ^ 0x1f, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1
}

export interface IndexBuilder {
  add(document: IndexDocument): void
  readonly count: number
  finish(): TextIndex
}

/**
 * Builds a base segment document by document, so a rebuild can read IndexedDB in chunks
 * and answer searches between them; `finish` computes the BM25 weights once all field
 * lengths are known.
 */
export function createIndexBuilder(): IndexBuilder {
  const vocabulary = new Vocabulary()
  const analyser = createDocumentAnalyser(vocabulary)
  const builder = new SegmentBuilder()
  const docIds: string[] = []
  const fullText: number[] = []
  const fingerprints: number[] = []
  return {
    add(document) {
      const doc = builder.addAnalysed(analyser.analyse(document))
      docIds[doc] = document.id
      fingerprints[doc] = fingerprintOf(document)
      if (document.fields[FULL_TEXT]) fullText.push(doc)
    },
    get count() {
      return docIds.length
    },
    finish() {
      const { segment, lengthSums } = builder.finish(vocabulary.size)
      const hasFullText = new Uint8Array(docIds.length)
      for (const doc of fullText) hasFullText[doc] = 1
      return new TextIndex({ terms: [...vocabulary.all()], docIds, hasFullText, fingerprints: Float64Array.from(fingerprints), lengthSums, segment })
    },
  }
}
