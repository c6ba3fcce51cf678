import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { callCayw, freePort } from '../support/caywClient'
import { launchChromium } from '../support/chromium'
import { builtRendererDir, makeTempDir } from '../support/paths'

/** The page's DOM, as far as the test's page functions use it (this project compiles without the DOM library). */
declare const document: { createElement(tag: 'img'): { src: string; onload: () => void; onerror: () => void } }

let host: BrowserHost
let browser: Browser
let page: Page
let port: number
/** Every picker the endpoint asked for: a refused call never gets this far. */
const pickerRequests: unknown[] = []

beforeAll(async () => {
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-cayw'), appVersion: '0.1.0', checkOutput: true, picker: { onRequest: (request) => pickerRequests.push(request) } })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(host.url)
  port = await freePort()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe("Settings → Cite while writing, in Chromium over the browser host", () => {
  it('turns the endpoint on at a chosen port; editors then get ready, a foreign host name is refused', async () => {
    await page.getByRole('button', { name: 'Settings' }).click()
    const status = page.getByTestId('cite-as-you-write-status')
    expect(await status.textContent()).toBe('Off: editors get no answer.')
    await page.getByLabel('Port', { exact: true }).fill(String(port))
    await page.getByLabel('Port', { exact: true }).press('Enter')
    await page.getByTestId('cite-as-you-write-usage').getByText(`http://127.0.0.1:${port}/better-bibtex/cayw?format=pandoc`).waitFor()
    await page.getByRole('switch', { name: /Let editors ask for citations/ }).click()
    await page.getByText(`Listening on 127.0.0.1:${port}.`).waitFor()

    expect(await callCayw(port, '/better-bibtex/cayw?probe=true').answer).toMatchObject({ status: 200, body: 'ready' })
    const rebound = await callCayw(port, '/better-bibtex/cayw?format=pandoc', { headers: { host: `evil.example:${port}` } }).answer
    expect(rebound.status).toBe(403)
    expect(pickerRequests).toEqual([])
  })

  it("does not let a web page open the picker or read an answer, by fetch or by an image's request", async () => {
    // a page of another site on this computer, without the app's CSP (which alone would stop the app's own page)
    const site = createServer((_request, response) => response.end('<!doctype html><title>a web page</title>'))
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    const other = await browser.newPage()
    try {
      await other.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`)
      const url = `http://127.0.0.1:${port}/better-bibtex/cayw?format=pandoc`
      const fetched = await other.evaluate(async (address) => {
        try {
          const response = await fetch(address)
          return `read ${response.status}`
        } catch (error) {
          return `refused: ${String(error)}`
        }
      }, url)
      expect(fetched).toMatch(/^refused/)
      // an image's load sends no Origin; Chromium marks it Sec-Fetch-Site, and the 403 makes it fail
      const image = await other.evaluate(
        (address) =>
          new Promise<string>((resolve) => {
            const element = document.createElement('img')
            element.onload = () => resolve('loaded')
            element.onerror = () => resolve('failed')
            element.src = address
          }),
        `${url}&image=1`,
      )
      expect(image).toBe('failed')
      expect(pickerRequests).toEqual([])
    } finally {
      await other.close()
      await new Promise((resolve) => site.close(resolve))
    }
  })

  it('turns it off again: nothing listens', async () => {
    await page.getByRole('switch', { name: /Let editors ask for citations/ }).click()
    await page.getByText('Off: editors get no answer.').waitFor()
    await expect(callCayw(port, '/better-bibtex/cayw?probe=true').answer).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})
