import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../../tests/support/chromium'
import { median, round, type BenchSuite } from '../metrics'
import { startBrowserHostProcess, startServing, type ServingProcess } from '../serving'
import { measureSnapshotStall } from './snapshotStall'

const ROOT = join(import.meta.dirname, '../..')
const RUNS = 7

/** Starts a process and measures the time until its address answers; the process is then stopped. */
async function timeUntilServing(start: () => Promise<ServingProcess>): Promise<number> {
  const started = performance.now()
  const server = await start()
  try {
    await fetch(server.url)
    return performance.now() - started
  } finally {
    await server.close()
  }
}

/**
 * Cold start of the browser host process, and first paint of the empty app in Chromium,
 * each beside a reference measured in the same run: a bare Node HTTP server, and a static
 * file from the same server in the same browser. Also main's longest stall while it writes a
 * 50,000-paper snapshot, beside the same write parsed on main's thread (snapshotStall.ts).
 */
export const startupSuite: BenchSuite = {
  name: 'startup',
  summary: 'browser host cold start, first paint of the empty app in Chromium, main stalled by a 50,000-paper snapshot',
  async run() {
    const dataDir = await mkdtemp(join(tmpdir(), 'axisref-bench-'))
    const hostStarts: number[] = []
    const bareStarts: number[] = []
    const bareServer = "require('http').createServer((q,s)=>s.end('ok')).listen(0,'127.0.0.1',function(){console.log('http://127.0.0.1:'+this.address().port+'/')})"
    for (let run = 0; run < 3; run++) {
      hostStarts.push(await timeUntilServing(() => startBrowserHostProcess(dataDir)))
      bareStarts.push(await timeUntilServing(() => startServing(process.execPath, ['-e', bareServer])))
    }

    const host = await startBrowserHost({ rendererDir: join(ROOT, 'out/renderer'), userDataDir: dataDir, appVersion: 'bench' })
    const browser = await launchChromium()
    const appPaints: number[] = []
    const staticLoads: number[] = []
    try {
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext()
        const page = await context.newPage()
        let started = performance.now()
        await page.goto(`${host.origin}/favicon.svg`)
        staticLoads.push(performance.now() - started)
        started = performance.now()
        await page.goto(host.url)
        await page.getByTestId('empty-state').waitFor()
        appPaints.push(performance.now() - started)
        await context.close()
      }
    } finally {
      await browser.close()
      await host.close()
    }
    return {
      ...(await measureSnapshotStall(dataDir)),
      'host.cold_start_ms': { value: round(median(hostStarts)), unit: 'ms', baseline: round(median(bareStarts)) },
      'app.first_paint_ms': { value: round(median(appPaints)), unit: 'ms', baseline: round(median(staticLoads)), target: 1000 },
    }
  },
}
