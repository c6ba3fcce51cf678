import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/cli'
import { exportBibliography, importBibliography, type CslItem, type ExportRecord } from '../../shared/formats'
import { makeTempDir } from '../support/paths'
import { CORPUS, HAS_CORPUS, corpusText, toRecords } from '../shared/formats/corpus'

// The exported files must work in the tools thesis writers use: BibTeX and biber in a LaTeX
// run, and bibutils for the RIS and .bib readers. The tools come from apt (CI installs them);
// a missing tool fails the test with the package to install, it does not skip.

function requireTool(command: string, args: string[], aptPackage: string): void {
  const probe = spawnSync(command, args, { encoding: 'utf8' })
  if (probe.error) throw new Error(`"${command}" is not installed: apt-get install -y ${aptPackage}`)
}

function requireLatexFile(file: string, aptPackage: string): void {
  const probe = spawnSync('kpsewhich', [file], { encoding: 'utf8' })
  if (probe.error || !probe.stdout.trim()) throw new Error(`${file} is not installed: apt-get install -y ${aptPackage}`)
}

function run(command: string, args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const person = (family: string, given: string) => ({ family, given })
const FIXTURES: CslItem[] = [
  { id: '1', type: 'article-journal', title: 'The gut-brain barrier in major depression: translocation of LPS from gram negative enterobacteria, IL-6 and TNF-α', author: [person('Maes', 'Michael'), person('Kubera', 'Marta'), person('Müller', 'Jürgen')], 'container-title': 'Neuro Endocrinology Letters', issued: { 'date-parts': [[2008, 2]] }, volume: '29', issue: '1', page: '117–124', PMID: '18283240', DOI: '10.1016/j.bbi.2008.01.001', abstract: '50% of patients & 10$ more; x_i ~ N(0,1) {braces} \\ <p>' },
  { id: '2', type: 'article-journal', title: 'Interferon-γ, NF-κB and CD4<sup>+</sup> T-cells in Alzheimer disease', author: [{ literal: 'Depression Genetics Consortium' }, { family: 'Berg', given: 'Anna', 'non-dropping-particle': 'van der' }, { family: 'Smith', given: 'John', suffix: 'Jr.' }, person('Świerczewska-Gwiazda', 'Agnieszka'), person('Øster', 'Åse'), person('Łukasiewicz', 'Zoë')], 'container-title': 'Brain, Behavior, and Immunity', issued: { 'date-parts': [[2019, 11, 3]] }, volume: '82', page: 'e1–e12', ISSN: '0889-1591', keyword: 'microglia; Aged, 80 and over' },
  { id: '3', type: 'book', title: 'Psychoneuroimmunology', editor: [person('Ader', 'Robert')], publisher: 'Elsevier Academic Press', 'publisher-place': 'Burlington, MA', issued: { 'date-parts': [[2007]] }, edition: '4', ISBN: '978-0-12-088576-3' },
  { id: '4', type: 'chapter', title: 'Cytokines and sickness behaviour', author: [person('Dantzer', 'Robert')], editor: [person('Ader', 'Robert')], 'container-title': 'Psychoneuroimmunology', publisher: 'Elsevier', issued: { 'date-parts': [[2007]] }, page: '281–318' },
  { id: '5', type: 'thesis', genre: 'PhD thesis', title: 'Stress, Entzündung und Depression', author: [person('Schüßler', 'Gerhard')], publisher: 'Universität Zürich', issued: { 'date-parts': [[2015]] }, language: 'de' },
  { id: '6', type: 'paper-conference', title: 'Vagus nerve stimulation ≥ 20 Hz reduces IL-1β', author: [person('Tracey', 'Kevin J.')], 'container-title': 'Proceedings of the PNIRS Annual Meeting', issued: { 'date-parts': [[2012, 6]] }, page: '12–14', publisher: 'PNIRS' },
  { id: '7', type: 'report', title: 'Depression and other common mental disorders: global health estimates', author: [{ literal: 'World Health Organization' }], publisher: 'World Health Organization', 'publisher-place': 'Geneva', number: 'WHO/MSD/MER/2017.2', issued: { 'date-parts': [[2017]] } },
  { id: '8', type: 'webpage', title: 'Depression fact sheet', author: [{ literal: 'World Health Organization' }], URL: 'https://www.who.int/news-room/fact-sheets/detail/depression?lang=en&x=50%25#key_facts', issued: { 'date-parts': [[2023, 3, 31]] }, accessed: { 'date-parts': [[2024, 1, 5]] } },
  { id: '9', type: 'dataset', title: 'Microbiome 16S rRNA reads of patients with MDD', author: [person('Jiang', 'Haiyin')], publisher: 'NCBI SRA', issued: { 'date-parts': [[2015]] }, DOI: '10.5281/zenodo.1234567' },
  { id: '10', type: 'article-journal', title: '“Sickness behavior” — the immune system’s message to the brain, ±0.5 µg/ml', author: [person('Hart', 'Benjamin L.')], 'container-title': 'Neuroscience & Biobehavioral Reviews', issued: { 'date-parts': [[1988]] }, volume: '12', issue: '2', page: '123–137' },
]

let workDir = ''
let bibKeys: string[] = []

describe('exported files in third-party tools', () => {
  beforeAll(async () => {
    workDir = await makeTempDir('thirdparty')
    const corpusRecords: ExportRecord[] = HAS_CORPUS ? ['pubmed/zotero-translators/pubmed-xml-01.xml', 'pubmed/zotero-translators/medlinenbib-02.nbib', 'ris/zotero-translators/ris-01.ris'].flatMap((file) => toRecords(importBibliography(corpusText(file)))) : []
    const fixtures = FIXTURES.map((item, index) => ({ item, citationKey: `fixture${index + 1}` }))
    // The CLI does the conversion, as a user would run it.
    await writeFile(join(workDir, 'library.json'), exportBibliography([...fixtures, ...corpusRecords], 'csl-json'))
    for (const [to, file] of [['bibtex', 'refs.bib'], ['biblatex', 'refs-biblatex.bib'], ['ris', 'refs.ris']] as const) {
      const out: string[] = []
      const err: string[] = []
      const code = await runCli(['convert', join(workDir, 'library.json'), '--to', to], { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: async () => '', env: {} })
      expect(code, err.join('')).toBe(0)
      await writeFile(join(workDir, file), out.join(''))
    }
    bibKeys = [...readFileSync(join(workDir, 'refs.bib'), 'utf8').matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1] ?? '')
    expect(bibKeys.length).toBe(FIXTURES.length + corpusRecords.length)
    if (!HAS_CORPUS) console.warn(`Corpus not found at ${CORPUS}: third-party checks use the fixtures only.`)
  })

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true })
  })

  it('bibtex reads the .bib in a LaTeX document citing every key, with no error or warning', async () => {
    requireTool('pdflatex', ['--version'], 'texlive-latex-base')
    requireTool('bibtex', ['--version'], 'texlive-latex-base')
    await writeFile(join(workDir, 'doc.tex'), `\\documentclass{article}\n\\begin{document}\n\\cite{${bibKeys.join(',')}}\n\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n`)
    expect(run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex'], workDir).status).toBe(0)
    const bibtex = run('bibtex', ['doc'], workDir)
    const log = readFileSync(join(workDir, 'doc.blg'), 'utf8')
    expect(log.match(/^Warning--.*$/gm) ?? [], log).toEqual([])
    expect(bibtex.status, log).toBe(0)
    expect(log).not.toMatch(/error message/)
    for (let pass = 0; pass < 2; pass++) expect(run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex'], workDir).status).toBe(0)
    const latexLog = readFileSync(join(workDir, 'doc.log'), 'latin1')
    expect(latexLog).not.toMatch(/Citation `[^']+' .*undefined|Undefined control sequence|Missing character/)
  })

  it('biber validates the BibLaTeX export against biblatex\'s data model: every entry read, no error or warning', () => {
    requireTool('biber', ['--version'], 'biber')
    const biber = run('biber', ['--tool', '--validate-datamodel', '--output-file=validated.bib', 'refs-biblatex.bib'], workDir)
    expect(biber.output.match(/^(WARN|ERROR) .*$/gm) ?? [], biber.output).toEqual([])
    expect(biber.status, biber.output).toBe(0)
    const validated = readFileSync(join(workDir, 'validated.bib'), 'utf8')
    expect([...validated.matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]).sort()).toEqual([...bibKeys].sort())
  })

  it('biblatex and biber typeset the BibLaTeX export in a LaTeX document citing every key, with no error or warning', async () => {
    requireTool('biber', ['--version'], 'biber')
    requireTool('pdflatex', ['--version'], 'texlive-latex-base')
    requireLatexFile('biblatex.sty', 'texlive-bibtex-extra')
    // biblatex loads etoolbox, which Debian ships in texlive-latex-recommended.
    requireLatexFile('etoolbox.sty', 'texlive-latex-recommended')
    await writeFile(join(workDir, 'bl.tex'), `\\documentclass{article}\n\\usepackage[backend=biber,style=authoryear]{biblatex}\n\\addbibresource{refs-biblatex.bib}\n\\begin{document}\n\\cite{${bibKeys.join(',')}}\n\\printbibliography\n\\end{document}\n`)
    const first = run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'bl.tex'], workDir)
    expect(first.status, first.output.slice(-2000)).toBe(0)
    const biber = run('biber', ['bl'], workDir)
    expect(biber.output.match(/^(WARN|ERROR) .*$/gm) ?? [], biber.output).toEqual([])
    expect(biber.status, biber.output).toBe(0)
    // biblatex, like BibTeX, needs two more LaTeX runs to settle labels and references.
    for (let pass = 0; pass < 2; pass++) {
      const again = run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'bl.tex'], workDir)
      expect(again.status, again.output.slice(-2000)).toBe(0)
    }
    const latexLog = readFileSync(join(workDir, 'bl.log'), 'latin1')
    expect(latexLog).not.toMatch(/Citation '[^']+' undefined|Undefined control sequence|There were undefined references|Missing character/)
  })

  it('bibutils reads the RIS and the .bib with the record counts AxisRef wrote', () => {
    requireTool('ris2xml', ['-v'], 'bibutils')
    requireTool('bib2xml', ['-v'], 'bibutils')
    const risRecords = (readFileSync(join(workDir, 'refs.ris'), 'utf8').match(/^TY {2}- /gm) ?? []).length
    for (const [command, file, expected] of [['ris2xml', 'refs.ris', risRecords], ['bib2xml', 'refs.bib', bibKeys.length]] as const) {
      const result = run(command, [file], workDir)
      expect(result.status, result.output).toBe(0)
      expect((result.output.match(/<mods ID=/g) ?? []).length, `${command} ${file}`).toBe(expected)
    }
    expect(risRecords).toBe(bibKeys.length)
    expect(existsSync(join(workDir, 'refs.ris'))).toBe(true)
  })
})
