import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/cli'
import type { CliIo } from '../../../electron/cli/command'
import { exportBibliography, importBibliography, type CslItem } from '../../../shared/formats'
import { makeTempDir } from '../../support/paths'

// Generated hostile .bib files: each has a good entry before and after the bad one, so a
// test can see that the rest of the file still imports. The bad entry starts on line 6.
function fileAround(entry: string): string {
  const good = (key: string) => `@article{${key},\n  title = {Gut microbiota and mood ${key}},\n  author = {Berg, Anna},\n  year = {2020}\n}\n`
  return good('before') + entry + good('after')
}

const TEN_MB_WORDS = 'cytokine '.repeat(Math.ceil(10_485_760 / 9))
const NESTED_BRACES = `@article{deep,\n  title = {${'{'.repeat(100_000)}x${'}'.repeat(100_000)}},\n  year = {2020}\n}\n`
// accents on accents recurse in citation-js's LaTeX decoder without any brace
const NESTED_ACCENTS = `@article{accents,\n  title = {${"\\'".repeat(20_000)}e},\n  year = {2020}\n}\n`

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return { out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: async () => '', env: {} }
}

describe('BibTeX nested too deeply or fields too long for the parser', () => {
  it('imports a 10 MB field whole, in braces or in quotes, with the entries around it', () => {
    for (const value of [`{${TEN_MB_WORDS}}`, `"${TEN_MB_WORDS}"`]) {
      const result = importBibliography(fileAround(`@article{long,\n  title = {Long},\n  abstract = ${value},\n  year = {2021}\n}\n`))
      expect(result.errors).toEqual([])
      expect(result.entries.map((entry) => entry.citationKey)).toEqual(['before', 'long', 'after'])
      const abstract = result.entries[1]?.item.abstract ?? ''
      expect(abstract.trim()).toBe(TEN_MB_WORDS.trim())
      expect(result.entries[1]?.item.issued).toEqual({ 'date-parts': [[2021]] })
    }
  })

  it('decodes LaTeX in a long field, and keeps line numbers after it right', () => {
    const latex = 'T{\\"u}bingen $\\alpha$ '.repeat(10_000)
    const result = importBibliography(fileAround(`@article{long,\n  abstract = {${latex}\n\n},\n  year = {2021}\n}\n@article{broken\n  title = {x}\n}\n`))
    expect(result.entries.find((entry) => entry.citationKey === 'long')?.item.abstract).toMatch(/^Tübingen α Tübingen α /)
    // the broken entry starts on line 12: the long entry takes lines 6 to 11, two of them inside its abstract
    expect(result.errors.map((error) => error.line)).toEqual([12])
  })

  it('skips an entry with 100,000 nested braces in words, naming its line, and imports the rest', () => {
    const result = importBibliography(fileAround(NESTED_BRACES))
    expect(result.entries.map((entry) => entry.citationKey)).toEqual(['before', 'after'])
    expect(result.errors).toEqual([
      { line: 6, message: "@article{deep} is skipped: its braces are nested deeper than 1,000 levels (line 7); a real entry needs only a few, so check that entry's braces." },
    ])
  })

  it('never shows the engine\'s "Maximum call stack size exceeded" for nesting the brace check lets through', () => {
    const result = importBibliography(fileAround(NESTED_ACCENTS))
    expect(result.entries.map((entry) => entry.citationKey)).toEqual(['before', 'accents', 'after'])
    for (const error of result.errors) expect(error.message).not.toMatch(/call stack|RangeError/i)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]?.message).toMatch(/^Entry @article\{accents\} is imported without the field "title"/)
  })

  it('skips a 10 MB @string definition in words, not "Maximum call stack size exceeded", and imports the entries', () => {
    const result = importBibliography(`@string{big = {${TEN_MB_WORDS}}}\n${fileAround('')}`)
    expect(result.entries.map((entry) => entry.citationKey)).toEqual(['before', 'after'])
    expect(result.errors).toEqual([
      { line: 1, message: '@string definition is skipped: it is nested too deeply or too long to read (from line 1); check its braces and the length of its fields.' },
    ])
  })

  it('says the same through the CLI, naming the file and line, and still converts the other entries', async () => {
    const dir = await makeTempDir('deep-bib')
    const file = join(dir, 'references.bib')
    await writeFile(file, fileAround(NESTED_BRACES))
    const io = captureIo()
    expect(await runCli(['convert', file, '--to', 'csl-json'], io)).toBe(0)
    expect(io.err.join('')).toBe(`${file}:6: @article{deep} is skipped: its braces are nested deeper than 1,000 levels (line 7); a real entry needs only a few, so check that entry's braces.\n`)
    expect((JSON.parse(io.out.join('')) as Array<{ id: string }>).map((item) => item.id)).toEqual(['before', 'after'])
  })

  it('tells the CLI user that a folder is not a bibliography, instead of EISDIR', async () => {
    const dir = await makeTempDir('folder-bib')
    const folder = join(dir, 'refs.bib')
    await mkdir(folder)
    const io = captureIo()
    expect(await runCli(['convert', folder, '--to', 'bibtex'], io)).toBe(1)
    expect(io.err.join('')).toBe(`axisref convert: ${folder} is a folder; give a bibliography file inside it (.bib, .ris, .nbib, .txt, .json, .xml or .enw).\n`)
    const style = captureIo()
    await writeFile(join(dir, 'one.bib'), fileAround(''))
    expect(await runCli(['convert', join(dir, 'one.bib'), '--to', 'text', '--style', dir], style)).toBe(1)
    expect(style.err.join('')).toBe(`axisref convert: ${dir} is a folder; give a .csl style file.\n`)
  })
})

