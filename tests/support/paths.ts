import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { BUILT_WORKER_FILE, type PdfWorkerEntry } from '../../electron/main/services/pdf/workerEntry'

export const REPO_ROOT = resolve(import.meta.dirname, '../..')
export const RENDERER_DIR = join(REPO_ROOT, 'out/renderer')
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts')

/** The built renderer, or an error that says to build it. */
export function builtRendererDir(): string {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run "npm run build" first (npm test does).')
  }
  return RENDERER_DIR
}

export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `axisref-${prefix}-`))
}

/** The built PDF reader (out/main/pdfWorker.js), as the desktop app runs it: from source through tsx it is several times slower. */
export function builtPdfWorkerEntry(): PdfWorkerEntry {
  const script = join(REPO_ROOT, 'out/main', BUILT_WORKER_FILE)
  if (!existsSync(script)) throw new Error(`The PDF reader is not built (no ${script}): run "npx electron-vite build" first (npm test does).`)
  return { script }
}
