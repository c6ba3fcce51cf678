import type { Page } from 'playwright-core'
import type { GeneratedLibrary } from '../../bench/fixtures/generateLibrary'

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
  error: unknown
}
interface IdbDatabase {
  transaction(names: string[], mode: 'readwrite'): IdbTransaction
  close(): void
}
declare const indexedDB: { open(name: string): IdbRequest<IdbDatabase> }

/**
 * Writes a generated library into the app's own IndexedDB (opened by the app already, at
 * its current schema), as an import would leave it: papers, attachments, full texts and
 * notes. Reload the page afterwards, so the app and its search worker read it from disk.
 */
export async function seedLibrary(page: Page, library: GeneratedLibrary, database = 'axisref'): Promise<void> {
  await page.evaluate(
    async ({ name, rows }) => {
      const db = await new Promise<IdbDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(new Error(String(request.error)))
      })
      const transaction = db.transaction(Object.keys(rows), 'readwrite')
      for (const [table, records] of Object.entries(rows)) for (const record of records) transaction.objectStore(table).put(record)
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve()
        transaction.onerror = () => reject(new Error(String(transaction.error)))
      })
      db.close()
    },
    { name: database, rows: { papers: library.papers, attachments: library.attachments, fullTexts: library.fullTexts, notes: library.notes } as Record<string, unknown[]> },
  )
}
