import { existsSync } from 'node:fs'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { BUILT_WORKER_FILE } from '../../electron/main/services/pdf/workerEntry'
import { launchWithProfile } from '../library/browser'
import type { PageProbe } from './pageContract'
import { probeScript } from './probeScript'

const ROOT = join(import.meta.dirname, '../..')

export interface AppSession {
  host: BrowserHost
  context: BrowserContext
  page: Page
  /** Calls one of the page probe's hooks (bench/library100k/page/probe.ts). */
  probe: ProbeCall
  close(): Promise<void>
}

type Hook = keyof PageProbe
export type ProbeCall = <H extends Hook>(hook: H, ...args: Parameters<PageProbe[H]>) => Promise<Awaited<ReturnType<PageProbe[H]>>>

/**
 * The built app (out/renderer, copied so a parallel `electron-vite build` cannot pull it
 * away mid-run) served by the browser host with its data in `dataDir`, opened in Debian's
 * Chromium with an on-disk profile in `profileDir` (the library lives in its IndexedDB).
 * A fixed `port` keeps the origin, and so the library, from one session to the next.
 */
export async function openApp(temp: string, names: { dataDir: string; profileDir: string; port?: number }): Promise<AppSession> {
  const rendererDir = join(temp, 'renderer')
  if (!existsSync(rendererDir)) await copyBuiltRenderer(rendererDir)
  const worker = join(ROOT, 'out/main', BUILT_WORKER_FILE)
  const host = await startBrowserHost({ rendererDir, userDataDir: join(temp, names.dataDir), appVersion: 'bench', port: names.port, pdfWorkerEntry: existsSync(worker) ? { script: worker } : undefined })
  const context = await launchWithProfile(join(temp, names.profileDir))
  // tsx names functions passed to page.evaluate with a helper that exists only in Node
  await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
  await context.addInitScript({ content: probeScript() })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => console.error(`[bench] library100k page: ${error.message}`))
  return {
    host,
    context,
    page,
    probe: probeIn(page),
    async close() {
      await context.close()
      await host.close()
    },
  }
}

async function copyBuiltRenderer(target: string): Promise<void> {
  const built = join(ROOT, 'out/renderer')
  if (!existsSync(join(built, 'index.html'))) throw new Error('No built renderer in out/renderer: run `npx electron-vite build` (npm run bench builds it) first.')
  await cp(built, target, { recursive: true })
}

const CALL_TIMEOUT_MS = 120_000

/** Waits (after a load) for the probe to see paper rows painted. A function, not a string: the app's CSP forbids eval. */
export async function untilFirstRows(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const probe: unknown = Reflect.get(globalThis, 'axisrefProbe')
      const firstRowsAt: unknown = typeof probe === 'object' && probe !== null ? Reflect.get(probe, 'firstRowsAt') : undefined
      return typeof firstRowsAt === 'function' && firstRowsAt.call(probe) !== undefined
    },
    undefined,
    { timeout, polling: 50 },
  )
}

function probeIn(page: Page): ProbeCall {
  return (hook, ...args) => {
    const call = page.evaluate(({ name, values }) => {
      const probe: unknown = Reflect.get(globalThis, 'axisrefProbe')
      const method: unknown = typeof probe === 'object' && probe !== null ? Reflect.get(probe, name) : undefined
      if (typeof method !== 'function') throw new Error(`bench: the page probe has no ${name}`)
      return method.apply(probe, values) as unknown
    }, { name: String(hook), values: [...args] })
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`bench page: ${hook} did not answer in ${CALL_TIMEOUT_MS / 1000} s`)), CALL_TIMEOUT_MS)
    })
    return Promise.race([call, timeout]).finally(() => clearTimeout(timer)) as never
  }
}
