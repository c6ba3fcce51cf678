import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

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
