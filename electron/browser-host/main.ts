import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import { BUILT_WORKER_FILE } from '../main/services/pdf/workerEntry'
import { defaultUserDataDir } from '../main/services/userDataDir'
import { parsePortOption } from './command'
import { PortUnavailableError, startBrowserHost } from './server'

// `npm run start:browser`: the whole app in a normal browser, without Electron.
function exitWith(message: string): never {
  console.error(message)
  process.exit(1)
}

let options: { port?: string; 'data-dir'?: string }
try {
  options = parseArgs({ options: { port: { type: 'string', default: '0' }, 'data-dir': { type: 'string' } } }).values
} catch (error) {
  exitWith(`${error instanceof Error ? error.message : String(error)}. Options: --port N (omit it for a free port), --data-dir DIR.`)
}
const port = parsePortOption(options.port)
if (!port.ok) exitWith(port.message)

const rendererDir = join(import.meta.dirname, '../../out/renderer')
const mainDir = join(import.meta.dirname, '../../out/main')
if (!existsSync(join(rendererDir, 'index.html')) || !existsSync(join(mainDir, BUILT_WORKER_FILE))) {
  exitWith('The app is not built yet: run `npm run build` first (npm run start:browser does it for you).')
}

const host = await startBrowserHost({
  rendererDir,
  userDataDir: options['data-dir'] ?? defaultUserDataDir(),
  appVersion: packageJson.version,
  port: port.value,
  // the worker as the desktop app runs it, built beside the renderer
  pdfWorkerEntry: { script: join(mainDir, BUILT_WORKER_FILE) },
}).catch((error: unknown) => {
  if (error instanceof PortUnavailableError) exitWith(error.message)
  throw error
})
console.log(`AxisRef is running at ${host.url}`)
console.log('Open this address (with its token) in Chromium or Chrome; the page keeps the token. Press Ctrl+C to stop.')
const cayw = await host.services.citeAsYouWrite.get()
if (cayw.listening) console.log(`Editors can ask for citations at http://127.0.0.1:${cayw.port}/better-bibtex/cayw (Settings → Cite while writing).`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void host.close().then(() => process.exit(0)))
}
