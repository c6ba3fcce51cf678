import { describe, expect, it, vi } from 'vitest'
import { importBibliography } from '../../shared/formats'
import type { ExtractedItem, PdfMetadata } from '../../shared/ipc/importSchemas'
import { ok, type Result } from '../../shared/ipc/result'
import { summarisePaper } from '../../shared/search'
import { openDatabase, queueCompletionLookups } from '../../renderer/src/db'
import { commitBibliographyImport, planBibliographyImport } from '../../renderer/src/features/bibliography'
import { citationKeyBase } from '../../renderer/src/features/import/citationKey'
import { importPdfs, type ImportPdfsDeps } from '../../renderer/src/features/import/importPdfs'
import { LIST_COLUMNS } from '../../renderer/src/features/library/columns'

let count = 0
const hashOf = (name: string) => [...name].map((char) => char.charCodeAt(0).toString(16)).join('').padEnd(64, '0').slice(0, 64)

/** A host that stores by a hash of the name and answers the PDF reader's result from a table. */
function host(read: Record<string, ExtractedItem>): ImportPdfsDeps['api'] {
  return {
    storePdfFile: vi.fn(async ({ path }: { path: string }) => ok({ hash: hashOf(path), size: 100, originalName: path, newlyStored: true })),
    storePdfData: vi.fn(),
    discardStoredPdf: vi.fn(async () => ok({ removed: true })),
    extractPdfMetadata: vi.fn(async ({ originalName }: { originalName: string }): Promise<Result<PdfMetadata>> =>
      ok({ item: read[originalName]!, fields: { title: { source: 'layout', confidence: 0.85 }, DOI: { source: 'identifier', confidence: 0.9 } }, pageCount: 8, noTextLayer: false }),
    ),
  } as unknown as ImportPdfsDeps['api']
}

async function importFiles(read: Record<string, ExtractedItem>) {
  const db = openDatabase(`import-completion-${++count}`)
  const sources = Object.keys(read).map((name) => ({ kind: 'path' as const, path: name, name }))
  await importPdfs(sources, { api: host(read), db, keyBase: (item) => citationKeyBase(item), concurrency: 1 })
  const papers = await db.papers.toArray()
  const byName = async (name: string) => {
    const attachment = (await db.attachments.toArray()).find((candidate) => candidate.originalName === name)
    return papers.find((paper) => paper.id === attachment?.paperId)!
  }
  return { db, byName, lookups: () => db.lookups.toArray() }
}

describe('completing imported papers', () => {
  it('queues a lookup for each PDF: by its identifier, or by its title when it has none', async () => {
    const { byName, lookups } = await importFiles({
      'doi.pdf': { type: 'article-journal', title: 'Microglia in depression', DOI: '10.1371/journal.pone.0033693' },
      'pmid.pdf': { type: 'article-journal', title: 'Low-dose aspirin', PMID: '23121403', DOI: '10.1056/x' },
      'none.pdf': { type: 'article-journal', title: 'The forecast trap' },
    })
    const queued = await lookups()
    const of = async (name: string) => {
      const paper = await byName(name)
      return queued.find((row) => row.paperId === paper.id)
    }
    expect(await of('doi.pdf')).toMatchObject({ purpose: 'complete', state: 'waiting', identifier: { kind: 'doi', value: '10.1371/journal.pone.0033693' } })
    expect(await of('pmid.pdf')).toMatchObject({ identifier: { kind: 'pmid', value: '23121403' } })
    const search = await of('none.pdf')
    expect(search).toMatchObject({ purpose: 'complete', input: 'The forecast trap' })
    expect(search?.identifier).toBeUndefined()
  })

  it('does not store a running header printed twice as the title: the list says the title could not be read', async () => {
    const { byName, lookups } = await importFiles({ 'cc.pdf': { type: 'article-journal', title: 'Critical CareCritical Care', DOI: '10.1186/cc1234' } })
    const paper = await byName('cc.pdf')
    expect(paper.csl.title).toBeUndefined()
    expect(paper.fieldSources?.title).toBeUndefined()
    expect(paper.unreadableTitle).toEqual({ text: 'Critical CareCritical Care', reason: 'a running header printed twice ("Critical Care")' })
    expect((await lookups()).map((row) => row.identifier)).toEqual([{ kind: 'doi', value: '10.1186/cc1234' }])
    const row = summarisePaper(paper, { hasPdf: true, hasFullText: false, hasNotes: false })
    expect(LIST_COLUMNS.find((column) => column.column === 'title')?.cell(row)).toBe('Title could not be read')
  })

  it('queues lookups for the entries of a bibliography file that have an identifier, and only those', async () => {
    const db = openDatabase(`import-completion-${++count}`)
    const bib = '@article{a, title={Low-dose aspirin}, doi={10.1056/NEJMoa1210384}, year={2012}}\n@article{b, title={No identifier here}, year={2012}}\n'
    const ids = await commitBibliographyImport(db, await planBibliographyImport(db, 'library.bib', importBibliography(bib, { format: 'bibtex' })))
    expect(ids).toHaveLength(2)
    const queued = await db.lookups.toArray()
    expect(queued.map((row) => [row.identifier?.kind, row.identifier?.value.toLowerCase()])).toEqual([['doi', '10.1056/nejmoa1210384']])
  })

  it('on demand, queues the selection once, and says how many had nothing to look up by', async () => {
    const { db, byName } = await importFiles({ 'a.pdf': { type: 'article-journal', title: 'Microglia in depression', DOI: '10.1371/journal.pone.0033693' } })
    const bare = { id: 'bare', citationKey: 'bare', csl: { id: 'bare', type: 'article-journal' }, addedAt: 1, modifiedAt: 1, revision: 1, axisNodes: [], tags: [], collections: [] }
    await db.papers.add(bare)
    const paper = await byName('a.pdf')
    expect(await queueCompletionLookups(db, [paper.id, 'bare'])).toEqual({ queued: 1, nothingToLookUp: 1 })
    expect(await db.lookups.where('paperId').equals(paper.id).count()).toBe(1)
  })
})
