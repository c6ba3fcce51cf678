import { describe, expect, it } from 'vitest'
import type { CslItem } from '../../../shared/domain/csl'
import type { FieldProvenance } from '../../../shared/domain/provenance'
import { completeFromLookup, type CompletablePaper } from '../../../shared/lookup/complete'
import { foreignPdfIdentifier } from '../../../shared/lookup/pdfIdentifier'
import { crossrefRecord, pubmedRecord } from '../../support/lookupRecords'
import { HAS_ONLINE } from './corpus'

const NOW = 1_780_000_000_000
const PLOS = 'works_10.1371_journal.pone.0033693.json'

function from(source: FieldProvenance['source'], confidence = 0.6): FieldProvenance {
  return { source, confidence }
}

function paper(csl: Omit<CslItem, 'id'> & { type: string }, fieldSources: Record<string, FieldProvenance>, extra: Partial<CompletablePaper> = {}): CompletablePaper {
  return { csl: { id: 'p1', ...csl }, fieldSources, extension: undefined, authorIdentities: undefined, lookupConflicts: undefined, studyType: undefined, axisRejected: undefined, ...extra }
}

describe.skipIf(!HAS_ONLINE)('completing a paper from a registry record (recorded answers)', () => {
  it('fills empty fields and replaces what the PDF layout guessed, with registry provenance', () => {
    const record = crossrefRecord(PLOS)
    const pdf = paper(
      { type: 'article-journal', title: 'Methylphenidate Exposure Induces Dopamine Neuron Loss', DOI: '10.1371/journal.pone.0033693', issued: { 'date-parts': [[2011]] } },
      { title: from('layout'), DOI: from('identifier', 0.9), issued: from('layout', 0.3) },
    )
    const { patch, filled, replaced, conflicts } = completeFromLookup(pdf, record, NOW)
    expect(patch.csl.title).toBe(record.item.title)
    expect(replaced).toEqual(expect.arrayContaining(['title', 'issued']))
    expect(filled).toEqual(expect.arrayContaining(['author', 'container-title', 'volume', 'page']))
    expect(conflicts).toEqual([])
    expect(patch.fieldSources.title).toEqual({ source: 'registry', confidence: 1, at: NOW, by: 'crossref' })
    expect(patch.fieldSources.author?.source).toBe('registry')
    // the same DOI to the letter is only confirmed: no change, but the registry vouches for it now
    expect(patch.csl.DOI).toBeUndefined()
    expect(patch.fieldSources.DOI).toEqual({ source: 'registry', confidence: 1, at: NOW, by: 'crossref' })
  })

  it('takes the registry’s type over the PDF reader’s default, but not over an imported file’s', () => {
    const record = crossrefRecord('works_10.1007_978-3-319-75889-3_1.json')
    expect(record.item.type).toBe('chapter')
    const pdf = completeFromLookup(paper({ type: 'article-journal', title: 'x' }, { title: from('layout') }), record, NOW)
    expect(pdf.patch.csl.type).toBe('chapter')
    expect(pdf.replaced).toContain('type')
    const imported = completeFromLookup(paper({ type: 'article-journal' }, {}), record, NOW)
    expect(imported.conflicts.map((conflict) => conflict.field)).toContain('type')
  })

  it('never overwrites what the user typed: the registry value waits as a conflict', () => {
    const record = crossrefRecord(PLOS)
    const edited = paper({ type: 'article-journal', title: 'My own title for this paper' }, { title: { source: 'user', confidence: 1, by: 'user' } })
    const { patch, conflicts, kept } = completeFromLookup(edited, record, NOW)
    expect(patch.csl.title).toBeUndefined()
    expect(kept).toContain('title')
    expect(conflicts).toEqual([{ field: 'title', registryValue: record.item.title, source: 'crossref', at: NOW }])
    expect(patch.lookupConflicts).toEqual(conflicts)
  })

  it('keeps an imported file’s value that disagrees, and one without provenance, as conflicts', () => {
    const record = crossrefRecord(PLOS)
    const imported = paper({ type: 'article-journal', title: record.item.title, volume: '8', page: 'e33693' }, { volume: from('import', 1) })
    const { patch, conflicts } = completeFromLookup(imported, record, NOW)
    expect(conflicts.map((conflict) => conflict.field)).toEqual(['volume'])
    expect(patch.csl.volume).toBeUndefined()
    const legacy = completeFromLookup({ ...imported, fieldSources: undefined }, record, NOW)
    expect(legacy.conflicts.map((conflict) => conflict.field)).toEqual(['volume'])
  })

  it('sees equal values through case, spacing, a trailing period, initials and a coarser date', () => {
    const record = pubmedRecord('efetch_pubmed_23121403.xml')
    const title = `${(record.item.title ?? '').toUpperCase()}.`
    const authors = (record.item.author ?? []).map((name) => (name.given ? { ...name, given: `${name.given.charAt(0)}.` } : name))
    const year = record.item.issued?.['date-parts']?.[0]?.[0]
    const imported = paper({ type: 'article-journal', title, author: authors, issued: { 'date-parts': [[Number(year)]] } }, { title: from('import', 1), author: from('import', 1), issued: from('import', 1) })
    const { conflicts, kept, patch } = completeFromLookup(imported, record, NOW)
    expect(conflicts).toEqual([])
    expect(kept).toEqual(expect.arrayContaining(['title', 'author', 'issued']))
    expect(patch.fieldSources.title?.source).toBe('import')
  })

  it('dedupes conflicts by field: a new lookup replaces the old value, a settled field drops its conflict', () => {
    const record = crossrefRecord(PLOS)
    const earlier = [
      { field: 'title', registryValue: 'an older registry title', source: 'pubmed' as const, at: 1 },
      { field: 'volume', registryValue: '99', source: 'pubmed' as const, at: 1 },
      { field: 'note', registryValue: 'unrelated', source: 'pubmed' as const, at: 1 },
    ]
    const edited = paper({ type: 'article-journal', title: 'Mine', volume: '7' }, { title: from('user', 1), volume: from('user', 1) }, { lookupConflicts: earlier })
    const { patch } = completeFromLookup(edited, record, NOW)
    expect(patch.lookupConflicts?.map((conflict) => [conflict.field, conflict.at])).toEqual([
      ['note', 1],
      ['title', NOW],
    ])
  })

  it('takes MeSH, publication types and the study type from PubMed, unless the user rejected or chose one', () => {
    const record = pubmedRecord('efetch_pubmed_23121403.xml')
    expect(record.studyType).toBe('rct')
    const plain = completeFromLookup(paper({ type: 'article-journal' }, {}, { extension: { keywords: ['mine'] } }), record, NOW)
    expect(plain.patch.studyType).toBe('rct')
    expect(plain.patch.extension?.publicationTypes).toContain('Randomized Controlled Trial')
    expect(plain.patch.extension?.mesh?.length).toBeGreaterThan(0)
    const rejected = completeFromLookup(paper({ type: 'article-journal' }, {}, { axisRejected: { nodes: [], pathways: [], studyTypes: ['rct'] } }), record, NOW)
    expect(rejected.patch.studyType).toBeUndefined()
    const chosen = completeFromLookup(paper({ type: 'article-journal' }, {}, { studyType: 'cohort' }), record, NOW)
    expect(chosen.patch.studyType).toBeUndefined()
    const earlierLookup = completeFromLookup(paper({ type: 'article-journal' }, { studyType: { source: 'registry', confidence: 1 } }, { studyType: 'cohort' }), record, NOW)
    expect(earlierLookup.patch.studyType).toBe('rct')
  })

  it('stores the retraction status Crossref gives, and "checked, nothing found" otherwise', () => {
    const retracted = completeFromLookup(paper({ type: 'article-journal' }, {}), crossrefRecord('works_10.1016_s0140-6736_20_31180-6.json'), NOW)
    expect(retracted.patch.retraction).toMatchObject({ status: 'retracted', source: 'crossref', checkedAt: NOW })
    const clean = completeFromLookup(paper({ type: 'article-journal' }, {}), crossrefRecord('works_10.7554_elife.01567.json'), NOW)
    expect(clean.patch.retraction).toEqual({ status: null, source: 'crossref', checkedAt: NOW })
  })

  it('clears the unreadable-title notice once the registry gives the title', () => {
    const unreadable = paper({ type: 'article-journal' }, {}, { unreadableTitle: { text: 'Critical CareCritical Care', reason: 'a running header twice' } })
    expect(completeFromLookup(unreadable, crossrefRecord(PLOS), NOW).patch.clearUnreadableTitle).toBe(true)
  })
})

