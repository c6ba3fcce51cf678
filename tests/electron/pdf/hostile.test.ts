import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPdfParser, type PdfParser } from '../../../electron/main/services/pdf/parser'
import type { PdfExtractResult } from '../../../electron/main/services/pdf/types'
import { corpusPdf, hasPdfCorpus } from './corpus'

const TIME_LIMIT_MS = 20_000

describe.skipIf(!hasPdfCorpus('hostile'))('hostile PDFs through the worker pool', () => {
  let parser: PdfParser
  const results = new Map<string, PdfExtractResult>()

  beforeAll(async () => {
    parser = createPdfParser({ workers: 2, timeoutMs: TIME_LIMIT_MS, onWorkerOutput: () => undefined })
    const files = readdirSync(corpusPdf('hostile')).filter((name) => name.endsWith('.pdf'))
    await Promise.all(files.map(async (name) => results.set(name, await parser.extract(corpusPdf(`hostile/${name}`)))))
  }, 120_000)

  afterAll(async () => {
    await parser.close()
  })

  it('handles every file within the time limit, with a clear message or a sane result', () => {
    expect(results.size).toBeGreaterThanOrEqual(18)
    for (const [name, result] of results) {
      if (result.ok) expect(result.item.title, name).toMatch(/\S/)
      else {
        expect(['TIMEOUT', 'PARSER_CRASHED'], `${name}: ${result.error.message}`).not.toContain(result.error.code)
        expect(result.error.message.length, name).toBeGreaterThan(20)
      }
    }
  })

  it('asks for the password of encrypted files and opens one with an empty user password', () => {
    for (const name of ['pdfjs-pr6531_1.pdf', 'pdfjs-pr6531_2.pdf', 'pdfjs-issue6010_1.pdf', 'pdfjs-print_protection.pdf', 'pdfjs-saslprep-r6.pdf']) {
      const result = results.get(name)
      expect(result?.ok === false && result.error.code, name).toBe('PASSWORD_PROTECTED')
    }
    expect(results.get('pdfjs-empty_protected.pdf')?.ok).toBe(true)
  })

  it('rejects corrupt files as damaged and recovers the ones pdf.js can repair', () => {
    for (const name of ['pdfjs-bug1020226.pdf', 'pdfjs-REDHAT-1531897-0.pdf', 'pdfjs-poppler-395-0-fuzzed.pdf']) {
      const result = results.get(name)
      expect(result?.ok === false && result.error.code, name).toBe('DAMAGED_PDF')
      expect(result?.ok === false && result.error.message, name).toMatch(/^Damaged PDF: /)
    }
    for (const name of ['pdfjs-xref_command_missing.pdf', 'pdfjs-helloworld-bad.pdf', 'pdfjs-Pages-tree-refs.pdf', 'pdfjs-bug1980958.pdf']) {
      expect(results.get(name)?.ok, name).toBe(true)
    }
  })

  it('flags a scan without a text layer and still returns an item titled from the file name', () => {
    const scan = results.get('jabref-scanned-image-only.pdf')
    expect(scan?.ok && scan.flags.noTextLayer).toBe(true)
    expect(scan?.ok && scan.item.title).toBe('jabref scanned image only')
    expect(scan?.ok && scan.fields.title?.source).toBe('filename')
  })

  it('reads a 352-page book in bounded time by touching only its first and last pages', async () => {
    const started = performance.now()
    const book = await parser.extract(corpusPdf('hostile/pdfjs-freeculture.pdf'))
    expect(book.ok && book.pageCount).toBe(352)
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})
