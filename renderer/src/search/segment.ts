/**
 * Postings in compressed-sparse-row form: for term t, documents `docs[start[t] .. start[t+1])`
 * in ascending order with their precomputed BM25F weights. Typed arrays, not Maps: 50,000
 * papers with abstracts make millions of postings, which as objects cost seconds to load
 * and hundreds of MB; as arrays they are stored and read back as a few buffers.
 */
export interface Segment {
  termCount: number
  docCount: number
  start: Uint32Array
  docs: Uint32Array
  weights: Float32Array
  /** Each document's tokens in order (field separated by SEPARATOR), for phrase checks. */
  seqStart: Uint32Array
  seqTokens: Uint32Array
}

export const FIELD_NAMES = ['title', 'authors', 'keywords', 'abstract', 'notes', 'fullText'] as const
export type FieldName = (typeof FIELD_NAMES)[number]
/** How much a hit in each field counts: a word in the title says more than one on page 9. */
export const FIELD_BOOSTS: readonly number[] = [3, 3, 2, 1, 1.5, 0.4]
/** Between fields in a token sequence, so a phrase never spans the end of a title and an author. */
export const SEPARATOR = 0xffffffff
const K1 = 1.2
const B = 0.75
/** Term frequencies per field are packed 5 bits each (capped at 31) into one number. */
const TF_BITS = 5
const TF_MAX = 31

/** The segment of an empty library. */
export function emptySegment(): Segment {
  return { termCount: 0, docCount: 0, start: new Uint32Array(1), docs: new Uint32Array(0), weights: new Float32Array(0), seqStart: new Uint32Array(1), seqTokens: new Uint32Array(0) }
}

/** Adds one occurrence in `field` to a packed frequency. */
export function bumpFrequency(packed: number, field: number): number {
  const shift = field * TF_BITS
  return ((packed >>> shift) & TF_MAX) === TF_MAX ? packed : packed + (1 << shift)
}

/** BM25F: boosted, length-normalised frequencies summed over fields, then saturated. */
export function postingWeight(packed: number, lengths: ArrayLike<number>, averages: ArrayLike<number>): number {
  let frequency = 0
  for (let field = 0; field < FIELD_BOOSTS.length; field++) {
    const count = (packed >>> (field * TF_BITS)) & TF_MAX
    if (count === 0) continue
    const norm = 1 - B + (B * (lengths[field] ?? 0)) / ((averages[field] ?? 0) || 1)
    frequency += ((FIELD_BOOSTS[field] ?? 1) * count) / norm
  }
  return (frequency * (K1 + 1)) / (K1 + frequency)
}

/** Each document's BM25 length norm per field, `1 - b + b · length / average`, computed once for all its postings. */
function lengthNorms(lengths: Uint32Array, averages: readonly number[]): Float64Array {
  const fields = FIELD_BOOSTS.length
  const norms = new Float64Array(lengths.length)
  for (let index = 0; index < lengths.length; index++) norms[index] = 1 - B + (B * (lengths[index] ?? 0)) / ((averages[index % fields] ?? 0) || 1)
  return norms
}

/** `postingWeight` with the document's norms from `lengthNorms` (at `offset`): the same sum in the same order. */
function normedWeight(packed: number, norms: Float64Array, offset: number): number {
  let frequency = 0
  for (let field = 0; field < FIELD_BOOSTS.length; field++) {
    const count = (packed >>> (field * TF_BITS)) & TF_MAX
    if (count === 0) continue
    frequency += ((FIELD_BOOSTS[field] ?? 1) * count) / (norms[offset + field] ?? 1)
  }
  return (frequency * (K1 + 1)) / (K1 + frequency)
}

/** BM25's idf: rare terms weigh more; never negative, even for a term in every paper. */
export function inverseFrequency(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5))
}

/** A Uint32Array or Float32Array that grows as values are pushed. */
export class Growable<T extends Uint32Array | Float32Array> {
  private buffer: T
  length = 0

  constructor(private readonly make: (size: number) => T, capacity = 1024) {
    this.buffer = make(capacity)
  }

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const bigger = this.make(this.buffer.length * 2)
      bigger.set(this.buffer)
      this.buffer = bigger
    }
    this.buffer[this.length++] = value
  }

  /**
   * Room for `extra` more values at once, counted as pushed: write them into `buffer` from
   * `at`. A document's postings go in this way, not by 45 million pushes each checking room.
   */
  claim(extra: number): { buffer: T; at: number } {
    let capacity = this.buffer.length
    while (this.length + extra > capacity) capacity *= 2
    if (capacity !== this.buffer.length) {
      const bigger = this.make(capacity)
      bigger.set(this.buffer)
      this.buffer = bigger
    }
    const at = this.length
    this.length += extra
    return { buffer: this.buffer, at }
  }

  /** The values pushed so far, sharing the buffer (valid until the next push). */
  view(): T {
    return this.buffer.subarray(0, this.length) as T
  }

  clear(): void {
    this.length = 0
  }

  /** A right-sized copy. */
  toArray(): T {
    return this.buffer.slice(0, this.length) as T
  }
}

