import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { DATABASE_NAME } from '../../renderer/src/db/schema'
import { dataTransferOf } from '../../tests/support/userInput'
import { startBrowserHostProcess, type ServingProcess } from '../serving'

/** One drop of the files on the app, timed in the page. */
export interface AppImportPass {
  /** Drop to every paper written to IndexedDB and counted in the visible list. */
  visibleMs: number
  /** From then until every paper's full text is in IndexedDB (the background phase). */
  fullTextMs: number
}

export interface AppImportRuns {
  /** The first drop after start: parser workers still starting and compiling. */
  first: AppImportPass
  /** Later drops, each into an empty library (fresh IndexedDB, empty library folder). */
  warm: AppImportPass[]
}

// In the page, where the DOM exists (this compilation has Node's types only).
declare const document: { querySelector(selector: string): { textContent: string | null; dispatchEvent(event: unknown): boolean } | null }
declare const DragEvent: new (type: string, init: { dataTransfer: unknown; bubbles: boolean; cancelable: boolean }) => unknown
declare function requestAnimationFrame(callback: () => void): number
declare const indexedDB: {
  open(name: string): { result: IdbDatabase; onsuccess: (() => void) | null; onerror: (() => void) | null }
}
interface IdbDatabase {
  transaction(store: string): { objectStore(store: string): { getAll(): { result: { textExtracted?: boolean; scanned?: boolean }[]; onsuccess: (() => void) | null } } }
  close(): void
}

/**
 * Drops `files` on the built app in Chromium, as a user drops a folder, against the browser
 * host (`npm run start:browser`: the same main-process services and the built PDF worker the
 * desktop app runs) in a process of its own, as Electron's main process is: the whole
 * metadata phase (bytes to main, hash, store, parse, record written, row painted) and then
 * the background full-text phase. One host for all passes, so the later passes see warm
 * workers, as every import after the first does.
 */
export async function measureAppImport(browser: Browser, options: { dataDir: string; files: readonly string[]; passes: number }): Promise<AppImportRuns> {
  const host = await startBrowserHostProcess(options.dataDir)
  try {
    const passes: AppImportPass[] = []
    for (let pass = 0; pass <= options.passes; pass++) passes.push(await importOnce(browser, host, options.dataDir, options.files))
    const [first, ...warm] = passes
    if (!first) throw new Error('no import pass ran')
    return { first, warm }
  } finally {
    await host.close()
  }
}

async function importOnce(browser: Browser, host: ServingProcess, dataDir: string, files: readonly string[]): Promise<AppImportPass> {
  // an empty library each time: the PDF store in the folder and IndexedDB in a new context
  await rm(join(dataDir, 'Library', 'files'), { recursive: true, force: true })
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    // tsx names the page functions below with a helper that exists only in Node
    await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
    await page.goto(host.url)
    await page.getByTestId('empty-state').waitFor()
    return await dropAndWait(page, files)
  } finally {
    await context.close()
  }
}

/** Builds the files in the page first (untimed), then times the drop from inside the page. */
async function dropAndWait(page: Page, files: readonly string[]): Promise<AppImportPass> {
  const transfer = await dataTransferOf(page, files)
  return page.evaluate(
    async ({ data, count, database }) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))
      const text = (selector: string) => document.querySelector(selector)?.textContent ?? ''
      // attachments whose text is in (or that have none to read: scans)
      const textsIn = () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open(database)
          open.onerror = () => resolve(0)
          open.onsuccess = () => {
            const request = open.result.transaction('attachments').objectStore('attachments').getAll()
            request.onsuccess = () => {
              open.result.close()
              resolve(request.result.filter((attachment) => attachment.textExtracted || attachment.scanned).length)
            }
          }
        })
      const zone = document.querySelector('[data-testid="drop-zone"]')
      if (!zone) throw new Error('bench: no drop zone')
      const started = performance.now()
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
      // every paper counted in the painted list, and the import's own report on screen
      let visible = await frame()
      while (!(text('[data-testid="list-summary"]').startsWith(`${count} papers`) && text('[data-testid="import-summary"]').includes(`${count} added`))) {
        visible = await frame()
        if (visible - started > 300_000) throw new Error(`bench: the list did not reach ${count} papers: "${text('[data-testid="list-summary"]')}"`)
      }
      let done = visible
      while ((await textsIn()) < count) {
        await new Promise((resolve) => setTimeout(resolve, 20))
        done = performance.now()
        if (done - visible > 300_000) throw new Error('bench: full text did not arrive')
      }
      return { visibleMs: visible - started, fullTextMs: done - visible }
    },
    { data: transfer, count: files.length, database: DATABASE_NAME },
  )
}
