import { describe, expect, it } from 'vitest'
import { importBibliography } from '../../../shared/formats'
import { corpusText, HAS_CORPUS } from './corpus'

describe.skipIf(!HAS_CORPUS)('BibTeX import of real files through citation-js', () => {
  it('reads the reference BibLaTeX sample, keeping @string journals, crossref and accents', () => {
    const result = importBibliography(corpusText('bibtex/biblatex/biblatex-examples.bib'))
    expect(result.format).toBe('bibtex')
    expect(result.entries.length).toBeGreaterThanOrEqual(90)
    // Three entries have \enquote*{} in their annotation: imported, with the LaTeX simplified and said so.
    expect(result.errors.every((error) => /is imported, but LaTeX in the field "annotation"/.test(error.message))).toBe(true)
    const glashow = result.entries.find((entry) => entry.citationKey === 'glashow')
    // "Nucl.~Phys." keeps its tie as a no-break space.
    expect(glashow?.item['container-title']).toBe('Nucl.\u00a0Phys.')
    const knuth = result.entries.find((entry) => entry.citationKey === 'knuth:ct:a')
    expect(knuth?.item.author?.[0]?.family).toBe('Knuth')
  })

  it('expands @string macros joined with #, and month macros', () => {
    const result = importBibliography(corpusText('bibtex/citation-js/input/string and preamble.bib'))
    expect(result.entries[0]?.item.title).toBe('Foobar')
    const months = importBibliography('@article{m, title = {T}, year = 2008, month = feb}')
    expect(months.entries[0]?.item.issued?.['date-parts']).toEqual([[2008, 2]])
  })

  it('lets crossref children inherit from their parent anywhere in the file', () => {
    const result = importBibliography(corpusText('bibtex/citation-js/input/crossref.bib'))
    const chapter = result.entries.find((entry) => entry.citationKey === 'c')
    expect(chapter?.item['container-title']).toBe('Bar')
    expect(chapter?.item['container-author']?.[0]?.family).toBe('Last')
  })

  it('turns LaTeX accents and commands into Unicode, and keeps braced group authors whole', () => {
    const result = importBibliography(String.raw`@article{a, author = {M{\"u}ller, Hans and {\'E}mile, Zola and {World Health Organization}}, title = {{\'\i}ndice de Gr{\"o}{\ss}e and TNF-$\alpha$ in \TeX}}`)
    const item = result.entries[0]?.item
    expect(item?.author?.map((name) => name.family)).toEqual(['Müller', 'Émile', 'World Health Organization'])
    expect(item?.title).toBe('índice de Größe and TNF-α in TeX')
  })

  it('reads UTF-16 and Windows-1252 files and entries without a key, as JabRef writes them', () => {
    for (const file of ['encoding-utf-16BE-with-header.bib', 'encoding-utf-16BE-without-header.bib', 'encoding-utf-8-without-header.bib']) {
      const result = importBibliography(corpusText(`bibtex/jabref/${file}`))
      expect(result.entries[0]?.item.title, file).toBe('Ü ist ein Umlaut')
      expect(result.entries[0]?.citationKey).toBeUndefined()
    }
    expect(importBibliography(corpusText('bibtex/jabref/encoding-windows-1252-with-header.bib')).entries[0]?.item.abstract).toBe('25° C')
  })

  it('reads every BibTeX file of the corpus, losing at most a handful of broken entries', () => {
    const files = ['bibtex/jabref/testbib/testjabref.bib', 'bibtex/jabref/testbib/complex.bib', 'bibtex/jabref/BibtexImporter.examples.bib']
    for (const file of files) {
      const result = importBibliography(corpusText(file))
      expect(result.entries.length, file).toBeGreaterThan(0)
      expect(result.errors.filter((error) => /skipped/.test(error.message)).length, file).toBe(0)
    }
  })
})

describe('malformed BibTeX entries', () => {
  const text = [
    '@article{good1, title = {First}, year = 2001}', // line 1
    '',
    '@article{missingcomma,', // line 3
    '  title = {Second}', // line 4
    '  year = 2002', // line 5: the comma before this field is missing
    '}',
    '@article{unclosed, title = {Third}', // line 7: never closed
    '@book{good2, title = {Fourth}, year = 2004}', // line 8
    '@article{badfield, title = {Fifth}, = {no name}}', // line 9
    '@article{good3, title = "Sixth", year = 2006}', // line 10
  ].join('\n')

  it('are skipped and reported with their line and a reason in words, while the rest imports', () => {
    const result = importBibliography(text)
    expect(result.entries.map((entry) => entry.citationKey)).toEqual(['good1', 'good2', 'good3'])
    expect(result.errors.map((error) => error.line)).toEqual([3, 7, 9])
    expect(result.errors[0]?.message).toMatch(/missingcomma.*a comma is missing before the field name on line 5/)
    expect(result.errors[1]?.message).toMatch(/never closed/)
    expect(result.errors[1]?.message).toMatch(/before the next entry/)
    expect(result.errors[2]?.message).toMatch(/badfield/)
  })

  it('keeps entries closed with ")" or with doubled commas, as citation-js and BibTeX accept them', () => {
    const result = importBibliography('@book{a,\n  title = "T",\n  year = 2021\n)\n@techreport{b, title = {R},  , number = {2}}')
    expect(result.errors).toEqual([])
    expect(result.entries.map((entry) => entry.item.title)).toEqual(['T', 'R'])
  })

  it('reports a broken @string and still imports the entries', () => {
    const result = importBibliography('@string{jn = {J. Neuroinflammation}\n@string{ok = "Brain Behav. Immun."}\n@article{x, journal = ok, title = {T}}')
    expect(result.entries[0]?.item['container-title']).toBe('Brain Behav. Immun.')
    expect(result.errors[0]?.line).toBe(1)
  })
})
