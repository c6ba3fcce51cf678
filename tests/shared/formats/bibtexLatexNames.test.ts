import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportBibliography, importBibliography, type CslName, type ImportResult } from '../../../shared/formats'
import { corpusText, HAS_CORPUS, toRecords } from './corpus'

/** Issue #16 items 4 and 6: LaTeX commands decoded as biber does, and names kept on export. */

const LATEX = String.raw`@article{latex,
  author = {Jean-Pierre {\relax JP} Dupont and Franc{\ocirc{u}}, Jan and Krej{\v{c}}{\'{\i}}, Pavel},
  title = {Se\~{n}or and Se\~nor, a tilde \~{} alone, {\~} in braces, x\relax y, \ocirc{u}, \unknowncommand{kept} text and $\langle{}00\overline{1}\rangle$ InAs, pre\-Columbian, radix-2\(^k\)},
  journal = {Journal},
  note = {Home page at http://example.org/\~{}smith},
  year = {2000},
}
`

const NAMES = String.raw`@book{names,
  author = {firstname {lastname} and {\v S}imon Smith and {\'E}mile Zola and Jean {de la Fontaine} and {{Society for Industrial and Applied Mathematics}} and Knuth, D. E. and Tolkien, J.R.R. and Smith, J.~R. and {Barnes and Noble} and Jones, Jr., {} and {}, Nobody},
  title = {Names},
  publisher = {{Society for Industrial and Applied Mathematics}},
  year = {2001},
}
`

function only(result: ImportResult) {
  expect(result.errors).toEqual([])
  const [entry] = result.entries
  if (!entry) throw new Error('no entry imported')
  return entry.item
}

function roundTrip(source: string, dialect: 'bibtex' | 'biblatex'): { exported: string; again: ImportResult } {
  const exported = exportBibliography(toRecords(importBibliography(source)), dialect)
  return { exported, again: importBibliography(exported) }
}

describe('LaTeX commands in BibTeX fields and names (issue #16, item 4)', () => {
  it('decodes \\relax as nothing, accents with or without braces or argument, and unknown commands to their argument', () => {
    const item = only(importBibliography(LATEX))
    expect(item.author).toEqual([
      { family: 'Dupont', given: 'Jean-Pierre JP' },
      { family: 'Franců', given: 'Jan' },
      { family: 'Krejčí', given: 'Pavel' },
    ])
    expect(item.title).toBe('Señor and Señor, a tilde ~ alone, ~ in braces, xy, ů, kept text and ⟨001̅⟩ InAs, pre\u00ADColumbian, radix-2<sup>k</sup>')
    expect(item.note).toBe('Home page at http://example.org/~smith')
  })

  it('reads `\\\\` before a brace as a backslash without escaping the brace, so the field is kept', () => {
    const result = importBibliography('@article{k, title = {A \\\\{} b}, author = {Roe, Ann}, year = 2001}')
    expect(result.errors).toEqual([])
    expect(result.entries[0]?.item.title).toBe('A \\ b')
  })

  it('keeps two hyphens of a title two hyphens through export (not the en dash `--` is to LaTeX), and pages a range', () => {
    const item = { id: 'k', type: 'article-journal' as const, title: 'Epitopes of beta-(1-->4)-galactosyltransferase-1', page: '117-124', author: [{ family: 'Roe', given: 'Ann' }] }
    for (const format of ['bibtex', 'biblatex'] as const) {
      const written = exportBibliography([{ item, citationKey: 'k' }], format)
      expect(written).toContain('pages = {117--124}')
      expect(importBibliography(written).entries[0]?.item.title).toBe('Epitopes of beta-(1-->4)-galactosyltransferase-1')
    }
  })

  it('keeps the micro sign and the Greek letter mu apart through export, as Better BibTeX writes them', () => {
    const item = { id: 'k', type: 'article-journal' as const, title: 'The μPC4570 is not a 1µF capacitor', author: [{ family: 'Roe', given: 'Ann' }] }
    const written = exportBibliography([{ item, citationKey: 'k' }], 'biblatex')
    expect(written).toContain('{\\textmu}F')
    expect(importBibliography(written).entries[0]?.item.title).toBe(item.title)
  })

  it('never exports a command of the source as escaped text, and reads its export back unchanged', () => {
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      const { exported, again } = roundTrip(LATEX, dialect)
      expect(exported).not.toContain('\\textbackslash')
      expect(only(again)).toMatchObject({ author: only(importBibliography(LATEX)).author, title: only(importBibliography(LATEX)).title })
    }
  })

  it.skipIf(!HAS_CORPUS)('decodes the corpus cases that kept \\ocirc, \\overline and an escaped backslash as text', () => {
    const mathSciNet = only(importBibliography(corpusText('bibtex/bbt-import/BibTeX import; preamble with def create problems #732.bib')))
    expect(mathSciNet.author?.map((name) => name.family)).toEqual(['Franců', 'Krejčí'])
    const nanowires = only(importBibliography(corpusText('bibtex/bbt-import/Import of langle and rangle TeX commands #1468.bib')))
    expect(nanowires.title).toContain('⟨001̅⟩ InAs')
    // `Swe{\\i}g`: biber (and Zotero) read a literal backslash before the command \i.
    const strings = importBibliography(corpusText('bibtex/zotero-translators/bibtex-19.bib'))
    expect(strings.entries[0]?.item.author?.map((name) => name.family)).toEqual(['Swe\\ıg', 'D\\écoret'])
  })
})

