import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportBibliography, importBibliography, type ExportRecord } from '../../../shared/formats'
import { toRecords } from './corpus'

/** Whether BibTeX is on the PATH: the crossref test that runs it skips, saying so, without it. */
const HAS_BIBTEX = spawnSync('bibtex', ['--version'], { encoding: 'utf8' }).status === 0
if (!HAS_BIBTEX) console.warn('bibtex is not installed (apt-get install texlive-binaries): the test running BibTeX on a crossref export is skipped.')

function records(bib: string): ExportRecord[] {
  const result = importBibliography(bib)
  expect(result.errors).toEqual([])
  return toRecords(result)
}

const types = (bib: string) => [...bib.matchAll(/^@(\w+)\{([^,]+),/gm)].map(([, type, key]) => `${type} ${key}`)

const CHAPTERS = `@inbook{chap, author = {Kant, Immanuel}, title = {Chapter}, booktitle = {Works}, publisher = {P}, year = {1968}}
@incollection{contrib, author = {Roe, Rick}, editor = {Smith, John}, title = {Contribution}, booktitle = {Volume}, publisher = {P}, year = {2001}}
@mvbook{works, author = {Kant, Immanuel}, title = {Works}, volumes = {9}, year = {1968}}
@proceedings{procs, editor = {Smith, John}, title = {Proceedings}, year = {2001}}
`

describe('entry types CSL does not tell apart (issue 16)', () => {
  it('writes an @inbook back as @inbook and an @incollection as @incollection, in both dialects', () => {
    expect(types(exportBibliography(records(CHAPTERS), 'biblatex'))).toEqual(['inbook chap', 'incollection contrib', 'mvbook works', 'proceedings procs'])
    // BibTeX has no @mvbook: it is the @book it reads as there.
    expect(types(exportBibliography(records(CHAPTERS), 'bibtex'))).toEqual(['inbook chap', 'incollection contrib', 'book works', 'proceedings procs'])
  })

  it('writes an item whose type was changed after import by its new type', () => {
    const [chapter] = records(CHAPTERS)
    if (!chapter) throw new Error('no record')
    const retyped = { ...chapter, item: { ...chapter.item, type: 'paper-conference' } }
    expect(types(exportBibliography([retyped], 'biblatex'))).toEqual(['inproceedings chap'])
  })

  it('gives a type read from no .bib the entry type its CSL type has', () => {
    const item = { id: 'x', title: 'T', issued: { 'date-parts': [[2001]] } }
    const exported = (type: string, dialect: 'bibtex' | 'biblatex') => types(exportBibliography([{ item: { ...item, type, 'container-title': 'Book' }, citationKey: 'x' }], dialect))
    expect(exported('chapter', 'biblatex')).toEqual(['incollection x'])
    expect(exported('motion_picture', 'biblatex')).toEqual(['movie x'])
    expect(exported('legislation', 'biblatex')).toEqual(['legislation x'])
    expect(exported('motion_picture', 'bibtex')).toEqual(['misc x'])
  })
})

// The parent comes first, as users write it; BibTeX wants it after the entries naming it.
const CROSSREF = `@book{parent, author = {Knuth, Donald}, title = {The Big Book}, publisher = {Addison-Wesley}, year = {1997}}
@inbook{child, author = {Roe, Rick}, title = {A Chapter}, pages = {1--9}, crossref = {parent}}
@inbook{sibling, author = {Poe, Paula}, title = {Another Chapter}, pages = {10--19}, crossref = {parent}}
@periodical{journal, title = {The Journal}, year = {2001}}
@article{paper, author = {Doe, Jane}, crossref = {journal}}
`

describe('crossref in the BibTeX dialect (issue 16)', () => {
  it('writes crossref, with each parent after the entries naming it', () => {
    const bib = exportBibliography(records(CROSSREF), 'bibtex')
    expect(bib).toMatch(/@inbook\{child,\n {2}crossref = \{parent\}/)
    expect(bib).toMatch(/@inbook\{sibling,\n {2}crossref = \{parent\}/)
    expect(types(bib)).toEqual(['inbook child', 'inbook sibling', 'article paper', 'book parent', 'misc journal'])
    // biber does not mind the order: the BibLaTeX export keeps the library's.
    expect(types(exportBibliography(records(CROSSREF), 'biblatex'))).toEqual(['book parent', 'inbook child', 'inbook sibling', 'periodical journal', 'article paper'])
  })

  it("leaves crossref out where BibTeX would copy into the child a field it does not have (a periodical's title as an untitled article's)", () => {
    const bib = exportBibliography(records(CROSSREF), 'bibtex')
    expect(bib).toMatch(/@article\{paper,\n {2}author = /)
    expect(bib).toMatch(/@article\{paper,[^@]*journal = \{The Journal\}/)
    expect(exportBibliography(records(CROSSREF), 'biblatex')).toMatch(/@article\{paper,\n {2}crossref = \{journal\}/)
  })

  it.skipIf(!HAS_BIBTEX)('BibTeX resolves the exported crossref without an error, and lists the parent two children cite', () => {
    const folder = mkdtempSync(join(tmpdir(), 'axisref-bibtex-'))
    try {
      writeFileSync(join(folder, 'refs.bib'), exportBibliography(records(CROSSREF), 'bibtex'))
      writeFileSync(join(folder, 'paper.aux'), '\\relax\n\\citation{child}\n\\citation{sibling}\n\\bibstyle{plain}\n\\bibdata{refs}\n')
      const result = spawnSync('bibtex', ['paper'], { cwd: folder, encoding: 'utf8' })
      expect(result.stdout).not.toMatch(/bad cross reference|error message/i)
      expect(result.status, result.stdout).toBe(0)
      const bbl = readFileSync(join(folder, 'paper.bbl'), 'utf8')
      expect(bbl).toContain('\\bibitem{parent}')
      expect(bbl).toMatch(/\\bibitem\{child\}[^]*\\cite\{parent\}/)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
