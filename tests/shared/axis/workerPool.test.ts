import { describe, expect, it } from 'vitest'
import { suggestInPool } from '../../../bench/suites/axis'
import { generatePapers } from '../../../bench/suites/axisCorpus'
import { suggestAxis } from '../../../shared/axis'

describe('suggesting in a worker pool', () => {
  it('gives the same answers as one thread, in input order, from .ts workers', async () => {
    const papers = generatePapers(1_200, 7)
    const pooled = await suggestInPool(papers, 2)
    expect(pooled).toEqual(papers.map((paper) => suggestAxis(paper).nodes.map((node) => node.id)))
  })

  it('generates the same corpus for the same seed, so bench runs compare', () => {
    expect(generatePapers(3, 42)).toEqual(generatePapers(3, 42))
    expect(generatePapers(3, 42)).not.toEqual(generatePapers(3, 43))
  })
})
