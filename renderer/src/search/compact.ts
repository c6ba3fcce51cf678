import type { Segment } from './segment'

/** Postings and sequences of documents added since the base segment was built. */
export interface DeltaPostings {
  byTerm: Map<number, { docs: number[]; weights: number[] }>
  sequences: Map<number, Uint32Array>
  postingCount: number
}

interface Compacted {
  segment: Segment
  docIds: string[]
  hasFullText: Uint8Array
  fingerprints: Float64Array
}

/** Live documents keep their relative order and are numbered 0, 1, 2… again. */
function renumber(alive: Uint8Array, docCount: number): { remap: Int32Array; liveCount: number } {
  const remap = new Int32Array(docCount).fill(-1)
  let liveCount = 0
  for (let doc = 0; doc < docCount; doc++) if (alive[doc]) remap[doc] = liveCount++
  return { remap, liveCount }
}

function mergePostings(base: Segment, delta: DeltaPostings, remap: Int32Array, termCount: number): Pick<Segment, 'start' | 'docs' | 'weights'> {
  const start = new Uint32Array(termCount + 1)
  for (let termId = 0; termId < termCount; termId++) {
    let count = 0
    if (termId < base.termCount) {
      const end = base.start[termId + 1] ?? 0
      for (let index = base.start[termId] ?? 0; index < end; index++) if ((remap[base.docs[index] ?? 0] ?? -1) >= 0) count++
    }
    for (const doc of delta.byTerm.get(termId)?.docs ?? []) if ((remap[doc] ?? -1) >= 0) count++
    start[termId + 1] = (start[termId] ?? 0) + count
  }
  const docs = new Uint32Array(start[termCount] ?? 0)
  const weights = new Float32Array(docs.length)
  let at = 0
  const keep = (doc: number, weight: number): void => {
    const renumbered = remap[doc] ?? -1
    if (renumbered < 0) return
    docs[at] = renumbered
    weights[at++] = weight
  }
  for (let termId = 0; termId < termCount; termId++) {
    if (termId < base.termCount) {
      const end = base.start[termId + 1] ?? 0
      for (let index = base.start[termId] ?? 0; index < end; index++) keep(base.docs[index] ?? 0, base.weights[index] ?? 0)
    }
    // delta documents are numbered after every base document, so order is kept
    const added = delta.byTerm.get(termId)
    added?.docs.forEach((doc, index) => keep(doc, added.weights[index] ?? 0))
  }
  return { start, docs, weights }
}

function mergeSequences(base: Segment, delta: DeltaPostings, remap: Int32Array, liveCount: number): Pick<Segment, 'seqStart' | 'seqTokens'> {
  const pieces: Uint32Array[] = []
  const seqStart = new Uint32Array(liveCount + 1)
  let length = 0
  remap.forEach((renumbered, doc) => {
    if (renumbered < 0) return
    const piece = delta.sequences.get(doc) ?? base.seqTokens.subarray(base.seqStart[doc] ?? 0, base.seqStart[doc + 1] ?? 0)
    pieces.push(piece)
    length += piece.length
    seqStart[renumbered + 1] = length
  })
  const seqTokens = new Uint32Array(length)
  let offset = 0
  for (const piece of pieces) {
    seqTokens.set(piece, offset)
    offset += piece.length
  }
  return { seqStart, seqTokens }
}

/**
 * Merges the base segment, the delta and the tombstones into one new segment: one pass
 * over the postings (a fraction of a second for a 50,000-paper library), done when the
 * delta has grown and before the index is saved.
 */
export function compactSegments(base: Segment, delta: DeltaPostings, alive: Uint8Array, docs: { ids: readonly string[]; hasFullText: Uint8Array; fingerprints: Float64Array }, termCount: number): Compacted {
  const { remap, liveCount } = renumber(alive, docs.ids.length)
  const liveIds: string[] = []
  const liveFullText = new Uint8Array(liveCount)
  const liveFingerprints = new Float64Array(liveCount)
  remap.forEach((renumbered, doc) => {
    if (renumbered < 0) return
    liveIds.push(docs.ids[doc] ?? '')
    liveFullText[renumbered] = docs.hasFullText[doc] ?? 0
    liveFingerprints[renumbered] = docs.fingerprints[doc] ?? 0
  })
  return {
    segment: { termCount, docCount: liveCount, ...mergePostings(base, delta, remap, termCount), ...mergeSequences(base, delta, remap, liveCount) },
    docIds: liveIds,
    hasFullText: liveFullText,
    fingerprints: liveFingerprints,
  }
}
