import { describe, expect, it } from 'vitest'
import { mergePapers, type MergeablePaper } from '../../../shared/dedup'

function paper(id: string, fields: Partial<MergeablePaper> = {}): MergeablePaper {
  return { id, citationKey: `key-${id}`, csl: { id, type: 'article-journal' }, tags: [], axisNodes: [], collections: [], addedAt: 1000, modifiedAt: 1000, ...fields }
}

const keep = paper('keep', {
  citationKey: 'Miller2016',
  csl: { id: 'keep', type: 'article-journal', title: 'The role of inflammation in depression', 'container-title': 'Nat Rev Immunol', volume: '16' },
  tags: ['review', 'to read'],
  axisNodes: ['immune.cytokines'],
  collections: ['c1'],
  addedAt: 5000,
  fieldSources: { title: { source: 'layout', confidence: 0.6 } },
})
const fromPubmed = paper('pubmed', {
  citationKey: 'miller2016role',
  csl: { id: 'pubmed', type: 'article-journal', title: 'The role of inflammation in depression: from evolutionary imperative to modern treatment target', 'container-title': 'Nature Reviews Immunology', PMID: '26711676', page: '22-34' },
  tags: ['review', 'inflammation'],
  axisNodes: ['immune.cytokines', 'brain.depression'],
  collections: ['c2'],
  addedAt: 2000,
})
const fromPdf = paper('pdf', {
  citationKey: 'Miller2016a',
  citationKeyAliases: ['MillerRaison2016'],
  csl: { id: 'pdf', type: 'article-journal', DOI: '10.1038/NRI.2015.5' },
  tags: ['pdf'],
  addedAt: 3000,
})

describe('mergePapers', () => {
  it('takes the chosen value of each field, then the kept one, then fills gaps from the others', () => {
    const { merged } = mergePapers(keep, [fromPubmed, fromPdf], { fields: { title: 'pubmed' } })
    expect(merged.csl).toEqual({
      id: 'keep',
      type: 'article-journal',
      title: fromPubmed.csl.title,
      'container-title': 'Nat Rev Immunol',
      volume: '16',
      PMID: '26711676',
      page: '22-34',
      DOI: '10.1038/NRI.2015.5',
    })
    expect(merged.doi).toBe('10.1038/nri.2015.5')
    expect(merged.pmid).toBe('26711676')
  })

  it('drops a field when the user chose a paper that lacks it', () => {
    const { merged } = mergePapers(keep, [fromPubmed], { fields: { volume: 'pubmed' } })
    expect(merged.csl.volume).toBeUndefined()
  })

  it('unites tags, axis nodes and collections, keeping the kept paper first', () => {
    const { merged } = mergePapers(keep, [fromPubmed, fromPdf])
    expect(merged.tags).toEqual(['review', 'to read', 'inflammation', 'pdf'])
    expect(merged.axisNodes).toEqual(['immune.cytokines', 'brain.depression'])
    expect(merged.collections).toEqual(['c1', 'c2'])
  })

  it('keeps the citation key and turns the others (and their aliases) into aliases', () => {
    const result = mergePapers(keep, [fromPubmed, fromPdf], { now: 9000 })
    expect(result.merged.citationKey).toBe('Miller2016')
    expect(result.aliases).toEqual(['miller2016role', 'Miller2016a', 'MillerRaison2016'])
    expect(result.merged.citationKeyAliases).toEqual(result.aliases)
    expect(result.removedIds).toEqual(['pubmed', 'pdf'])
    expect(result.merged.addedAt).toBe(2000)
    expect(result.merged.modifiedAt).toBe(9000)
  })

  it('keeps where each field came from, for the fields it took', () => {
    const { merged } = mergePapers(keep, [fromPubmed], { fields: { title: 'pubmed' } })
    expect(merged.fieldSources).toEqual({})
    expect(mergePapers(keep, [fromPubmed]).merged.fieldSources).toEqual({ title: { source: 'layout', confidence: 0.6 } })
  })

  it('re-points the children of merged-away papers and says how to undo everything', () => {
    const children = [
      { table: 'attachments', id: 'att-1', paperId: 'pdf' },
      { table: 'notes', id: 'note-1', paperId: 'pubmed' },
      { table: 'notes', id: 'note-2', paperId: 'keep' },
    ]
    const result = mergePapers(keep, [fromPubmed, fromPdf], { children })
    expect(result.reassign).toEqual([
      { table: 'attachments', id: 'att-1', from: 'pdf', to: 'keep' },
      { table: 'notes', id: 'note-1', from: 'pubmed', to: 'keep' },
    ])
    expect(result.undo.restore).toEqual([keep, fromPubmed, fromPdf])
    expect(result.undo.reassign).toEqual([
      { table: 'attachments', id: 'att-1', paperId: 'pdf' },
      { table: 'notes', id: 'note-1', paperId: 'pubmed' },
    ])
    expect(result.undo.description).toMatch(/restore 3 papers/)
  })

  it('is pure: the inputs are not changed and the undo copies are independent', () => {
    const before = structuredClone([keep, fromPubmed, fromPdf])
    const result = mergePapers(keep, [fromPubmed, fromPdf], { fields: { title: 'pubmed' }, now: 1 })
    result.merged.tags.push('changed')
    result.merged.csl.title = 'changed'
    expect([keep, fromPubmed, fromPdf]).toEqual(before)
    expect(result.undo.restore[0]).not.toBe(keep)
  })

  it('keeps the axis decisions made on any of the papers: pathways, study type, and rejections not accepted elsewhere', () => {
    const rejecting = paper('a', { axisNodes: ['gut.barrier'], axisRejected: { nodes: ['immune.lps', 'brain.microglia'], pathways: ['hpa'], studyTypes: [] } })
    const accepting = paper('b', { axisNodes: ['immune.lps'], axisPathways: ['lps-tlr4'], studyType: 'cohort', axisRejected: { nodes: [], pathways: [], studyTypes: ['rct'] } })
    const { merged } = mergePapers(rejecting, [accepting])
    expect(merged.axisNodes).toEqual(['gut.barrier', 'immune.lps'])
    expect(merged.axisPathways).toEqual(['lps-tlr4'])
    expect(merged.studyType).toBe('cohort')
    expect(merged.axisRejected).toEqual({ nodes: ['brain.microglia'], pathways: ['hpa'], studyTypes: ['rct'] })
    // papers without any decision get no empty fields
    const plain = mergePapers(keep, [fromPubmed]).merged
    for (const field of ['axisRejected', 'axisPathways', 'studyType']) expect(plain).not.toHaveProperty(field)
  })

  it('refuses choices and children that name papers not being merged', () => {
    expect(() => mergePapers(keep, [fromPubmed], { fields: { title: 'elsewhere' } })).toThrow(RangeError)
    expect(() => mergePapers(keep, [fromPubmed], { children: [{ table: 'notes', id: 'n', paperId: 'elsewhere' }] })).toThrow(/not one of the papers/)
    expect(() => mergePapers(keep, [keep])).toThrow(/itself/)
  })
})
