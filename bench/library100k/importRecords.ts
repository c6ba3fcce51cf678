import type { Locator, Page } from 'playwright-core'
import type { ProbeCall } from './appSession'
import { LAST_TITLE_WORD } from './recordFile'

export interface ImportTiming {
  /** Drop to the preview's "Import N new papers" button. */
  previewS: number
  /** The click on it to "N papers added". */
  commitS: number
  /** Drop to a search for the last record's title word showing that record. */
  searchableS: number
  added: number
}

const IMPORT_LIMIT_MS = 1_800_000

/**
 * Drops the record file on the app's window as a desktop drag does: the file reaches a real
 * DataTransfer through a file input (Chromium reads it from disk; nothing is copied through
 * the bench), and the drop event goes to the window's drop zone.
 */
async function dropFile(page: Page, path: string): Promise<void> {
  const input = await page.evaluateHandle('axisrefProbe.fileInput()')
  const element = input.asElement()
  if (!element) throw new Error('bench: the page probe gave no file input')
  await element.setInputFiles(path)
  await page.evaluate('axisrefProbe.dropPicked()')
  await input.dispose()
}

/**
 * The user's import of `count` records: drop the file, press Import in the preview, close
 * the report, then search for the last record's title word until the list shows it.
 */
export async function importRecordFile(page: Page, probe: ProbeCall, path: string, count: number, log: (step: string) => void): Promise<ImportTiming> {
  const started = performance.now()
  const seconds = (from: number) => (performance.now() - from) / 1000
  await dropFile(page, path)
  const importButton = page.getByRole('button', { name: /^Import [\d,]+ new papers?$/ })
  await importButton.waitFor({ timeout: IMPORT_LIMIT_MS })
  const previewS = seconds(started)
  const label = (await importButton.textContent()) ?? ''
  log(`preview shown: "${label}" after ${previewS.toFixed(1)} s; ${(await page.getByTestId('bibliography-summary').textContent()) ?? ''}`)
  const committing = performance.now()
  await importButton.click()
  const report = page.getByText(/^[\d,]+ papers? added to the library\.$/)
  await untilVisible(page, report, committing, log)
  const added = Number(/^([\d,]+)/.exec((await report.textContent()) ?? '')?.[1]?.replaceAll(',', '') ?? 0)
  const commitS = seconds(committing)
  log(`${added} papers added after ${commitS.toFixed(1)} s`)
  await page.getByRole('button', { name: 'Done' }).click()
  if (added !== count) throw new Error(`bench: the import added ${added} papers, not ${count}`)
  await untilFound(probe, LAST_TITLE_WORD, started)
  return { previewS, commitS, searchableS: seconds(started), added }
}

/** Waits for the import's report, saying every half minute how far the dialog's progress has come. */
async function untilVisible(page: Page, report: Locator, since: number, log: (step: string) => void): Promise<void> {
  for (;;) {
    try {
      await report.waitFor({ timeout: 30_000 })
      return
    } catch (error) {
      const progress = (await page.getByTestId('bibliography-progress').textContent({ timeout: 1_000 }).catch(() => 'no progress shown')) ?? ''
      if (performance.now() - since > IMPORT_LIMIT_MS) throw new Error(`bench: the import did not finish in ${IMPORT_LIMIT_MS / 60_000} min (${progress.trim()})`, { cause: error })
      log(`import: ${progress.trim()}`)
    }
  }
}

/** Between two tries: a user looking again four times a second, not a search box typed into without a pause for minutes. */
const RETRY_MS = 250

/**
 * Types `word` into the search box again and again until the list shows exactly one paper.
 * Each try is a search and a clear, each over the whole library while it is not found: tried
 * back to back they kept the worker answering instead of indexing (the figure is when the
 * paper is found, within a quarter of a second).
 */
export async function untilFound(probe: ProbeCall, word: string, started: number, limitMs = IMPORT_LIMIT_MS): Promise<void> {
  for (;;) {
    const answer = await probe('search', word)
    if (answer.state.summary.startsWith('1 paper') && answer.state.rows.length === 1) return
    if (performance.now() - started > limitMs) throw new Error(`bench: a search for "${word}" never found its paper: "${answer.state.summary}"`)
    await probe('search', '')
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
  }
}
