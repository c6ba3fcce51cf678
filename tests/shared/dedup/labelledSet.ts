import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DedupRecord, DuplicateSet } from '../../../shared/dedup'
import { importBibliography, IMPORT_FORMATS, type CslItem, type ImportFormat } from '../../../shared/formats'

/**
 * The labelled duplicate set (tests/fixtures/dedup/labelled.txt): records as the real
 * importers read them, each with the label of the paper it is. Shared by the test and by
 * `npm run eval:dedup`, which adds the records read from corpus PDFs.
 */

export const LABELLED_FILE = join(import.meta.dirname, '../../fixtures/dedup/labelled.txt')

export interface LabelledBlock {
  label: string
  /** A bibliography format, or "pdf" for a corpus PDF read by the extractor. */
  source: ImportFormat | 'pdf'
  /** The record's text (bibliography formats) or the corpus-relative path (pdf). */
  body: string
  /** Line of the block's header in the fixture, for error messages. */
  line: number
}

export interface LabelledRecord extends DedupRecord {
  label: string
  source: LabelledBlock['source']
}

/** Splits the fixture into blocks; throws naming the line of a malformed header. */
export function readLabelledBlocks(text = readFileSync(LABELLED_FILE, 'utf8')): LabelledBlock[] {
  const blocks: LabelledBlock[] = []
  let current: LabelledBlock | undefined
  text.split('\n').forEach((line, index) => {
    if (!line.startsWith('===')) {
      if (current?.source === 'pdf' && line.trim()) throw new Error(`labelled.txt line ${index + 1}: a PDF block has no body`)
      if (current && current.source !== 'pdf') current.body += `${line}\n`
      return
    }
    const [label, source, path] = line.slice(3).trim().split(/\s+/)
    const known = source === 'pdf' || (IMPORT_FORMATS as readonly string[]).includes(source ?? '')
    if (!label || !known || (source === 'pdf') !== Boolean(path)) throw new Error(`labelled.txt line ${index + 1}: expected "=== <label> <format>" or "=== <label> pdf <path>"`)
    current = { label, source: source as LabelledBlock['source'], body: source === 'pdf' ? (path ?? '') : '', line: index + 1 }
    blocks.push(current)
  })
  return blocks
}

/** Imports one bibliography block with the real importer; it must give exactly one record. */
export function importBlock(block: LabelledBlock): LabelledRecord {
  if (block.source === 'pdf') throw new Error(`labelled.txt line ${block.line}: a PDF block is read by the extractor, not imported`)
  const result = importBibliography(block.body.trim(), { format: block.source })
  const entry = result.entries[0]
  if (result.entries.length !== 1 || !entry) {
    const why = result.errors.map((error) => error.message).join('; ')
    throw new Error(`labelled.txt line ${block.line}: expected one ${block.source} record, got ${result.entries.length} (${why})`)
  }
  return labelled(block, entry.item, entry.citationKey)
}

export function labelled(block: LabelledBlock, item: CslItem, citationKey = ''): LabelledRecord {
  return { id: `${block.label}@${block.line}`, label: block.label, source: block.source, item, citationKey: citationKey || `${block.label}-${block.line}` }
}

export interface PairwiseScore {
  truePairs: number
  predictedPairs: number
  correctPairs: number
  precision: number
  recall: number
  falsePositives: Array<[string, string]>
  falseNegatives: Array<[string, string]>
}

/** Pairwise precision and recall: every pair of records, same label vs same predicted set. */
export function scorePairs(records: readonly LabelledRecord[], sets: readonly DuplicateSet[]): PairwiseScore {
  const setOf = new Map<string, number>()
  sets.forEach((set, index) => set.ids.forEach((id) => setOf.set(id, index)))
  const score: PairwiseScore = { truePairs: 0, predictedPairs: 0, correctPairs: 0, precision: 1, recall: 1, falsePositives: [], falseNegatives: [] }
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const [a, b] = [records[i]!, records[j]!]
      const same = a.label === b.label
      const predicted = setOf.has(a.id) && setOf.get(a.id) === setOf.get(b.id)
      if (same) score.truePairs++
      if (predicted) score.predictedPairs++
      if (same && predicted) score.correctPairs++
      if (predicted && !same) score.falsePositives.push([a.id, b.id])
      if (same && !predicted) score.falseNegatives.push([a.id, b.id])
    }
  }
  score.precision = score.predictedPairs === 0 ? 1 : score.correctPairs / score.predictedPairs
  score.recall = score.truePairs === 0 ? 1 : score.correctPairs / score.truePairs
  return score
}
