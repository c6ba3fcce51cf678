import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { JSHandle, Page } from 'playwright-core'

// These run in the page, where the DOM exists (this project's types are Node's).
declare const DataTransfer: new () => { items: { add(file: File): void } }
declare const document: { body: { dispatchEvent(event: Event): boolean } }

/** A real DataTransfer in the page holding these files, as a drag from the desktop carries them. */
export async function dataTransferOf(page: Page, paths: readonly string[]): Promise<JSHandle> {
  const files = await Promise.all(paths.map(async (path) => ({ name: basename(path), base64: (await readFile(path)).toString('base64') })))
  return page.evaluateHandle((list) => {
    const data = new DataTransfer()
    for (const { name, base64 } of list) data.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name))
    return data
  }, files)
}

/** Drops files on the paper list as a person would, through a real DataTransfer. */
export async function dropFiles(page: Page, paths: readonly string[]): Promise<void> {
  const transfer = await dataTransferOf(page, paths)
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer })
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer })
}

/** Pastes text onto the window outside any text field (what Ctrl+V with a copied .bib does). */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const event = new Event('paste', { bubbles: true })
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => pasted } })
    document.body.dispatchEvent(event)
  }, text)
}
