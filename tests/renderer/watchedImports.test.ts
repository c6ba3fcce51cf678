import { describe, expect, it } from 'vitest'
import type { ExtractedItem, PdfMetadata } from '../../shared/ipc/importSchemas'
import { fail, ok, type Result } from '../../shared/ipc/result'
import { findPaperByAttachmentHash, openDatabase } from '../../renderer/src/db'
import { citationKeyBase } from '../../renderer/src/features/import/citationKey'
import { importPdfs, type ImportPdfsDeps, type ImportSource } from '../../renderer/src/features/import/importPdfs'
import { collectWrittenWatchedFiles, confirmWatchedFiles } from '../../renderer/src/features/import/watchedImports'

let count = 0
const hashOf = (name: string) => [...name].map((char) => char.charCodeAt(0).toString(16)).join('').padEnd(64, '0').slice(0, 64)
const watchedFile = (name: string): ImportSource => ({ kind: 'path', path: `/Downloads/${name}`, name, watched: true })
const readable = (title: string): PdfMetadata => ({
  item: { type: 'article-journal', title, author: [{ family: 'Maes', given: 'M' }], issued: { 'date-parts': [[2008]] } } satisfies ExtractedItem,
  fields: {},
  pageCount: 4,
  noTextLayer: false,
})

function host(metadata: Record<string, PdfMetadata>): ImportPdfsDeps['api'] {
  return {
    storePdfFile: async ({ path }) => {
      const name = path.split('/').pop() ?? path
      return ok({ hash: hashOf(name), size: 10, originalName: name, newlyStored: true })
    },
    storePdfData: async () => fail('UNAVAILABLE', 'no drops here'),
    discardStoredPdf: async () => ok({ removed: true }),
    extractPdfMetadata: async ({ originalName }): Promise<Result<PdfMetadata>> => (metadata[originalName] ? ok(metadata[originalName]) : fail('NOT_A_PDF', 'not a PDF')),
  }
}

describe('watched-folder files are confirmed only once their paper is written', () => {
  it('collects a file when its paper is in IndexedDB (or already was), never a failed one or a file not from the watched folder', async () => {
    const db = openDatabase(`watched-${++count}`)
    const watched = collectWrittenWatchedFiles()
    // looked up the moment each paper is reported added: it must be in IndexedDB already
    const inDatabaseWhenSettled: Promise<boolean>[] = []
    const api = host({ 'gut.pdf': readable('Leaky gut in depression'), 'again.pdf': readable('Leaky gut in depression'), 'picked.pdf': readable('Chosen in a dialog') })
    await importPdfs([watchedFile('gut.pdf'), watchedFile('broken.pdf'), { kind: 'path', path: '/picked.pdf', name: 'picked.pdf' }], {
      api,
      db,
      keyBase: citationKeyBase,
      onSettled: (source, outcome) => {
        watched.onSettled(source, outcome)
        if (outcome.status === 'added') inDatabaseWhenSettled.push(findPaperByAttachmentHash(db, hashOf(source.name)).then((paper) => paper !== undefined))
      },
    })
    expect(watched.paths).toEqual(['/Downloads/gut.pdf'])
    // the same file offered again after a crash is found in the library and confirmed as done
    const second = collectWrittenWatchedFiles()
    await importPdfs([watchedFile('gut.pdf')], { api, db, keyBase: citationKeyBase, onSettled: second.onSettled })
    expect(second.paths).toEqual(['/Downloads/gut.pdf'])
    expect(await Promise.all(inDatabaseWhenSettled)).toEqual([true, true])
  })

  it('sends the written files to the host, and says so in words when the host cannot note them', async () => {
    const sent: string[][] = []
    const api = { confirmWatchedFilesImported: async ({ paths }: { paths: string[] }) => (sent.push(paths), ok({ confirmed: paths.length })) }
    expect(await confirmWatchedFiles(api, ['/Downloads/gut.pdf'])).toEqual([])
    expect(await confirmWatchedFiles(api, [])).toEqual([])
    expect(sent).toEqual([['/Downloads/gut.pdf']])
    const down = { confirmWatchedFilesImported: async () => fail<{ confirmed: number }>('IO_ERROR', 'the disk is full') }
    expect(await confirmWatchedFiles(down, ['/Downloads/gut.pdf'])).toEqual([
      { name: 'Watched folder', status: 'failed', reason: expect.stringMatching(/could not note that 1 file\(s\) were imported \(the disk is full\); they will be looked at again/) },
    ])
  })
})
