import { describe, expect, it } from 'vitest'
import { exportBibliography, importBibliography } from '../../../shared/formats'
import { importRis } from '../../../shared/formats/ris/read'
import { toRecords } from './corpus'

// Small records of our own: no corpus RIS file has these shapes (issue #16, item 8).
function onlyItem(text: string) {
  const result = importRis(text)
  expect(result.errors).toEqual([])
  expect(result.entries).toHaveLength(1)
  const [entry] = result.entries
  if (!entry) throw new Error('no entry')
  return entry.item
}

describe('RIS: line separators inside a value', () => {
  it('a U+2028 or U+2029 inside the title keeps the title and the type', () => {
    for (const separator of ['\u2028', '\u2029']) {
      const item = onlyItem(`TY  - JOUR\nTI  - Sleep and mood${separator}a cohort study\nAU  - Doe, Jane\nPY  - 2020\nER  - \n`)
      expect(item).toMatchObject({ type: 'article-journal', title: 'Sleep and mood a cohort study', author: [{ family: 'Doe', given: 'Jane' }] })
    }
  })

  it('a separator at the end of the type line does not change the type', () => {
    expect(onlyItem('TY  - BOOK\u2029\nTI  - A book\nER  - \n')).toMatchObject({ type: 'book', title: 'A book' })
  })

  it('detection and import of a whole file with separators agree', () => {
    const result = importBibliography('TY  - CHAP\nTI  - Chapter\u2028one\nT2  - The book\nER  - \n')
    expect(result.format).toBe('ris')
    expect(result.entries[0]?.item).toMatchObject({ type: 'chapter', title: 'Chapter one', 'container-title': 'The book' })
  })
})

describe('RIS: authors keep the order of the record across AU and A1', () => {
  it('A1 before AU, interleaved', () => {
    const item = onlyItem('TY  - JOUR\nTI  - T\nA1  - First, Ann\nAU  - Second, Bob\nA1  - Third, Cy\nAU  - Fourth, Di\nER  - \n')
    expect(item.author?.map((name) => name.family)).toEqual(['First', 'Second', 'Third', 'Fourth'])
  })

  it('editors from A2 and ED keep their order too, apart from the authors', () => {
    const item = onlyItem('TY  - CHAP\nTI  - T\nED  - One, E\nAU  - Writer, W\nA2  - Two, E\nER  - \n')
    expect(item.editor?.map((name) => name.family)).toEqual(['One', 'Two'])
    expect(item.author?.map((name) => name.family)).toEqual(['Writer'])
  })
})

describe('RIS: several URLs on one UR line', () => {
  it('"a; b" gives the URL a (without its ";") and keeps b in the note', () => {
    const item = onlyItem('TY  - JOUR\nTI  - T\nUR  - https://example.org/a; https://example.org/b\nER  - \n')
    expect(item.URL).toBe('https://example.org/a')
    expect(item.note).toBe('https://example.org/b')
  })

  it('";" without a space, whitespace, a DOI link and a note of its own', () => {
    const item = onlyItem('TY  - JOUR\nTI  - T\nN1  - Read twice\nUR  - https://doi.org/10.1000/xyz;https://example.org/a https://example.org/b;\nER  - \n')
    expect(item).toMatchObject({ DOI: '10.1000/xyz', URL: 'https://example.org/a', note: 'Read twice\nhttps://example.org/b' })
  })

  it('a ";" inside a URL (session ids) is part of the URL', () => {
    const item = onlyItem('TY  - JOUR\nTI  - T\nUR  - https://example.org/view;jsessionid=ABC123?id=4\nER  - \n')
    expect(item.URL).toBe('https://example.org/view;jsessionid=ABC123?id=4')
    expect(item.note).toBeUndefined()
  })

  it('the URLs survive an export and a second import unchanged', () => {
    const first = importRis('TY  - JOUR\nTI  - T\nUR  - https://example.org/a; https://example.org/b\nER  - \n')
    const again = importRis(exportBibliography(toRecords(first), 'ris'))
    expect(again.entries[0]?.item).toMatchObject({ URL: 'https://example.org/a', note: 'https://example.org/b' })
  })
})

describe('RIS: a publication date that is no date', () => {
  it('"in press", "Forthcoming" and "n.d." in PY, DA or Y1 are kept as a literal date', () => {
    expect(onlyItem('TY  - JOUR\nTI  - T\nPY  - in press\nER  - \n').issued).toEqual({ literal: 'in press' })
    expect(onlyItem('TY  - JOUR\nTI  - T\nDA  - Forthcoming\nER  - \n').issued).toEqual({ literal: 'Forthcoming' })
    expect(onlyItem('TY  - JOUR\nTI  - T\nY1  - n.d.///\nER  - \n').issued).toEqual({ literal: 'n.d.' })
  })

  it('a year of zeros (an unknown year, as ris-10.ris of the Zotero translators has it) is no date, not the word "0000"', () => {
    expect(onlyItem('TY  - JOUR\nT2  - Prostate Cancer Mortality Statistics 2015\nPY  - 0000\nER  - \n').issued).toBeUndefined()
  })

  it('a real date elsewhere in the record wins over the words', () => {
    expect(onlyItem('TY  - JOUR\nTI  - T\nPY  - in press\nDA  - 2021/03/04/\nER  - \n').issued).toEqual({ 'date-parts': [[2021, 3, 4]] })
  })

  it('is written back in RIS PY and in BibTeX and BibLaTeX year', () => {
    const records = toRecords(importRis('TY  - JOUR\nTI  - T\nAU  - Doe, Jane\nPY  - in press\nER  - \n'))
    const ris = exportBibliography(records, 'ris')
    expect(ris).toContain('PY  - in press\n')
    expect(importRis(ris).entries[0]?.item.issued).toEqual({ literal: 'in press' })
    expect(exportBibliography(records, 'bibtex')).toMatch(/year = \{in press\}/)
    expect(exportBibliography(records, 'biblatex')).toMatch(/year = \{in press\}/)
  })
})
