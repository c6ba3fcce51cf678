import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPdfParser, type PdfParser } from '../../../electron/main/services/pdf/parser'
import type { PdfExtractResult } from '../../../electron/main/services/pdf/types'
import { corpusPdf, hasPdfCorpus } from './corpus'

const TIME_LIMIT_MS = 20_000

/** One line of `hostile_manifest.jsonl`: what the file is and what a reader must do with it. */
interface ManifestEntry {
  file: string
  hazard: string
  expected_behaviour: string
  /** The password that opens it, where the source published one ("" for an empty user password). */
  password?: string
}

/**
 * The manifest's `expected_behaviour`, read into what our reader must answer. Every manifest
 * line needs one (a new hostile file fails the test until someone decides), so a file the
 * manifest expects to open can never pass by failing "cleanly".
 */
type Expectation =
  | { kind: 'damaged' }
  | { kind: 'opens'; pages: number; noText?: boolean; text?: RegExp }
  | { kind: 'password'; wrong?: string }
  | { kind: 'locked' }

const EXPECTED: Record<string, Expectation> = {
  'pdfjs-bug1020226.pdf': { kind: 'damaged' },
  'pdfjs-REDHAT-1531897-0.pdf': { kind: 'damaged' },
  'pdfjs-poppler-395-0-fuzzed.pdf': { kind: 'damaged' },
  'pdfjs-GHOSTSCRIPT-698804-1-fuzzed.pdf': { kind: 'opens', pages: 1, noText: true },
  'pdfjs-xref_command_missing.pdf': { kind: 'opens', pages: 1 },
  'pdfjs-helloworld-bad.pdf': { kind: 'opens', pages: 1, text: /hello, world/i },
  'pdfjs-Pages-tree-refs.pdf': { kind: 'opens', pages: 2 },
  'pdfjs-issue15590.pdf': { kind: 'opens', pages: 1 },
  'pdfjs-bug1980958.pdf': { kind: 'opens', pages: 1 },
  'pdfjs-pr6531_1.pdf': { kind: 'password', wrong: 'qwerty' },
  'pdfjs-pr6531_2.pdf': { kind: 'password' },
  'pdfjs-issue6010_1.pdf': { kind: 'password' },
  'pdfjs-issue6010_2.pdf': { kind: 'password' },
  'pdfjs-saslprep-r6.pdf': { kind: 'password' },
  'pdfjs-print_protection.pdf': { kind: 'locked' },
  'pdfjs-empty_protected.pdf': { kind: 'opens', pages: 1 },
  'pdfjs-freeculture.pdf': { kind: 'opens', pages: 352 },
  'jabref-scanned-image-only.pdf': { kind: 'opens', pages: 1, noText: true },
}

// In the app and the browser host nobody can give a password, so the words must not ask for one.
const ASKS_FOR_PASSWORD = /\b(give|enter|type|provide)\b[^.]*\bpassword\b/i

function readManifest(): ManifestEntry[] {
  const lines = readFileSync(corpusPdf('hostile/hostile_manifest.jsonl'), 'utf8').split('\n').filter((line) => line.trim())
  return lines.map((line) => JSON.parse(line) as ManifestEntry)
}

function failure(result: PdfExtractResult | undefined): { code: string; message: string } | undefined {
  return result && !result.ok ? result.error : undefined
}

describe.skipIf(!hasPdfCorpus('hostile'))('every hostile PDF in the manifest, through the reader processes', () => {
  let parser: PdfParser
  const manifest = hasPdfCorpus('hostile') ? readManifest() : []
  const plain = new Map<string, PdfExtractResult>()

  beforeAll(async () => {
    parser = createPdfParser({ workers: 2, timeoutMs: TIME_LIMIT_MS, onWorkerOutput: () => undefined })
    await Promise.all(manifest.map(async (entry) => plain.set(basename(entry.file), await parser.extract(corpusPdf(`hostile/${basename(entry.file)}`)))))
  }, 180_000)

  afterAll(async () => {
    await parser.close()
  })

  const path = (entry: ManifestEntry) => corpusPdf(`hostile/${basename(entry.file)}`)
  const expectation = (entry: ManifestEntry) => EXPECTED[basename(entry.file)]

  it('has an expectation for every file in the manifest, and no other', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(18)
    expect(manifest.map((entry) => basename(entry.file)).sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it('never times out or crashes, and says every failure in words', () => {
    for (const entry of manifest) {
      const error = failure(plain.get(basename(entry.file)))
      if (!error) continue
      expect(['TIMEOUT', 'PARSER_CRASHED'], `${entry.file}: ${error.message}`).not.toContain(error.code)
      expect(error.message, entry.file).not.toMatch(/call stack|RangeError|undefined|\[object/i)
      expect(error.message, entry.file).not.toMatch(ASKS_FOR_PASSWORD)
    }
  })

  it('rejects the files the manifest calls corrupt as damaged', () => {
    for (const entry of manifest.filter((candidate) => expectation(candidate)?.kind === 'damaged')) {
      expect(failure(plain.get(basename(entry.file)))?.code, entry.file).toBe('DAMAGED_PDF')
    }
  })

  it('opens the files the manifest expects to open, with their page count, text or the lack of it', async () => {
    for (const entry of manifest) {
      const expected = expectation(entry)
      if (expected?.kind !== 'opens') continue
      const result = plain.get(basename(entry.file))
      expect(result?.ok && result.pageCount, `${entry.file}: ${failure(result)?.message ?? ''}`).toBe(expected.pages)
      if (expected.noText !== undefined) expect(result?.ok && result.flags.noTextLayer, entry.file).toBe(expected.noText)
      const text = await parser.fullText(path(entry), entry.password === undefined ? {} : { password: entry.password })
      expect(text.ok, entry.file).toBe(true)
      if (expected.text) expect(text.ok && text.text, entry.file).toMatch(expected.text)
    }
  })

  it('asks encrypted files for their password in words that do not ask the user for it, and opens each with the manifest password', async () => {
    for (const entry of manifest) {
      const expected = expectation(entry)
      if (expected?.kind !== 'password' && expected?.kind !== 'locked') continue
      const locked = failure(plain.get(basename(entry.file)))
      expect(locked?.code, entry.file).toBe('PASSWORD_PROTECTED')
      expect(locked?.message, entry.file).toMatch(/password-protected/)
      if (expected.kind === 'locked') continue
      expect(entry.password, `${entry.file} has a password in the manifest`).toBeDefined()
      const opened = await parser.extract(path(entry), { password: entry.password })
      expect(opened.ok && opened.pageCount, `${entry.file} with its password: ${failure(opened)?.message ?? ''}`).toBe(1)
      if (expected.wrong === undefined) continue
      const refused = failure(await parser.extract(path(entry), { password: expected.wrong }))
      expect(refused, `${entry.file} with a wrong password`).toEqual({ code: 'PASSWORD_PROTECTED', message: 'This PDF is password-protected and the password given does not open it.' })
    }
  })

  it('flags a scan without a text layer and still returns an item titled from the file name', () => {
    const scan = plain.get('jabref-scanned-image-only.pdf')
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
