import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { issuedYear } from '../../../shared/domain/csl'
import { exportBibliography, formatBibliography, importBibliography, type ExportRecord } from '../../../shared/formats'
import { exportWarnings } from '../../../shared/formats/bibtex/fields'
import { summarisePaper } from '../../../shared/search'
import { biberEntries, HAS_BIBER } from './biber'
import { corpusText, HAS_CORPUS } from './corpus'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'formats')
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8')

function records(bib: string): ExportRecord[] {
  const result = importBibliography(bib)
  expect(result.errors).toEqual([])
  return result.entries.map((entry) => ({ item: entry.item, citationKey: entry.citationKey ?? '' }))
}

function issued(bib: string): Record<string, unknown> {
  return Object.fromEntries(records(bib).map((record) => [record.citationKey, record.item.issued?.['date-parts']]))
}

// biber writes an open end as `1996-01-01/`; AxisRef writes EDTF's `1996-01-01/..`, which biber reads the same.
const biberDate = (value: string | undefined) => value?.replace(/\/\.\.$/, '/')

describe('date ranges (issue 16, item 1)', () => {
  it('keeps entries whose date is a range or open-ended, as two date-parts', () => {
    expect(issued(fixture('date-ranges.bib'))).toEqual({
      open: [
        [1996, 1, 1],
        [0, 0, 0],
      ],
      slash: [[2006], [0]],
      closed: [
        [1996, 12, 10],
        [1996, 12, 12],
      ],
      years: [[1984], [1986]],
    })
  })

  it.skipIf(!HAS_CORPUS)('keeps the ranges of the corpus files', () => {
    expect(issued(corpusText('bibtex/citation-js/input/date-range.bib'))).toEqual({ b: [[2016], [2017]] })
  })

  it('writes ranges back as ranges: BibLaTeX date, BibTeX year span beside a date, CSL-JSON date-parts', () => {
    const bib = fixture('date-ranges.bib')
    const biblatex = exportBibliography(records(bib), 'biblatex')
    expect(biblatex).toContain('date = {1996-01-01/..}')
    expect(biblatex).toContain('date = {2006/..}')
    expect(biblatex).toContain('date = {1996-12-10/1996-12-12}')
    expect(biblatex).toContain('date = {1984/1986}')
    const bibtex = exportBibliography(records(bib), 'bibtex')
    expect(bibtex).toContain('year = {1984--1986}')
    expect(bibtex).toContain('year = {1996--}')
    expect(bibtex).toContain('date = {1996-12-10/1996-12-12}')
    // Each export reads back to the same ranges.
    expect(issued(biblatex)).toEqual(issued(bib))
    expect(issued(bibtex)).toEqual(issued(bib))
    expect(issued(exportBibliography(records(bib), 'csl-json'))).toEqual(issued(bib))
    const ris = exportBibliography(records(bib), 'ris')
    expect(ris).toContain('DA  - 1996/12/10/')
    expect(ris).toContain('PY  - 1984')
  })

  it('formats, and gives the year of, a range and an open range', () => {
    const all = records(fixture('date-ranges.bib'))
    expect(all.map((record) => issuedYear(record.item))).toEqual([1996, 2006, 1996, 1984])
    // The library's year column and its sort read the summary's year: the range's start.
    const summaryYears = all.map(({ item, citationKey }) => summarisePaper({ id: citationKey, citationKey, csl: item, addedAt: 1, modifiedAt: 1, axisNodes: [], tags: [], collections: [] }, { hasPdf: false, hasFullText: false, hasNotes: false }).year)
    expect(summaryYears).toEqual([1996, 2006, 1996, 1984])
    const text = formatBibliography(all, { style: 'apa', format: 'text' })
    const formatted = text.ok ? text.value : text.error.message
    expect(formatted).toContain('Doe, J. (2006–).')
    expect(formatted).toContain('Poe, E. (1984–1986).')
    expect(formatted).toContain('Roe, R. (1996, December 10–12).')
    // APA prints a web page's day too; the open end follows the year.
    expect(formatted).toContain('Smith, J. (1996–')
  })

  it.skipIf(!HAS_BIBER)('keeps the entries and dates biber keeps (biber --tool is the reference)', () => {
    const bib = fixture('date-ranges.bib')
    const reference = biberEntries(bib)
    const exported = biberEntries(exportBibliography(records(bib), 'biblatex'))
    expect([...exported.keys()]).toEqual([...reference.keys()])
    for (const [key, entry] of reference) expect(biberDate(exported.get(key)?.fields.date), key).toBe(entry.fields.date)
  })
})