describe.skipIf(!HAS_ONLINE)('a DOI read from a PDF is kept only when the registry’s title is the PDF’s', () => {
  it('flags a DOI whose registry title is another paper’s, in words', () => {
    const record = crossrefRecord(PLOS)
    const pdf = paper({ type: 'article-journal', title: 'Gut microbiota and major depressive disorder', DOI: '10.1371/journal.pone.0033693' }, { title: from('layout'), DOI: from('identifier', 0.9) })
    const foreign = foreignPdfIdentifier(pdf, record)
    expect(foreign?.field).toBe('DOI')
    expect(foreign?.message).toBe(`The DOI 10.1371/journal.pone.0033693 printed in the PDF belongs to another paper ("${record.item.title}"): it was not kept.`)
  })

  it('accepts the same title with other typography or its subtitle dropped, and DOIs the user typed', () => {
    const record = crossrefRecord('works_10.1016_s0140-6736_20_31180-6.json')
    const main = 'Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19'
    const pdf = paper({ type: 'article-journal', title: main, DOI: record.item.DOI }, { title: from('layout'), DOI: from('identifier') })
    expect(foreignPdfIdentifier(pdf, record)).toBeNull()
    const typed = paper({ type: 'article-journal', title: 'Something else entirely here', DOI: record.item.DOI }, { DOI: from('user', 1) })
    expect(foreignPdfIdentifier(typed, record)).toBeNull()
  })
})
