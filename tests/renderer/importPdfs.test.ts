import { describe, expect, it, vi } from 'vitest'
import { MAX_PDF_BYTES, type ExtractedItem, type PdfMetadata } from '../../shared/ipc/importSchemas'
import { fail, ok, type Result } from '../../shared/ipc/result'
import { openDatabase } from '../../renderer/src/db'
import { importPdfs, type ImportPdfsDeps, type ImportSource } from '../../renderer/src/features/import/importPdfs'
import { indexFullTexts } from '../../renderer/src/features/import/fullText'
import { citationKeyBase } from '../../renderer/src/features/import/citationKey'

let count = 0
const hashOf = (name: string) => [...name].map((char) => char.charCodeAt(0).toString(16)).join('').padEnd(64, '0').slice(0, 64)
const source = (name: string): ImportSource => ({ kind: 'path', path: `/papers/${name}`, name })

/** A host that stores by a hash derived from the name and reads metadata from a table. */
function fakeHost(metadata: Record<string, Result<PdfMetadata>>) {
  const stored = new Set<string>()
  const api = {
    storePdfFile: vi.fn(async ({ path }: { path: string }) => {
      const name = path.split('/').pop() ?? path
      const hash = hashOf(name)
      const newlyStored = !stored.has(hash)
      stored.add(hash)
      return ok({ hash, size: 100, originalName: name, newlyStored })
    }),
    storePdfData: vi.fn(),
    discardStoredPdf: vi.fn(async ({ hash }: { hash: string }) => ok({ removed: stored.delete(hash) })),
    extractPdfMetadata: vi.fn(async ({ originalName }: { originalName: string }): Promise<Result<PdfMetadata>> => metadata[originalName]!),
    extractPdfFullText: vi.fn(async () => ok({ text: 'lipopolysaccharide and microglia', pageCount: 3, truncated: false })),
  }
  return { api, stored }
}

const paper = (title: string, family: string, year: number): Result<PdfMetadata> => ok({
  item: { type: 'article-journal', title, author: [{ family, given: 'A' }], issued: { 'date-parts': [[year]] } } satisfies ExtractedItem,
  fields: { title: { source: 'layout', confidence: 0.9 } },
  pageCount: 8,
  noTextLayer: false,
})

