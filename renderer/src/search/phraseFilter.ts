import { containsRun } from './analyse'
import { SEPARATOR, type Segment } from './segment'
import type { TextIndex } from './textIndex'

/** Bits per document for the pairs of words that follow each other in it (1,024: 128 bytes a paper). */
const PAIR_BITS = 1024
const WORDS_PER_DOC = PAIR_BITS / 32
const SEPARATOR_INT = SEPARATOR | 0

/** Which of a document's PAIR_BITS bits stands for the pair `first`, `second` (a multiplicative hash). */
function pairBit(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 1, 0x85ebca77)) >>> 22
}

const pairsOfBase = new WeakMap<Segment, Uint32Array>()

/**
 * Per base document, a small Bloom filter of the word pairs its sequence holds (one bit per
 * pair, field boundaries left out), made once per base segment on the first phrase query
 * (one pass over the sequences) and kept with it. A paper whose bit for a pair of the
 * phrase is clear cannot hold the phrase, so its sequence is not scanned: for a phrase of
 * common words ("gut microbiota" in a library about the gut) that spares most scans.
 */
function pairsOf(base: Segment): Uint32Array {
  let bits = pairsOfBase.get(base)
  if (bits) return bits
  bits = new Uint32Array(base.docCount * WORDS_PER_DOC)
  const sequence = new Int32Array(base.seqTokens.buffer, base.seqTokens.byteOffset, base.seqTokens.length)
  for (let doc = 0; doc < base.docCount; doc++) {
    const end = (base.seqStart[doc + 1] ?? 0) - 1
    const offset = doc * WORDS_PER_DOC
    for (let at = base.seqStart[doc] ?? 0; at < end; at++) {
      const first = sequence[at] ?? SEPARATOR_INT
      const second = sequence[at + 1] ?? SEPARATOR_INT
      if (first === SEPARATOR_INT || second === SEPARATOR_INT) continue
      const bit = pairBit(first, second)
      bits[offset + (bit >>> 5)] = (bits[offset + (bit >>> 5)] ?? 0) | (1 << (bit & 31))
    }
  }
  pairsOfBase.set(base, bits)
  return bits
}

/** Whether `tokens` start at some position in `from ..= last` of `sequence`. */
function runAt(sequence: Int32Array, tokens: Int32Array, from: number, last: number): boolean {
  const first = tokens[0] ?? 0
  const length = tokens.length
  for (let at = from; at <= last; at++) {
    if (sequence[at] !== first) continue
    let offset = 1
    while (offset < length && sequence[at + offset] === tokens[offset]) offset++
    if (offset === length) return true
  }
  return false
}

/** Whether a base document's pair bits allow every pair of the phrase (its bits, as word offset and mask). */
function mayHold(bits: Uint32Array, offset: number, words: Int32Array, masks: Int32Array): boolean {
  for (let pair = 0; pair < words.length; pair++) {
    if (((bits[offset + (words[pair] ?? 0)] ?? 0) & (masks[pair] ?? 0)) === 0) return false
  }
  return true
}

/**
 * The documents of `docs` (ascending) whose title, authors, keywords, abstract or notes
 * hold `tokens` in a row (`want`), or do not (`!want`); with `want`, a document with a
 * PDF text passes as well (its text has no positions). One loop over Int32 views of the
 * sequences, each first asked of its pair bits: a call per document over the Uint32
 * values (the separator does not fit a small integer) ran several times slower in V8.
 */
export function filterByRun(index: TextIndex, docs: readonly number[], tokens: readonly number[], want: boolean): number[] {
  if (tokens.length === 0) return want ? [...docs] : []
  const { base, delta, hasFullText } = index
  const wanted = Int32Array.from(tokens)
  const bits = tokens.length > 1 ? pairsOf(base) : undefined
  const words = new Int32Array(tokens.length - 1)
  const masks = new Int32Array(tokens.length - 1)
  for (let pair = 0; pair < words.length; pair++) {
    const bit = pairBit(wanted[pair] ?? 0, wanted[pair + 1] ?? 0)
    words[pair] = bit >>> 5
    masks[pair] = 1 << (bit & 31)
  }
  const sequence = new Int32Array(base.seqTokens.buffer, base.seqTokens.byteOffset, base.seqTokens.length)
  const kept: number[] = []
  for (let index = 0; index < docs.length; index++) {
    const doc = docs[index] ?? 0
    if (want && hasFullText[doc] === 1) {
      kept.push(doc)
      continue
    }
    const own = delta.sequences.size > 0 ? delta.sequences.get(doc) : undefined
    let found: boolean
    if (own) found = containsRun(own, tokens)
    else if (bits && !mayHold(bits, doc * WORDS_PER_DOC, words, masks)) found = false
    else found = runAt(sequence, wanted, base.seqStart[doc] ?? 0, (base.seqStart[doc + 1] ?? 0) - wanted.length)
    if (found === want) kept.push(doc)
  }
  return kept
}
