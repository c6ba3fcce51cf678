import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** How to start a PDF reader process: the script to fork, and Node flags for it. */
export interface PdfWorkerEntry {
  script: string
  /** Node options before the script (from source: tsx's loader). */
  execArgv?: string[]
}

/** The bundle name the Electron build must emit for `electron/main/services/pdf/worker.ts`. */
export const BUILT_WORKER_FILE = 'pdfWorker.js'

/**
 * Where the reader's entry is. From source (tsx, vitest) this module is a .ts file: the reader
 * runs worker.ts through tsx. From the electron-vite build it is bundled JavaScript: the reader
 * is `pdfWorker.js` in the same folder, which electron.vite.config.ts must emit as a second
 * main-process input (`pdfWorker: 'electron/main/services/pdf/worker.ts'`), with pdfjs-dist
 * left external (electron-vite's default for dependencies) so that pdfjs finds its CMaps and
 * its own pdf.worker.mjs in node_modules. `builtDir` overrides the folder.
 */
export function resolvePdfWorkerEntry(options: { builtDir?: string } = {}): PdfWorkerEntry {
  const here = fileURLToPath(import.meta.url)
  if (/\.[cm]?ts$/.test(here)) return sourceWorkerEntry(join(dirname(here), 'worker.ts'))
  if (options.builtDir) return { script: join(options.builtDir, BUILT_WORKER_FILE) }
  // Beside this bundle, or one folder up when the bundler moved this code into chunks/.
  const candidates = [dirname(here), dirname(dirname(here))].map((dir) => join(dir, BUILT_WORKER_FILE))
  return { script: candidates.find((file) => existsSync(file)) ?? candidates[0] ?? BUILT_WORKER_FILE }
}

/** Runs a TypeScript reader file through tsx's loader (source checkouts and tests only; tsx is a dev dependency). */
export function sourceWorkerEntry(tsFile: string): PdfWorkerEntry {
  return { script: tsFile, execArgv: ['--import', pathToFileURL(tsxLoaderPath()).href] }
}

/** tsx's loader (what `node --import tsx` loads), found through tsx's own exports map. */
function tsxLoaderPath(): string {
  const require = createRequire(import.meta.url)
  const manifestPath = require.resolve('tsx/package.json')
  const loader = rootExport(require(manifestPath))
  return join(dirname(manifestPath), typeof loader === 'string' ? loader : './dist/loader.mjs')
}

/** `exports["."]` of a package.json, if it has one. */
function rootExport(manifest: unknown): unknown {
  if (typeof manifest !== 'object' || manifest === null || !('exports' in manifest)) return undefined
  const exports = manifest.exports
  return typeof exports === 'object' && exports !== null && '.' in exports ? exports['.'] : undefined
}
