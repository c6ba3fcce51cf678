import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import { BUILT_WORKER_FILE } from '../main/services/pdf/workerEntry'
import { defaultUserDataDir } from '../main/services/userDataDir'
import { startBrowserHost } from './server'

// `npm run start:browser`: the whole app in a normal browser, without Electron.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
  },
})

const rendererDir = join(import.meta.dirname, '../../out/renderer')
const mainDir = join(import.meta.dirname, '../../out/main')
if (!existsSync(join(rendererDir, 'index.html')) || !existsSync(join(mainDir, BUILT_WORKER_FILE))) {
  console.error('The app is not built yet: run `npm run build` first (npm run start:browser does it for you).')
  process.exit(1)
}

const host = await startBrowserHost({
  rendererDir,
  userDataDir: values['data-dir'] ?? defaultUserDataDir(),
  appVersion: packageJson.version,
  port: Number(values.port),
  // the worker as the desktop app runs it, built beside the renderer
  pdfWorkerEntry: { script: join(mainDir, BUILT_WORKER_FILE) },
})
console.log(`AxisRef is running at ${host.url}`)
console.log('Open it in Chromium or Chrome. Press Ctrl+C to stop.')

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void host.close().then(() => process.exit(0)))
}
