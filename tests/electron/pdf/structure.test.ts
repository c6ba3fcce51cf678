import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/cli'
import type { CliIo } from '../../../electron/cli/command'
import { createPdfParser, type PdfParser } from '../../../electron/main/services/pdf/parser'
import { makeTempDir } from '../../support/paths'
import { articlePage, makePdf } from './makePdf'

// Generated PDFs whose structure, not their text, is the problem: objects nested 100,000 deep
// (pdfjs parses nesting by recursion), a page tree with no pages, and a folder named like a PDF.
const NESTING = 100_000
const TOO_DEEP = "This PDF's structure is nested too deeply to read; it may be damaged. Open it in a PDF reader, save a copy (or print it to PDF) and import that."
const NO_PAGES = 'This PDF has no pages, so there is nothing to read or import; it may be damaged or unfinished. Open it in a PDF reader to check, and import a complete copy.'
const FOLDER = 'This is a folder, not a PDF file; choose the PDF files inside it.'

let dir: string
let parser: PdfParser
const file = (name: string) => join(dir, name)

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return { out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: async () => '', env: {} }
}

beforeAll(async () => {
  dir = await makeTempDir('pdf-structure')
  await writeFile(file('deep.pdf'), makePdf({ pages: [articlePage()], trailerExtra: `/Deep ${'['.repeat(NESTING)}${']'.repeat(NESTING)}` }))
  await writeFile(file('no-pages.pdf'), makePdf({ pages: [] }))
  await writeFile(file('paper.pdf'), makePdf({ pages: [articlePage()] }))
  await mkdir(file('folder.pdf'))
  parser = createPdfParser({ workers: 1, onWorkerOutput: () => undefined })
})

afterAll(async () => {
  await parser.close()
})

describe('PDFs whose structure cannot be read, in the reader processes', () => {
  it('says a deeply nested PDF is nested too deeply, not "Maximum call stack size exceeded", and reads the next file', async () => {
    const [deep, paper] = await Promise.all([parser.extract(file('deep.pdf')), parser.extract(file('paper.pdf'))])
    expect(deep).toEqual({ file: file('deep.pdf'), ok: false, error: { code: 'DAMAGED_PDF', message: TOO_DEEP } })
    expect(paper.ok && paper.item.title).toBe('Microglial priming links gut dysbiosis to depressive behaviour in mice')
    expect(await parser.fullText(file('deep.pdf'))).toMatchObject({ ok: false, error: { code: 'DAMAGED_PDF', message: TOO_DEEP } })
  })

  it('says a PDF without pages has no pages, rather than calling it a scan', async () => {
    expect(await parser.extract(file('no-pages.pdf'))).toEqual({ file: file('no-pages.pdf'), ok: false, error: { code: 'NO_PAGES', message: NO_PAGES } })
    expect(await parser.fullText(file('no-pages.pdf'))).toMatchObject({ ok: false, error: { code: 'NO_PAGES', message: NO_PAGES } })
  })

  it('says a folder is a folder, not EISDIR', async () => {
    expect(await parser.extract(file('folder.pdf'))).toMatchObject({ ok: false, error: { code: 'NOT_A_PDF', message: FOLDER } })
  })

  it('gives the CLI the same words, one line per file, the good file still read', async () => {
    const io = captureIo()
    const names = ['deep.pdf', 'no-pages.pdf', 'folder.pdf', 'paper.pdf'].map(file)
    expect(await runCli(['extract', ...names], io)).toBe(0)
    const lines = io.out.join('').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.slice(0, 3)).toEqual([
      { file: names[0], ok: false, error: { code: 'DAMAGED_PDF', message: TOO_DEEP } },
      { file: names[1], ok: false, error: { code: 'NO_PAGES', message: NO_PAGES } },
      { file: names[2], ok: false, error: { code: 'NOT_A_PDF', message: FOLDER } },
    ])
    expect(lines[3]).toMatchObject({ ok: true, item: { title: 'Microglial priming links gut dysbiosis to depressive behaviour in mice' } })
  }, 60_000)
})
