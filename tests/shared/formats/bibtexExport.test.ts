import { describe, expect, it } from 'vitest'
import { exportBibliography, importBibliography, type CslItem, type ExportRecord } from '../../../shared/formats'
import { bracesBalanced, encodeLatex } from '../../../shared/formats/bibtex/latex'
import { encodeTitle, isCaseSensitiveWord } from '../../../shared/formats/bibtex/protect'
import { corpusFiles, corpusText, HAS_CORPUS, toRecords } from './corpus'

const maes: CslItem = {
  id: 'x',
  type: 'article-journal',
  title: 'The gut-brain barrier in major depression: increased translocation of LPS from gram negative enterobacteria, IL-6 and TNF-α',
  author: [
    { family: 'Maes', given: 'Michael' },
    { family: 'Müller', given: 'Jürgen' },
    { literal: 'World Health Organization' },
    { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' },
    { family: 'Smith', given: 'John', suffix: 'Jr.' },
  ],
  'container-title': 'Neuro Endocrinology Letters',
  issued: { 'date-parts': [[2008, 2]] },
  volume: '29',
  issue: '',
  page: '117–124',
  DOI: '10.1016/j.bbi.2008.01.001',
  PMID: '18283240',
  abstract: '50% of patients & 10$ more_ {braces} ~ ^ \\ <tags>',
}

function bib(item: CslItem, dialect: 'bibtex' | 'biblatex' = 'bibtex'): string {
  return exportBibliography([{ item, citationKey: 'maes2008gut' }], dialect)
}

describe('BibTeX title protection', () => {
  it('braces acronyms, gene and cytokine names as written, and leaves ordinary words alone', () => {
    const title = encodeTitle(maes.title ?? '')
    expect(title).toContain('{LPS}')
    expect(title).toContain('{IL-6}')
    expect(title).toContain('{TNF-{$\\alpha$}}')
    expect(title).toContain('gut-brain barrier in major depression')
  })

  it('applies one rule: a capital after the first letter of a part, a capital with a digit or Greek letter, a lone capital before a hyphen', () => {
    for (const word of ['LPS', 'IL-6', 'IFN-γ', 'NF-κB', 'mRNA', 'CD4+', 'Th17', 'Aβ', 'T-cell', 'McEwen', '5-HT']) expect(isCaseSensitiveWord(word), word).toBe(true)
    for (const word of ['depression', 'Depression', 'gut-brain', 'Open-Source', 'α-synuclein', 'p53']) expect(isCaseSensitiveWord(word), word).toBe(false)
  })

  it('protects proper nouns in sentence-case titles but not the words of a Title Case title', () => {
    expect(encodeTitle('Microglia in Alzheimer disease and Toll-like receptors')).toBe('Microglia in {Alzheimer} disease and {Toll-like} receptors')
    expect(encodeTitle('The Chemistry Development Kit (CDK): An Open-Source Java Library')).toBe('The Chemistry Development Kit ({CDK}): An Open-Source Java Library')
  })

  it('turns CSL inline markup into LaTeX and nocase spans into braces', () => {
    expect(encodeTitle('<i>Escherichia coli</i> and <span class="nocase">iPSC</span> in 10<sup>6</sup> cells')).toBe('\\textit{Escherichia coli} and {iPSC} in 10\\textsuperscript{6} cells')
  })
})

describe('BibTeX encoding', () => {
  it('writes accented letters as BibTeX special characters and escapes LaTeX syntax', () => {
    expect(encodeLatex('Müller Øster Łódź ß')).toBe('M{\\"u}ller {\\O}ster {\\L}{\\\'o}d{\\\'z} {\\ss}')
    expect(encodeLatex('50% & $ # _ { } ~ ^ \\')).toBe('50\\% \\& \\$ \\# \\_ {\\textbraceleft} {\\textbraceright} {\\textasciitilde} {\\textasciicircum} {\\textbackslash}')
    expect(encodeLatex('Ⅷ')).toBe('Ⅷ')
  })

  it('writes an entry with months as macros, pages with --, names in BibTeX order and no empty field', () => {
    const text = bib(maes)
    expect(text).toMatch(/^@article\{maes2008gut,\n/)
    expect(text).toContain('  author = {Maes, Michael and M{\\"u}ller, J{\\"u}rgen and {World Health Organization} and van Gogh, Vincent and Smith, Jr., John},\n')
    expect(text).toContain('  month = feb,\n')
    expect(text).toContain('  pages = {117--124},\n')
    expect(text).toContain('  pmid = {18283240}')
    expect(text).not.toMatch(/= \{\}/)
    expect(text).not.toContain('number =')
    expect(text).toMatch(/^[\t\n\r\x20-\x7e]*$/)
  })

  it('writes BibLaTeX dates, journaltitle and the PMID as a pubmed eprint', () => {
    const text = bib(maes, 'biblatex')
    expect(text).toContain('  date = {2008-02},\n')
    expect(text).toContain('  journaltitle = {Neuro Endocrinology Letters},\n')
    expect(text).toContain('  eprint = {18283240},\n  eprinttype = {pubmed}')
  })

  it('reads back what it writes', () => {
    const back = importBibliography(bib(maes)).entries[0]?.item
    expect(back?.title).toBe(maes.title)
    expect(back?.author?.map((name) => name.literal ?? name.family)).toEqual(['Maes', 'Müller', 'World Health Organization', 'Gogh', 'Smith'])
    expect(back?.abstract).toBe(maes.abstract)
    expect(back).toMatchObject({ PMID: '18283240', DOI: '10.1016/j.bbi.2008.01.001', page: '117-124' })
  })
})

describe.skipIf(!HAS_CORPUS)('BibTeX export of the corpus', () => {
  it('encodes every accented and Greek letter, balances braces in every value, and re-imports every entry', () => {
    const files = corpusFiles('pubmed').filter((file) => /\.(xml|nbib|txt)$/.test(file))
    const records: ExportRecord[] = files.flatMap((file) => toRecords(importBibliography(corpusText(file))))
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      const text = exportBibliography(records, dialect)
      const values = [...text.matchAll(/^ {2}\w+ = \{(.*)\},?$/gm)].map((match) => match[1] ?? '')
      expect(values.every(bracesBalanced)).toBe(true)
      // Accented Latin and Greek always have LaTeX names; a letter LaTeX has no name for
      // (here Ɛ, Latin open E) stays UTF-8 rather than being dropped from an author's name.
      const residue = text.match(/[^\t\n\r\x20-\x7e]/g) ?? []
      expect(residue.filter((char) => /[\u00c0-\u017f\u0370-\u03ff]/.test(char))).toEqual([])
      expect(residue.length).toBeLessThan(3)
      const back = importBibliography(text)
      expect(back.errors).toEqual([])
      expect(back.entries).toHaveLength(records.length)
    }
  })
})