describe('writing BibTeX that can be read again', () => {
  it('writes markup nested 5,000 deep as text past 100 levels, so the entry reads back; a 10 MB abstract round-trips', () => {
    const deepTitle: CslItem = { id: 'deep', type: 'article-journal', title: `${'<i>'.repeat(5000)}Deep${'</i>'.repeat(5000)}` }
    const long: CslItem = { id: 'long', type: 'article-journal', title: 'Long', abstract: TEN_MB_WORDS.trim() }
    const written = exportBibliography([{ item: deepTitle, citationKey: 'deep' }, { item: long, citationKey: 'long' }], 'bibtex')
    const back = importBibliography(written)
    expect(back.errors).toEqual([])
    expect(back.entries.map((entry) => [entry.citationKey, entry.item.title])).toEqual([
      ['deep', expect.stringContaining('Deep') as unknown],
      ['long', 'Long'],
    ])
    expect(back.entries[1]?.item.abstract).toBe(TEN_MB_WORDS.trim())
  })
})

describe('other formats nested too deeply for their parsers', () => {
  it('skips a CSL-JSON item nested 100,000 deep in words and imports the others', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const result = importBibliography(`[{"id":"good","type":"article-journal","title":"Kept"},\n{"id":"deep","type":"article-journal","title":${deep}}]`)
    expect(result.entries.map((entry) => entry.item.title)).toEqual(['Kept'])
    expect(result.errors).toEqual([
      { line: 2, message: 'CSL-JSON item is skipped: it is nested too deeply to read (arrays or objects inside one another thousands of levels deep); check that it is a CSL-JSON export.' },
    ])
  })

  it('says a PubMed XML file nested 100,000 deep is nested too deeply, not what the XML parser threw', () => {
    const title = `${'<i>'.repeat(100_000)}x${'</i>'.repeat(100_000)}`
    const result = importBibliography(`<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>${title}</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>`)
    expect(result.errors).toEqual([
      { line: 1, message: 'The file is nested too deeply to read (elements or brackets inside one another thousands of levels deep); it may be damaged. Nothing was imported.' },
    ])
  })
})