describe('BibLaTeX export keeps years, thesis types and article types (issue 16, item 7)', () => {
  it('keeps a @periodical a @periodical, so an article that crossrefs it still finds its journal', () => {
    const source = '@periodical{e, title = {Foo}}\n@article{f, crossref = {e}, title = {Bar}, author = {Roe, Ann}, year = 2001}'
    const records = importBibliography(source).entries.map((entry, index): ExportRecord => ({ item: entry.item, extension: entry.extension, citationKey: entry.citationKey ?? `k${index}` }))
    const written = exportBibliography(records, 'biblatex')
    expect(written).toContain('@periodical{e,')
    const again = importBibliography(written).entries.find((entry) => entry.citationKey === 'f')
    expect(again?.item['container-title']).toBe('Foo')
  })

  const bib = () => fixture('years-types-journals.bib')

  it('writes a year that is no date back as it came', () => {
    const biblatex = exportBibliography(records(bib()), 'biblatex')
    expect(biblatex).toMatch(/@article\{review,[^@]*year = \{Under Review\}/)
    expect(biblatex).toMatch(/@article\{press,[^@]*year = \{in press\}/)
  })

  it('writes such a year into RIS as it came', () => {
    const ris = exportBibliography(records(bib()), 'ris')
    expect(ris).toContain('PY  - Under Review')
    expect(ris).toContain('PY  - in press')
  })

  it('keeps a publication state read from pubstate', () => {
    const state = '@article{s, author = {A, B}, title = {T}, journaltitle = {J}, pubstate = {submitted}, date = {2000}}'
    expect(exportBibliography(records(state), 'biblatex')).toContain('pubstate = {submitted}')
  })

  it("keeps the user's thesis and report type text", () => {
    const biblatex = exportBibliography(records(bib()), 'biblatex')
    expect(biblatex).toMatch(/@thesis\{thesis,[^@]*type = \{博士\}/)
    expect(exportBibliography(records(bib()), 'bibtex')).toMatch(/@phdthesis\{thesis,[^@]*type = \{博士\}/)
    const plain = '@phdthesis{p, author = {A, B}, title = {T}, school = {S}, year = {2000}}\n@techreport{r, author = {A, B}, title = {T}, institution = {S}, year = {2000}, type = {Working Paper}}'
    expect(exportBibliography(records(plain), 'biblatex')).toMatch(/@thesis\{p,[^@]*type = \{phdthesis\}[^@]*@report\{r,[^@]*type = \{Working Paper\}/)
    // BibTeX's @phdthesis says "PhD thesis" itself: a key in its type would be printed as text.
    expect(exportBibliography(records(plain), 'bibtex')).not.toContain('type = {phdthesis}')
  })

  it('keeps an @article without a journal an @article, and warns', () => {
    const all = records(bib())
    expect(exportBibliography(all, 'biblatex')).toContain('@article{nojournal,')
    expect(exportBibliography(all, 'bibtex')).toContain('@article{nojournal,')
    const warnings = all.flatMap((record) => exportWarnings(record.item, record.citationKey, 'biblatex'))
    expect(warnings).toEqual([expect.stringMatching(/^@article\{nojournal\} has no journal/)])
  })

  it.skipIf(!HAS_BIBER)('keeps the entries, types, years and thesis types biber keeps (biber --tool is the reference)', () => {
    const reference = biberEntries(bib())
    const exported = biberEntries(exportBibliography(records(bib()), 'biblatex'))
    expect([...exported.keys()]).toEqual([...reference.keys()])
    for (const [key, entry] of reference) {
      const mine = exported.get(key)
      expect(mine?.type, key).toBe(entry.type)
      expect(mine?.fields.date, key).toBe(entry.fields.date)
      expect(mine?.fields.type, key).toBe(entry.fields.type)
    }
  })
})
