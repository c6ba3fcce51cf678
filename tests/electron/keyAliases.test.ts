import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportBibliography, importBibliography, type ExportRecord } from '../../shared/formats'
import { makeTempDir } from '../support/paths'

// After a merge the kept paper remembers the keys of the papers merged into it. A thesis
// that still says \cite{old} must build: biblatex's `ids` field, read by biber, does that.

const MERGED: ExportRecord = {
  citationKey: 'maes2008gut',
  keyAliases: ['Maes2008', 'maes2008leaky'],
  item: { id: 'p', type: 'article-journal', title: 'The gut-brain barrier in major depression', author: [{ family: 'Maes', given: 'Michael' }], 'container-title': 'Neuro Endocrinology Letters', issued: { 'date-parts': [[2008]] }, volume: '29', page: '117–124' },
}
const OTHER: ExportRecord = { citationKey: 'kelly2016transferring', item: { id: 'k', type: 'article-journal', title: 'Transferring the blues', author: [{ family: 'Kelly', given: 'John R.' }], issued: { 'date-parts': [[2016]] } } }

function run(command: string, args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 })
  if (result.error) throw new Error(`"${command}" is not installed (apt-get install -y biber texlive-bibtex-extra): ${result.error.message}`)
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('merged-away citation keys in exported .bib files', () => {
  it('writes them as ids in BibTeX and BibLaTeX, and only for papers that have some', () => {
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      const bib = exportBibliography([MERGED, OTHER], dialect)
      expect(bib).toContain('@article{maes2008gut,\n  ids = {Maes2008, maes2008leaky},\n')
      expect(bib.match(/ids = /g)).toHaveLength(1)
    }
    // a key that could break the file is never written
    expect(exportBibliography([{ ...MERGED, keyAliases: ['bad key}', 'maes2008gut'] }], 'biblatex')).not.toContain('ids =')
  })

  it('the file still reads back as the same two papers under their own keys', () => {
    const read = importBibliography(exportBibliography([MERGED, OTHER], 'biblatex'), { format: 'bibtex' })
    expect(read.errors).toEqual([])
    expect(read.entries.map((entry) => [entry.citationKey, entry.item.title])).toEqual([
      ['maes2008gut', 'The gut-brain barrier in major depression'],
      ['kelly2016transferring', 'Transferring the blues'],
    ])
  })

  it('biber resolves \\cite of an old key to the merged paper, with no undefined citation', async () => {
    const dir = await makeTempDir('key-aliases')
    await writeFile(join(dir, 'refs.bib'), exportBibliography([MERGED, OTHER], 'biblatex'))
    await writeFile(join(dir, 'thesis.tex'), '\\documentclass{article}\n\\usepackage[backend=biber]{biblatex}\n\\addbibresource{refs.bib}\n\\begin{document}\nLeaky gut \\cite{Maes2008}, again \\cite{maes2008leaky}, blues \\cite{kelly2016transferring}.\n\\printbibliography\n\\end{document}\n')
    expect(run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'thesis.tex'], dir).status).toBe(0)
    const biber = run('biber', ['thesis'], dir)
    expect(biber.status, biber.output).toBe(0)
    expect(biber.output.match(/^(WARN|ERROR) .*$/gm) ?? [], biber.output).toEqual([])
    for (let pass = 0; pass < 2; pass++) expect(run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'thesis.tex'], dir).status).toBe(0)
    const bbl = readFileSync(join(dir, 'thesis.bbl'), 'utf8')
    // one entry for the merged paper, reached by both old keys
    expect(bbl.match(/\\entry\{maes2008gut\}/g)).toHaveLength(1)
    expect(bbl).toMatch(/\\keyalias\{Maes2008\}\{maes2008gut\}/)
    expect(bbl).toMatch(/\\keyalias\{maes2008leaky\}\{maes2008gut\}/)
    expect(readFileSync(join(dir, 'thesis.log'), 'latin1')).not.toMatch(/Citation '[^']+' undefined|There were undefined references/)
  }, 120_000)
})
