import { describe, expect, it } from 'vitest'
import { detectFormat, importBibliography } from '../../../shared/formats'
import { corpusText, HAS_CORPUS } from './corpus'

describe.skipIf(!HAS_CORPUS)('import of RIS, PubMed, EndNote and CSL-JSON corpus files', () => {
  it('RIS: joins wrapped titles and keeps keywords as a list', () => {
    const result = importBibliography(corpusText('ris/zotero-translators/ris-01.ris'))
    const entry = result.entries[0]
    expect(result.format).toBe('ris')
    expect(entry?.item.title).toBe('Blood-brain barrier breach following cortical contusion in the rat')
    expect(entry?.item.author?.map((name) => name.family)).toEqual(['Baldwin', 'Fugaccia', 'Brown', 'Brown', 'Scheff'])
    expect(entry?.item.page).toBe('476-481')
    expect(entry?.extension.keywords).toContain('blood-brain barrier')
  })

  it('RIS: fields before any TY line are reported with their line, not guessed into a record', () => {
    const result = importBibliography(corpusText('ris/jabref/RisImporterCorrupted.ris'))
    expect(result.format).toBe('ris')
    expect(result.entries).toEqual([])
    expect(result.errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/outside a record/) })
  })

  it('PubMed XML: PMID, DOI, ISSN, language and MeSH headings with their major-topic flags', () => {
    const result = importBibliography(corpusText('pubmed/zotero-translators/pubmed-xml-01.xml'))
    expect(result.format).toBe('pubmed-xml')
    expect(result.entries).toHaveLength(2)
    const [first] = result.entries
    expect(first?.item).toMatchObject({ PMID: '18157122', DOI: '10.1038/nchembio.2007.59', ISSN: '1552-4469', language: 'en', page: '132-142' })
    expect(first?.item.title).toBe('High-content single-cell drug screening with phosphospecific flow cytometry')
    expect(first?.item.issued?.['date-parts']).toEqual([[2008, 2]])
    expect(first?.extension.mesh).toContainEqual({ descriptor: 'Flow Cytometry', major: false, qualifiers: [{ name: 'methods', major: true }] })
  })

  it('PubMed XML: a malformed record is reported with its line', () => {
    const result = importBibliography(corpusText('pubmed/jabref/MedlineImporterTestMalformedEntry.xml'))
    expect(result.entries).toEqual([])
    expect(result.errors[0]?.message).toMatch(/malformed/)
    expect(result.errors[0]?.line).toBeGreaterThan(1)
  })

  it('MEDLINE (.nbib): full names, month from DP, PMCID, MeSH and book chapters', () => {
    const result = importBibliography(corpusText('pubmed/zotero-translators/medlinenbib-02.nbib'))
    expect(result.format).toBe('medline')
    const [article, chapter] = result.entries
    expect(article?.item).toMatchObject({ PMID: '8692918', PMCID: 'PMC38908', issue: '14', page: '6913-6917' })
    expect(article?.item.issued?.['date-parts']).toEqual([[1996, 7, 9]])
    expect(article?.item.author?.[0]).toMatchObject({ family: 'Raaij', 'non-dropping-particle': 'van' })
    expect(article?.extension.mesh?.length).toBeGreaterThan(5)
    expect(chapter?.item).toMatchObject({ type: 'chapter', title: 'Peutz-Jeghers Syndrome', 'container-title': 'Cancer Syndromes' })
    expect(chapter?.extension.publicationTypes).toEqual(['Book Chapter'])
  })

  it('MEDLINE: starred MeSH terms become major topics', () => {
    const result = importBibliography(corpusText('pubmed/jabref/MedlinePlainImporterTestMultipleEntries.txt'))
    expect(result.entries[0]?.extension.mesh).toContainEqual({ descriptor: 'Women, Working', major: false, qualifiers: [{ name: 'history', major: true }, { name: 'psychology', major: false }] })
  })

  it('EndNote XML: style runs joined, PMID from the accession number, one keyword per element', () => {
    const result = importBibliography(corpusText('endnote/jabref/EndnoteXmlImporterTestArticle.xml'))
    const entry = result.entries[0]
    expect(result.format).toBe('endnote-xml')
    expect(entry?.item).toMatchObject({ PMID: '25647015', DOI: '10.1038/bjc.2014.606', 'container-title': 'Br J Cancer', volume: '112' })
    expect(entry?.item.issued?.['date-parts']).toEqual([[2015, 3, 3]])
    expect(entry?.extension.keywords).toContain('Aged, 80 and over')
  })

  it('EndNote tagged (.enw) and CSL-JSON', () => {
    const enw = importBibliography(corpusText('endnote/jabref/Endnote.book.example.enw'))
    expect(enw.format).toBe('endnote-tagged')
    expect(enw.entries[0]?.item).toMatchObject({ type: 'book', ISBN: '978-3-86490-311-3', publisher: 'dpunkt.verlag' })
    expect(enw.entries[0]?.item.author?.[0]?.family).toBe('Preißel')
    const csl = importBibliography(corpusText('csl-json/zotero-translators/csl-json-01.json'))
    expect(csl.format).toBe('csl-json')
    expect(csl.entries[0]?.item.title).toBe('Stochastic biomathematical models: With applications to neuronal modeling')
  })
})

describe('CSL-JSON import', () => {
  it('reports an invalid item with its line and keeps the others', () => {
    const text = '[\n  {"id": "a", "type": "book", "title": "Good"},\n  {"id": "b", "type": "book", "title": 42, "author": "nobody"},\n  {"id": "c", "title": "No type"}\n]'
    const result = importBibliography(text)
    expect(result.entries.map((entry) => entry.citationKey)).toEqual(['a', 'c'])
    expect(result.entries[1]?.item.type).toBe('document')
    expect(result.errors).toEqual([{ line: 3, message: expect.stringMatching(/CSL-JSON item is skipped/) }])
  })

  it('isolates an item that is not even valid JSON', () => {
    const result = importBibliography('[\n{"id": "a", "type": "book"},\n{"id": "b", "type": },\n{"id": "c", "type": "book"}\n]')
    expect(result.entries.map((entry) => entry.citationKey)).toEqual(['a', 'c'])
    expect(result.errors[0]?.line).toBe(3)
  })
})

describe('format detection from content', () => {
  it.each([
    ['@article{a, title={T}}', 'bibtex'],
    ['TY  - JOUR\nTI  - T\nER  - ', 'ris'],
    ['PMID- 123\nTI  - T', 'medline'],
    ['<?xml version="1.0"?>\n<PubmedArticleSet><PubmedArticle></PubmedArticle></PubmedArticleSet>', 'pubmed-xml'],
    ['<xml><records><record><ref-type name="Book">6</ref-type></record></records></xml>', 'endnote-xml'],
    ['[{"id": "a", "type": "book"}]', 'csl-json'],
    ['%0 Journal Article\n%T Title\n%A Maes, M.', 'endnote-tagged'],
  ])('%s… is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format)
  })

  it('says so when a file is in no supported format', () => {
    const result = importBibliography('just some notes\nabout depression')
    expect(result.format).toBe('unknown')
    expect(result.errors[0]?.message).toMatch(/not in a format AxisRef reads/)
  })
})