describe('importing PDFs into IndexedDB', () => {
  it('adds papers with keys, reports duplicates in the same batch, and goes on past a bad file', async () => {
    const db = openDatabase(`import-${++count}`)
    const { api, stored } = fakeHost({
      'maes.pdf': paper('The gut-brain barrier in major depression', 'Maes', 2008),
      'maes-2.pdf': paper('Leaky gut in depression', 'Maes', 2008),
      'html.pdf': fail('NOT_A_PDF', 'html.pdf: This is not a PDF: it looks like a web page (HTML).'),
    })
    const deps: ImportPdfsDeps = { api: api as unknown as ImportPdfsDeps['api'], db, keyBase: (item) => citationKeyBase(item) }
    const outcomes = await importPdfs([source('maes.pdf'), source('html.pdf'), source('maes.pdf'), source('maes-2.pdf')], deps)
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['added', 'failed', 'duplicate', 'added'])
    expect(outcomes[1]).toMatchObject({ reason: expect.stringContaining('looks like a web page') })
    expect(stored.has(hashOf('html.pdf'))).toBe(false)
    const keys = (await db.papers.toArray()).map((record) => record.citationKey).sort()
    expect(keys).toEqual(['maes2008gut', 'maes2008leaky'])
    expect(await db.attachments.count()).toBe(2)
  })

  it('keeps keys unique when two papers would get the same one', async () => {
    const db = openDatabase(`import-${++count}`)
    const { api } = fakeHost({ 'a.pdf': paper('Gut feelings', 'Smith', 2020), 'b.pdf': paper('Gut reactions', 'Smith', 2020) })
    await importPdfs([source('a.pdf'), source('b.pdf')], { api: api as unknown as ImportPdfsDeps['api'], db, keyBase: (item) => citationKeyBase(item), concurrency: 1 })
    expect((await db.papers.toArray()).map((record) => record.citationKey).sort()).toEqual(['smith2020gut', 'smith2020guta'])
  })

  it('stops taking new files when canceled and reports only what it did', async () => {
    const db = openDatabase(`import-${++count}`)
    const { api } = fakeHost({ 'a.pdf': paper('A', 'X', 2001), 'b.pdf': paper('B', 'Y', 2002), 'c.pdf': paper('C', 'Z', 2003) })
    const abort = new AbortController()
    const outcomes = await importPdfs([source('a.pdf'), source('b.pdf'), source('c.pdf')], {
      api: api as unknown as ImportPdfsDeps['api'],
      db,
      keyBase: (item) => citationKeyBase(item),
      concurrency: 1,
      signal: abort.signal,
      // canceled while the first file is under way: that one is finished, no other is started
      onProgress: ({ current }) => current === 'a.pdf' && abort.abort(),
    })
    expect(outcomes).toHaveLength(1)
    expect(await db.papers.count()).toBe(1)
  })

  it('writes papers read close together in one transaction, each with its own key, in the order read', async () => {
    const db = openDatabase(`import-${++count}`)
    let writes = 0
    db.use({
      stack: 'dbcore',
      name: 'count-paper-writes',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          if (mode === 'readwrite' && stores.includes('papers')) writes++
          return down.transaction(stores, mode, options)
        },
      }),
    })
    const names = Array.from({ length: 12 }, (_, index) => `p${index}.pdf`)
    const { api } = fakeHost(Object.fromEntries(names.map((name) => [name, paper('Gut barrier and depression', 'Maes', 2008)])))
    const outcomes = await importPdfs(names.map(source), { api: api as unknown as ImportPdfsDeps['api'], db, keyBase: (item) => citationKeyBase(item), concurrency: 6, writeIntervalMs: 50 })
    expect(outcomes.map((outcome) => outcome.status)).toEqual(names.map(() => 'added'))
    expect(writes).toBeGreaterThan(0)
    expect(writes).toBeLessThan(names.length / 2)
    const papers = await db.papers.orderBy('addedAt').toArray()
    expect(new Set(papers.map((record) => record.citationKey)).size).toBe(names.length)
    expect(new Set(papers.map((record) => record.addedAt)).size).toBe(names.length)
  })

  it('refuses a dropped file over the size limit in words, without reading its bytes', async () => {
    const db = openDatabase(`import-${++count}`)
    const { api } = fakeHost({})
    const arrayBuffer = vi.fn()
    const huge = { kind: 'file', name: 'conference-recording.pdf', file: { size: MAX_PDF_BYTES + 1, arrayBuffer } } as unknown as ImportSource
    const [outcome] = await importPdfs([huge], { api: api as unknown as ImportPdfsDeps['api'], db, keyBase: (item) => citationKeyBase(item) })
    expect(outcome).toEqual({ name: 'conference-recording.pdf', status: 'failed', reason: 'conference-recording.pdf is 201 MB; AxisRef imports PDFs up to 200 MB.' })
    expect(arrayBuffer).not.toHaveBeenCalled()
    expect(api.storePdfData).not.toHaveBeenCalled()
  })

  it('reads the full text of new PDFs afterwards, for search', async () => {
    const db = openDatabase(`import-${++count}`)
    const { api } = fakeHost({ 'a.pdf': paper('A', 'X', 2001) })
    await importPdfs([source('a.pdf')], { api: api as unknown as ImportPdfsDeps['api'], db, keyBase: (item) => citationKeyBase(item) })
    expect(await indexFullTexts(api as unknown as Parameters<typeof indexFullTexts>[0], db)).toEqual({ indexed: 1, failed: 0 })
    const [text] = await db.fullTexts.toArray()
    expect(text?.text).toContain('microglia')
    expect((await db.attachments.toArray())[0]?.textExtracted).toBe(true)
  })
})