/** One analysed document: packed frequencies per term, field lengths, token sequence. */
export interface AnalysedDocument {
  frequencies: Map<number, number>
  lengths: number[]
  sequence: number[]
}

/**
 * One document as a build analyses it, in arrays reused from one document to the next:
 * `packed[termId]` is the term's packed frequency (0 when absent) for each term in `touched`.
 */
export interface DocumentAnalysis {
  packed: Uint32Array
  touched: Growable<Uint32Array>
  lengths: Uint32Array
  sequence: Growable<Uint32Array>
}

/**
 * Collects documents numbered 0, 1, 2… and turns them into a segment at the end, when the
 * average field lengths BM25 needs are known. Postings are counting-sorted by term, which
 * keeps each term's documents in ascending order without comparing anything.
 */
export class SegmentBuilder {
  private readonly postingTerms = new Growable((size) => new Uint32Array(size), 1 << 16)
  private readonly postingDocs = new Growable((size) => new Uint32Array(size), 1 << 16)
  private readonly postingPacked = new Growable((size) => new Uint32Array(size), 1 << 16)
  private readonly lengths = new Growable((size) => new Uint32Array(size), 1 << 12)
  private readonly seqTokens = new Growable((size) => new Uint32Array(size), 1 << 16)
  private readonly seqStart = new Growable((size) => new Uint32Array(size), 1 << 12)
  private docCount = 0

  add(document: AnalysedDocument): number {
    const doc = this.docCount++
    for (const [termId, packed] of document.frequencies) {
      this.postingTerms.push(termId)
      this.postingDocs.push(doc)
      this.postingPacked.push(packed)
    }
    for (const length of document.lengths) this.lengths.push(length)
    this.seqStart.push(this.seqTokens.length)
    for (const token of document.sequence) this.seqTokens.push(token)
    return doc
  }

  /** The document the analyser holds now, numbered next; its frequencies are cleared for the next one. */
  addAnalysed(analysed: DocumentAnalysis): number {
    const doc = this.docCount++
    const { packed } = analysed
    const touched = analysed.touched.view()
    const terms = this.postingTerms.claim(touched.length)
    const docs = this.postingDocs.claim(touched.length)
    const frequencies = this.postingPacked.claim(touched.length)
    for (let index = 0; index < touched.length; index++) {
      const termId = touched[index] ?? 0
      terms.buffer[terms.at + index] = termId
      docs.buffer[docs.at + index] = doc
      frequencies.buffer[frequencies.at + index] = packed[termId] ?? 0
      packed[termId] = 0
    }
    for (const length of analysed.lengths) this.lengths.push(length)
    this.seqStart.push(this.seqTokens.length)
    const sequence = analysed.sequence.view()
    const tokens = this.seqTokens.claim(sequence.length)
    tokens.buffer.set(sequence, tokens.at)
    return doc
  }

  finish(termCount: number): { segment: Segment; lengthSums: number[] } {
    // views, not copies: the builder is done with, and copying 100,000 papers' postings cost a second
    const lengths = this.lengths.view()
    const fields = FIELD_BOOSTS.length
    const lengthSums = Array.from({ length: fields }, (_, field) => {
      let sum = 0
      for (let doc = 0; doc < this.docCount; doc++) sum += lengths[doc * fields + field] ?? 0
      return sum
    })
    const averages = lengthSums.map((sum) => sum / (this.docCount || 1))
    const terms = this.postingTerms.view()
    const docs = this.postingDocs.view()
    const packed = this.postingPacked.view()
    const start = new Uint32Array(termCount + 1)
    for (const termId of terms) start[termId + 1] = (start[termId + 1] ?? 0) + 1
    for (let termId = 0; termId < termCount; termId++) start[termId + 1] = (start[termId + 1] ?? 0) + (start[termId] ?? 0)
    const cursor = start.slice(0, termCount)
    const sortedDocs = new Uint32Array(docs.length)
    const weights = new Float32Array(docs.length)
    const norms = lengthNorms(lengths, averages)
    for (let index = 0; index < docs.length; index++) {
      const termId = terms[index] ?? 0
      const at = cursor[termId] ?? 0
      cursor[termId] = at + 1
      const doc = docs[index] ?? 0
      sortedDocs[at] = doc
      weights[at] = normedWeight(packed[index] ?? 0, norms, doc * fields)
    }
    this.seqStart.push(this.seqTokens.length)
    return {
      segment: { termCount, docCount: this.docCount, start, docs: sortedDocs, weights, seqStart: this.seqStart.toArray(), seqTokens: this.seqTokens.toArray() },
      lengthSums,
    }
  }
}
