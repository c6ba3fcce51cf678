import { describe, expect, it } from 'vitest'
import { findDuplicateSets } from '../../../shared/dedup'
import { importBlock, readLabelledBlocks, scorePairs } from './labelledSet'

// The bibliography half of the labelled set, read by the real importers; `npm run eval:dedup`
// adds the records the PDF extractor reads from corpus PDFs and prints the full figures.
describe('the labelled duplicate set', () => {
  const blocks = readLabelledBlocks()
  const records = blocks.filter((block) => block.source !== 'pdf').map(importBlock)

  it('has every source format, true duplicate sets and hard negatives', () => {
    const sources = new Set(blocks.map((block) => block.source))
    expect([...sources].sort()).toEqual(['bibtex', 'csl-json', 'medline', 'pdf', 'pubmed-xml', 'ris'])
    const sizes = new Map<string, number>()
    for (const block of blocks) sizes.set(block.label, (sizes.get(block.label) ?? 0) + 1)
    expect([...sizes.values()].filter((size) => size >= 3).length).toBeGreaterThanOrEqual(15)
    // Papers with only one record are the hard negatives: each has a look-alike in the set.
    expect([...sizes.values()].filter((size) => size === 1).length).toBeGreaterThanOrEqual(8)
  })

  it('reaches pairwise precision and recall of at least 0.95', () => {
    const score = scorePairs(records, findDuplicateSets(records))
    expect(score.falsePositives).toEqual([])
    expect(score.precision).toBeGreaterThanOrEqual(0.95)
    expect(score.recall).toBeGreaterThanOrEqual(0.95)
  })
})
