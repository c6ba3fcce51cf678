import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { GUT_BRAIN_BIB } from '../support/gutBrainBib'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { pasteText } from '../support/userInput'

// These run in the page, where the async Clipboard API exists (this project's types are Node's).
interface PageClipboardItem {
  types: string[]
  getType(type: string): Promise<{ text(): Promise<string> }>
}
declare const navigator: { clipboard: { read(): Promise<PageClipboardItem[]>; writeText(text: string): Promise<void> } }

const BIB = GUT_BRAIN_BIB

let host: BrowserHost
let browser: Browser
let page: Page

beforeAll(async () => {
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-quick-copy'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  // what a person allows when Chromium asks; the test reads the clipboard back with it
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin })
  page = await context.newPage()
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
  await pasteText(page, BIB)
  await page.getByRole('button', { name: 'Import 2 new papers' }).click()
  await page.getByRole('button', { name: 'Done' }).click()
  const rows = page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
  await rows.filter({ hasText: 'The gut-brain barrier' }).click()
  await rows.filter({ hasText: 'Transferring the blues' }).click({ modifiers: ['Control'] })
  await page.getByRole('grid', { name: 'Papers' }).getByRole('row', { selected: true }).nth(1).waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

/** Sets what a shortcut copies in Settings → Quick copy, as a person does, and closes Settings. */
async function chooseInSettings(keys: string, choice: { copies: string; style?: string; locale?: string }): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click()
  const shortcut = page.getByRole('group', { name: keys })
  await shortcut.getByLabel('Copies').selectOption({ label: choice.copies })
  if (choice.style) await shortcut.getByLabel('Style').selectOption({ label: choice.style })
  if (choice.locale) await shortcut.getByLabel('Locale').selectOption({ label: choice.locale })
  await page.getByRole('button', { name: 'Close' }).click()
}

/** Presses the shortcut over the selected papers and reads back every type the clipboard holds. */
async function copyWith(keys: string, said: string): Promise<Record<string, string>> {
  await page.evaluate(() => navigator.clipboard.writeText('nothing yet'))
  await page.keyboard.press(keys)
  await page.getByRole('status').getByText(said, { exact: true }).waitFor()
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read()
    if (!item) return {}
    return Object.fromEntries(await Promise.all(item.types.map(async (type) => [type, await (await item.getType(type)).text()])))
  })
}

describe('quick copy in Chromium, read back from the clipboard', () => {
  it('copies APA references as HTML with the journals in italics, and as plain text', async () => {
    await chooseInSettings('Ctrl+Shift+C', { copies: 'Formatted reference', style: 'APA 7th edition' })
    const copied = await copyWith('Control+Shift+C', 'Copied 2 references in APA 7th edition.')
    expect(Object.keys(copied).sort()).toEqual(['text/html', 'text/plain'])
    expect(copied['text/html']).toContain('<i>Neuro Endocrinology Letters</i>')
    expect(copied['text/html']).toContain('<i>Journal of Psychiatric Research</i>')
    expect(copied['text/plain']).toContain('Maes, M., Kubera, M., & Leunis, J.-C. (2008). The gut-brain barrier in major depression')
    expect(copied['text/plain']).toContain('Neuro Endocrinology Letters, 29, 117–124.')
    expect(copied['text/plain']).not.toContain('<')
  })

  it('copies the in-text citation in German', async () => {
    await chooseInSettings('Ctrl+Shift+A', { copies: 'Formatted citation', style: 'Harvard (Cite Them Right 11th edition)', locale: 'Deutsch · de-DE' })
    const said = 'Copied the citation (Maes, Kubera und Leunis, 2008; Kelly und Borre, 2016) in Harvard (Cite Them Right 11th edition), de-DE.'
    const copied = await copyWith('Control+Shift+A', said)
    expect(copied['text/plain']).toBe('(Maes, Kubera und Leunis, 2008; Kelly und Borre, 2016)')
    expect(copied['text/html']).toContain('(Maes, Kubera und Leunis, 2008; Kelly und Borre, 2016)')
  })

  it('copies citation keys, a Pandoc citation and a LaTeX \\cite as plain text only', async () => {
    await chooseInSettings('Ctrl+Shift+C', { copies: 'Citation key' })
    expect(await copyWith('Control+Shift+C', 'Copied the citation keys maes2008, kelly2016.')).toEqual({ 'text/plain': 'maes2008, kelly2016' })
    await chooseInSettings('Ctrl+Shift+A', { copies: 'Pandoc [@key]' })
    expect(await copyWith('Control+Shift+A', 'Copied the Pandoc citation [@maes2008; @kelly2016].')).toEqual({ 'text/plain': '[@maes2008; @kelly2016]' })
    await chooseInSettings('Ctrl+Shift+C', { copies: 'LaTeX \\cite{key}' })
    expect(await copyWith('Control+Shift+C', 'Copied the LaTeX citation \\cite{maes2008,kelly2016}.')).toEqual({ 'text/plain': '\\cite{maes2008,kelly2016}' })
  })

  it('keeps the choices after a reload', async () => {
    await page.reload()
    await page.getByRole('button', { name: 'Settings' }).click()
    const section = page.getByRole('region', { name: 'Quick copy' })
    await section.scrollIntoViewIfNeeded()
    await expect.poll(() => section.getByRole('group', { name: 'Ctrl+Shift+C' }).getByLabel('Copies').inputValue()).toBe('latex')
    expect(await section.getByRole('group', { name: 'Ctrl+Shift+A' }).getByLabel('Copies').inputValue()).toBe('pandoc')
    await chooseStyleForScreenshot()
    await mkdir(join(ARTIFACTS_DIR, 'e2e'), { recursive: true })
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'quick-copy-settings.png') })
  })
})

/** Shows both kinds of choice in the screenshot: a formatted one with its style and locale, and a key form. */
async function chooseStyleForScreenshot(): Promise<void> {
  const shortcut = page.getByRole('group', { name: 'Ctrl+Shift+C' })
  await shortcut.getByLabel('Copies').selectOption({ label: 'Formatted reference' })
  await shortcut.getByLabel('Locale').selectOption({ label: 'Français · fr-FR' })
}
