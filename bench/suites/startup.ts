import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../../tests/support/chromium'
import { median, round, type BenchSuite } from '../metrics'

const ROOT = join(import.meta.dirname, '../..')
const RUNS = 7

/** Starts a process and measures the time until `url` answers; the process is then stopped. */
async function timeUntilServing(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now()
  const child: ChildProcess = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(chunk.toString())
        if (match?.[1]) resolve(match[1])
      })
      child.on('exit', (code) => reject(new Error(`${command} exited with ${code} before serving`)))
    })
    await fetch(url)
    return performance.now() - started
  } finally {
    child.kill()
  }
}

/**
 * Cold start of the browser host process, and first paint of the empty app in Chromium,
 * each beside a reference measured in the same run: a bare Node HTTP server, and a static
 * file from the same server in the same browser.
 */
export const startupSuite: BenchSuite = {
  name: 'startup',
  summary: 'browser host cold start and first paint of the empty app in Chromium',
  async run() {
    const dataDir = await mkdtemp(join(tmpdir(), 'axisref-bench-'))
    const hostStarts: number[] = []
    const bareStarts: number[] = []
    const bareServer = "require('http').createServer((q,s)=>s.end('ok')).listen(0,'127.0.0.1',function(){console.log('http://127.0.0.1:'+this.address().port+'/')})"
    for (let run = 0; run < 3; run++) {
      hostStarts.push(await timeUntilServing(join(ROOT, 'node_modules/.bin/tsx'), ['electron/browser-host/main.ts', '--data-dir', dataDir], {}))
      bareStarts.push(await timeUntilServing(process.execPath, ['-e', bareServer], {}))
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
        await page.goto(`${host.url}favicon.svg`)
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
      'host.cold_start_ms': { value: round(median(hostStarts)), unit: 'ms', baseline: round(median(bareStarts)) },
      'app.first_paint_ms': { value: round(median(appPaints)), unit: 'ms', baseline: round(median(staticLoads)), target: 1000 },
    }
  },
}
