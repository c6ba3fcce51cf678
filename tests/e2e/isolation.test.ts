import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { builtRendererDir, makeTempDir } from '../support/paths'

// These run in the page, where the DOM exists (this project's types are Node's).
declare const document: { querySelector(selector: string): { dispatchEvent(event: Event): boolean } | null; createElement(tag: string): { src: string }; body: { append(node: unknown): void }; addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void }
declare const DragEvent: new (type: string, init: { bubbles: boolean; cancelable: boolean }) => Event
declare const window: { location: { href: string } }

// The app's own page must have no way to Node or to the disk except the IPC contract, and
// must not be taken away from the app: app.test.ts checks `require` and `process`; this adds
// the rest of Node's globals, file drops and remote frames. (The Electron side: preload.test.ts
// for what the preload exposes, mainEntry.test.ts for will-navigate and new windows.)

let host: BrowserHost
let browser: Browser
let page: Page

beforeAll(async () => {
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-isolation'), appVersion: '0.1.0' })
  browser = await launchChromium()
  page = await browser.newPage()
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('the page in Chromium', () => {
  it('has none of Node\'s globals', async () => {
    const kinds = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>
      return Object.fromEntries(['require', 'process', 'module', 'exports', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate', 'electron', 'ipcRenderer'].map((name) => [name, typeof scope[name]]))
    })
    expect(Object.values(kinds).every((kind) => kind === 'undefined'), JSON.stringify(kinds)).toBe(true)
  })

  it('a file dropped outside the drop zone does not take the window away from the app', async () => {
    const before = page.url()
    const notCanceled = await page.evaluate(() => {
      const target = document.querySelector('.pane--sidebar')
      return ['dragover', 'drop'].map((type) => target?.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true })))
    })
    // dispatchEvent answers false when the app called preventDefault: the browser will not open the file
    expect(notCanceled).toEqual([false, false])
    expect(page.url()).toBe(before)
  })

  it('refuses to load a remote page into a frame', async () => {
    const violation = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(`${event.violatedDirective} ${event.blockedURI}`))
          const frame = document.createElement('iframe')
          frame.src = 'https://example.org/'
          document.body.append(frame)
        }),
    )
    expect(violation).toMatch(/^frame-src https:\/\/example\.org/)
    expect(await page.evaluate(() => window.location.href)).toBe(`${host.origin}/`)
  })

  it('cannot be shown inside another page\'s frame (clickjacking)', async () => {
    const framing = await browser.newPage()
    try {
      await framing.setContent(`<iframe src="${host.url}" width="800" height="600"></iframe>`, { waitUntil: 'load' })
      const frame = framing.frames().find((candidate) => candidate !== framing.mainFrame())
      expect(frame?.url()).not.toContain(host.origin)
      expect(await frame?.getByTestId('empty-state').count()).toBe(0)
    } finally {
      await framing.close()
    }
  })
})