describe('names on BibTeX export (issue #16, item 6)', () => {
  const expected: CslName[] = [
    { family: 'lastname', 'non-dropping-particle': 'firstname' },
    { family: 'Smith', given: 'Šimon' },
    { family: 'Zola', given: 'Émile' },
    { family: 'de la Fontaine', given: 'Jean' },
    { family: 'Society for Industrial and Applied Mathematics' },
    { family: 'Knuth', given: 'D. E.' },
    { family: 'Tolkien', given: 'J.R.R.' },
    { family: 'Smith', given: 'J. R.' },
    { family: 'Barnes and Noble' },
    { family: 'Jones', suffix: 'Jr.' },
    { given: 'Nobody' },
  ]

  it('reads a von-only name, an accented first name and braced parts as BibTeX splits them', () => {
    expect(only(importBibliography(NAMES)).author).toEqual(expected)
  })

  it('keeps every part, the initials with their periods and corporate names whole through BibTeX and BibLaTeX', () => {
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      const { exported, again } = roundTrip(NAMES, dialect)
      expect(only(again).author).toEqual(expected)
      expect(only(again).publisher).toBe('Society for Industrial and Applied Mathematics')
      expect(exported).toContain('firstname {lastname}')
      expect(exported).toContain('{Society for Industrial and Applied Mathematics}')
    }
  })
})

const HAS_BIBER = (() => {
  try {
    execFileSync('biber', ['--version'], { stdio: 'pipe' })
    return true
  } catch (error) {
    console.warn(`biber is not available (${error instanceof Error ? error.message : String(error)}): the biber comparison is skipped.`)
    return false
  }
})()

const work = mkdtempSync(join(tmpdir(), 'axisref-biber-names-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** biber's name parts for each name of each entry, braces and \relax removed, as text. */
function biberNames(bib: string, label: string): string[] {
  const input = join(work, `${label}.bib`)
  const output = join(work, `${label}.bltxml`)
  writeFileSync(input, bib)
  execFileSync('biber', ['--tool', '--quiet', '--output-format=biblatexml', `--output-file=${output}`, input], { cwd: work, stdio: 'pipe' })
  const xml = readFileSync(output, 'utf8')
  return [...xml.matchAll(/<bltx:name>([\s\S]*?)<\/bltx:name>\n/g)].map(([, name = '']) =>
    [...name.matchAll(/<bltx:namepart type="(\w+)"[^>]*>([\s\S]*?)<\/bltx:namepart>\s*(?=<bltx:namepart type|$)/g)]
      .map(([, type = '', text = '']) => `${type}=${text.replace(/<[^>]+>/g, ' ').replace(/\\relax\s*|[{}]/g, '').replace(/\s+/g, ' ').trim()}`)
      .sort()
      .join('; '),
  )
}

describe.skipIf(!HAS_BIBER)('biber reading the export (issue #16, items 4 and 6)', () => {
  // Three biber runs: a generous limit, so a busy machine cannot fail the comparison.
  it('finds the same names in our BibTeX and BibLaTeX exports as in the source', { timeout: 180_000 }, () => {
    const source = biberNames(LATEX + NAMES, 'source')
    expect(source).toHaveLength(14)
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      const { exported } = roundTrip(LATEX + NAMES, dialect)
      expect(biberNames(exported, dialect)).toEqual(source.map((name) => name.replace('Franc\\ocircu', 'Franců')))
    }
  })
})
