import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** How to start the PDF worker: a file to run, or a small script to evaluate, with its data. */
export interface PdfWorkerEntry {
  /** A path, or JavaScript source when `eval` is true. */
  script: string
  eval: boolean
  workerData?: unknown
}

/** The bundle name the Electron build must emit for `electron/main/services/pdf/worker.ts`. */
export const BUILT_WORKER_FILE = 'pdfWorker.js'

// Node 20 ignores `execArgv: ['--import', 'tsx']` for a worker's own entry file (the .ts entry
// fails with ERR_UNKNOWN_FILE_EXTENSION), so from source a tiny CommonJS bootstrap registers
// tsx's ESM hooks inside the worker first and then imports worker.ts.
const SOURCE_BOOTSTRAP = `
const { workerData } = require('node:worker_threads')
import(workerData.tsxApi)
  .then((tsx) => {
    tsx.register()
    return import(workerData.entry)
  })
  .catch((error) => setImmediate(() => { throw error }))
`

/**
 * Where the worker entry is. From source (tsx, vitest) this module is a .ts file: the worker
 * runs worker.ts through tsx. From the electron-vite build it is bundled JavaScript: the worker
 * is `pdfWorker.js` in the same folder, which electron.vite.config.ts must emit as a second
 * main-process input (`pdfWorker: 'electron/main/services/pdf/worker.ts'`), with pdfjs-dist
 * left external (electron-vite's default for dependencies) so that pdfjs finds its fonts, CMaps
 * and its own pdf.worker.mjs in node_modules. `builtDir` overrides the folder.
 */
export function resolvePdfWorkerEntry(options: { builtDir?: string } = {}): PdfWorkerEntry {
  const here = fileURLToPath(import.meta.url)
  if (/\.[cm]?ts$/.test(here)) return sourceWorkerEntry(join(dirname(here), 'worker.ts'))
  if (options.builtDir) return { script: join(options.builtDir, BUILT_WORKER_FILE), eval: false }
  // Beside this bundle, or one folder up when the bundler moved this code into chunks/.
  const candidates = [dirname(here), dirname(dirname(here))].map((dir) => join(dir, BUILT_WORKER_FILE))
  return { script: candidates.find((file) => existsSync(file)) ?? candidates[0] ?? BUILT_WORKER_FILE, eval: false }
}

/** Runs a TypeScript worker file through tsx (source checkouts and tests only; tsx is a dev dependency). */
export function sourceWorkerEntry(tsFile: string): PdfWorkerEntry {
  return { script: SOURCE_BOOTSTRAP, eval: true, workerData: { tsxApi: pathToFileURL(tsxEsmApiPath()).href, entry: pathToFileURL(tsFile).href } }
}

/**
 * tsx's ESM API file, read from tsx's own exports map: `require.resolve` would pick the CommonJS
 * build, which cannot register the hooks from inside a worker.
 */
function tsxEsmApiPath(): string {
  const require = createRequire(import.meta.url)
  const manifestPath = require.resolve('tsx/package.json')
  const manifest = require(manifestPath) as { exports?: Record<string, { import?: { default?: string } }> }
  const relative = manifest.exports?.['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs'
  return join(dirname(manifestPath), relative)
}
