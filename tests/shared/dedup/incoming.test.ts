import { describe, expect, it } from 'vitest'
import { createDuplicateIndex, DEFAULT_THRESHOLDS, isDuplicateOf, jaccard, type DedupRecord } from '../../../shared/dedup'
import { prepareRecord } from '../../../shared/dedup/similarity'
import type { CslItem } from '../../../shared/formats'
import { importBlock, readLabelledBlocks } from './labelledSet'
import { syntheticLibrary } from './synthetic'

const paper = (id: string, item: Partial<CslItem>): DedupRecord => ({ id, citationKey: id, item: { id, type: 'article-journal', ...item } })
const MAES = paper('maes', {
  title: 'The gut-brain barrier in major depression: intestinal mucosal dysfunction with an increased translocation of LPS from gram negative enterobacteria (leaky gut) plays a role in the inflammatory pathophysiology of depression',
  author: [{ family: 'Maes', given: 'Michael' }],
  issued: { 'date-parts': [[2008]] },
})
const KELLY = paper('kelly', { title: 'Transferring the blues', DOI: '10.1016/j.jpsychires.2016.07.019', PMID: '27491067', author: [{ family: 'Kelly' }], issued: { 'date-parts': [[2016]] } })

describe('checking incoming records against the library', () => {
  const index = createDuplicateIndex([MAES, KELLY])

  it('finds the paper with the same DOI (any case) or PMID first', () => {
    expect(index.find(paper('new', { title: 'Something else entirely', DOI: '10.1016/J.JPSYCHIRES.2016.07.019' }))).toEqual({ id: 'kelly', reason: 'doi' })
    expect(index.find(paper('new', { title: 'Other', PMID: '27491067' }))).toEqual({ id: 'kelly', reason: 'pmid' })
  })

  it('finds a similar title with the same first author and year, as a PDF would give it', () => {
    const fromPdf = paper('pdf', {
      title: 'The gut-brain barrier in major depression: Intestinal mucosal dysfunction with an increased translocation of LPS from gram negative enterobacteria (leaky gut) plays a role in the inflammatory pathophysiology of depression.',
      author: [{ family: 'MAES', given: 'M.' }],
      issued: { 'date-parts': [[2008, 2]] },
    })
    expect(index.find(fromPdf)).toEqual({ id: 'maes', reason: 'title' })
  })

  it('leaves a different paper alone: another year and author, or a different DOI', () => {
    expect(index.find(paper('other', { title: 'The gut-brain barrier in major depression', author: [{ family: 'Smith' }], issued: { 'date-parts': [[2019]] } }))).toBeUndefined()
    expect(index.find(paper('other', { ...KELLY.item, id: 'other', DOI: '10.1016/j.jpsychires.2017.01.001', PMID: undefined }))).toBeUndefined()
    expect(index.find(paper('untitled', {}))).toBeUndefined()
  })

  it('never matches a record with itself, and sees records added during the import', () => {
    const batch = createDuplicateIndex([])
    const first = paper('first', { title: 'Microglia priming by the gut microbiota in chronic stress', author: [{ family: 'Wohleb' }], issued: { 'date-parts': [[2014]] } })
    expect(batch.find(first)).toBeUndefined()
    batch.add(first)
    expect(batch.find(first)).toBeUndefined()
    expect(batch.find({ ...first, id: 'second' })).toEqual({ id: 'first', reason: 'title' })
  })

  it('agrees with the duplicates view on the labelled set: every match it reports is a true duplicate', () => {
    const records = readLabelledBlocks().filter((block) => block.source !== 'pdf').map(importBlock)
    const incoming = createDuplicateIndex([])
    let found = 0
    for (const record of records) {
      const match = incoming.find(record)
      if (match) {
        found++
        expect(records.find((other) => other.id === match.id)?.label, `${record.id} → ${match.id}`).toBe(record.label)
      }
      incoming.add(record)
    }
    const firstOfEachLabel = new Set(records.map((record) => record.label)).size
    // every record after the first of its paper should be recognised (recall ≥ 0.9 here)
    expect(found).toBeGreaterThanOrEqual(0.9 * (records.length - firstOfEachLabel))
  })
})

describe('the duplicate index at library scale', () => {
  it('finds exactly what a scan of every record by the same rules finds', () => {
    const all = syntheticLibrary(4000, 300, 7)
    const library = all.slice(0, 3000)
    // incoming: the re-typed copies (some of papers in the library), and fresh papers
    const incoming = [...all.slice(4000), ...all.slice(3000, 3300)]
    const index = createDuplicateIndex(library)
    const prepared = library.map((record, position) => ({ record, prepared: prepareRecord(record, position) }))
    const scan = (record: DedupRecord): string | undefined => {
      const probe = prepareRecord(record, -1)
      return prepared.find(({ prepared: other, record: candidate }) => {
        const sameAuthorYear = probe.author !== undefined && probe.author === other.author && probe.year !== undefined && other.year !== undefined && Math.abs(probe.year - other.year) <= 1
        return (sameAuthorYear || jaccard(probe.tokens, other.tokens) >= DEFAULT_THRESHOLDS.candidateJaccard) && isDuplicateOf(record, candidate)
      })?.record.id
    }
    const expected = incoming.map(scan)
    expect(expected.filter(Boolean).length).toBeGreaterThan(50)
    expect(incoming.map((record) => index.find(record)?.id)).toEqual(expected)
  })
})
