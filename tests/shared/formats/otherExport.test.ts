import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, exportBibliography, importBibliography, type ExportRecord } from '../../../shared/formats'
import { corpusText, HAS_CORPUS, toRecords } from './corpus'

const record: ExportRecord = {
  citationKey: 'maes2008gut',
  item: {
    id: 'x',
    type: 'article-journal',
    title: 'The gut-brain barrier in major depression',
    author: [
      { family: 'Maes', given: 'Michael' },
      { family: 'Kubera', given: 'Marta' },
    ],
    'container-title': 'Neuro Endocrinology Letters',
    'container-title-short': 'Neuro Endocrinol Lett',
    issued: { 'date-parts': [[2008, 2, 15]] },
    volume: '29',
    issue: '1',
    page: '117-124',
    DOI: '10.1016/j.bbi.2008.01.001',
    PMID: '18283240',
    PMCID: 'PMC1234567',
    ISSN: '0172-780X',
    abstract: 'Leaky gut.',
    language: 'en',
  },
  extension: {
    keywords: ['depression', 'Aged, 80 and over'],
    mesh: [{ descriptor: 'Depressive Disorder, Major', major: true, qualifiers: [{ name: 'immunology', major: false }] }],
    publicationTypes: ['Journal Article'],
  },
}

describe('export to every format reads back the same record', () => {
  it.each(EXPORT_FORMATS)('%s', (format) => {
    const text = exportBibliography([record], format)
    const back = importBibliography(text)
    expect(back.errors).toEqual([])
    const item = back.entries[0]?.item
    expect(item?.title).toBe(record.item.title)
    expect(item?.author?.map((name) => name.family)).toEqual(['Maes', 'Kubera'])
    expect(item).toMatchObject({ DOI: record.item.DOI, PMID: '18283240', 'container-title': 'Neuro Endocrinology Letters', volume: '29', issue: '1' })
    expect(item?.issued?.['date-parts']?.[0]?.[0]).toBe(2008)
    expect(back.entries[0]?.extension.keywords).toEqual(['depression', 'Aged, 80 and over'])
  })
})

describe('format specifics', () => {
  it('RIS: one tag per line, year and full date, PMID as PubMed accession number, ER at the end', () => {
    const text = exportBibliography([record], 'ris')
    expect(text.split('\n').slice(0, 2)).toEqual(['TY  - JOUR', 'ID  - maes2008gut'])
    expect(text).toContain('PY  - 2008\nDA  - 2008/02/15/\n')
    expect(text).toContain('SP  - 117\nEP  - 124\n')
    expect(text).toContain('AN  - 18283240\nDB  - PubMed\nC2  - PMC1234567\n')
    expect(text.trimEnd().endsWith('ER  -')).toBe(true)
    const fields = text.split('\n').filter((line) => line && !line.startsWith('ER'))
    expect(fields.every((line) => /^[A-Z][A-Z0-9] {2}- \S/.test(line))).toBe(true)
  })

  it('CSL-JSON: the key as id and citation-key, MeSH and publication types under custom.axisref', () => {
    const items: unknown = JSON.parse(exportBibliography([record], 'csl-json'))
    expect(items).toEqual([expect.objectContaining({ id: 'maes2008gut', 'citation-key': 'maes2008gut', PMCID: 'PMC1234567', custom: { axisref: record.extension } })])
    const back = importBibliography(exportBibliography([record], 'csl-json')).entries[0]
    expect(back?.extension).toEqual(record.extension)
    expect(back?.citationKey).toBe('maes2008gut')
  })

  it('MEDLINE: MeSH with major-topic stars and the DOI as a [doi] LID', () => {
    const text = exportBibliography([record], 'medline')
    expect(text).toContain('MH  - *Depressive Disorder, Major/immunology')
    expect(text).toContain('LID - 10.1016/j.bbi.2008.01.001 [doi]')
    expect(importBibliography(text).entries[0]?.extension.mesh).toEqual(record.extension?.mesh)
  })
})

describe.skipIf(!HAS_CORPUS)('corpus round trips', () => {
  it('PubMed XML → RIS → import keeps titles, authors, DOIs and PMIDs of every record', () => {
    const original = importBibliography(corpusText('pubmed/zotero-translators/pubmed-xml-01.xml'))
    const back = importBibliography(exportBibliography(toRecords(original), 'ris'))
    expect(back.entries.map((entry) => [entry.item.title, entry.item.author?.length, entry.item.DOI, entry.item.PMID])).toEqual(
      original.entries.map((entry) => [entry.item.title, entry.item.author?.length, entry.item.DOI, entry.item.PMID]),
    )
  })
})
