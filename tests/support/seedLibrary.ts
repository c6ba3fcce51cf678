import type { Page } from 'playwright-core'
import type { GeneratedLibrary, GeneratedPaper } from '../../bench/fixtures/generateLibrary'
import { ONTOLOGY_VERSION } from '../../shared/axis'

// These run in the page, where IndexedDB exists (this project's types are Node's).
interface IdbRequest<T> {
  result: T
  error: unknown
  onsuccess: (() => void) | null
  onerror: (() => void) | null
}
interface IdbTransaction {
  objectStore(name: string): { put(value: unknown): void }
  oncomplete: (() => void) | null
  onerror: (() => void) | null
  onabort: (() => void) | null
  error: unknown
}
interface IdbDatabase {
  transaction(names: string[], mode: 'readwrite', options?: { durability: 'relaxed' }): IdbTransaction
  close(): void
}
declare const indexedDB: { open(name: string): IdbRequest<IdbDatabase> }

type Rows = Record<string, unknown[]>

/** Rows written in one transaction: a few thousand papers with their attachments, full texts and notes. */
export const SEED_CHUNK = 2_500

/**
 * Writes a generated library into the app's own IndexedDB (opened by the app already, at
 * its current schema), as an import would leave it: papers, attachments, full texts and
 * notes. Reload the page afterwards, so the app and its search worker read it from disk.
 *
 * Each chunk of papers crosses to the page as one JSON string and is written in one
 * transaction: Playwright's own serialisation of a large argument walks every value and
 * took most of a minute for 10,000 papers.
 */
export async function seedLibrary(page: Page, library: GeneratedLibrary, database = 'axisref'): Promise<void> {
  for (const rows of seedChunks(library, SEED_CHUNK)) await writeRows(page, database, JSON.stringify(rows))
}

/** The library cut into chunks of `size` papers, each with the rows that name its papers. */
export function seedChunks(library: GeneratedLibrary, size: number): Rows[] {
  const chunks: Rows[] = []
  for (let start = 0; start < library.papers.length; start += size) {
    const papers = library.papers.slice(start, start + size)
    const ids = new Set(papers.map((paper) => paper.id))
    const named = <T extends { paperId: string }>(rows: T[]) => rows.filter((row) => ids.has(row.paperId))
    chunks.push({ papers, attachments: named(library.attachments), fullTexts: named(library.fullTexts), notes: named(library.notes) })
  }
  return chunks
}

async function writeRows(page: Page, name: string, json: string): Promise<void> {
  await page.evaluate(
    async ({ name, json }) => {
      const rows = JSON.parse(json) as Rows
      const db = await new Promise<IdbDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(new Error(String(request.error)))
      })
      try {
        const tables = Object.keys(rows).filter((table) => (rows[table]?.length ?? 0) > 0)
        const transaction = db.transaction(tables, 'readwrite', { durability: 'relaxed' })
        for (const table of tables) for (const record of rows[table] ?? []) transaction.objectStore(table).put(record)
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve()
          transaction.onerror = () => reject(new Error(String(transaction.error)))
          transaction.onabort = () => reject(new Error(`the seeding transaction was aborted: ${String(transaction.error)}`))
        })
      } finally {
        db.close()
      }
    },
    { name, json },
  )
}

/**
 * The library as the app leaves it once its background work after an import is done: each
 * paper's axis suggestions made with the current ontology (those it has accepted, which is
 * what the generator models), so a start does not suggest for every paper again. Without
 * them the first start re-suggests and rewrites all the papers, the search index follows
 * every one of those writes and a backup snapshot of the whole library comes after: the
 * work of an ontology upgrade, not of opening a library.
 */
export function withSettledSuggestions(library: GeneratedLibrary): GeneratedLibrary {
  const withText = new Set(library.fullTexts.map((text) => text.paperId))
  const settled = (paper: GeneratedPaper): GeneratedPaper => ({
    ...paper,
    axisSuggestions: { ontologyVersion: ONTOLOGY_VERSION, withFullText: withText.has(paper.id), nodes: paper.axisNodes.map((id) => ({ id, score: 1, evidence: [] })), pathways: [], studyType: null },
    axisSuggested: [],
  })
  return { ...library, papers: library.papers.map(settled) }
}
