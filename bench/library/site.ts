import { existsSync } from 'node:fs'
import { cp, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const ROOT = join(import.meta.dirname, '../..')
const BENCH_PAGE = join(import.meta.dirname, 'page')

/**
 * A folder the browser host can serve: the built app (out/renderer, copied so a parallel
 * `electron-vite build` cannot pull it away mid-run) plus the library bench page, built
 * here with Vite like the renderer is, worker and all. Same origin, so same IndexedDB.
 */
export async function buildBenchSite(target: string): Promise<void> {
  const built = join(ROOT, 'out/renderer')
  if (!existsSync(join(built, 'index.html'))) throw new Error('No built renderer in out/renderer: run `npx electron-vite build` first.')
  await mkdir(target, { recursive: true })
  await cp(built, target, { recursive: true })
  await build({
    configFile: false,
    root: BENCH_PAGE,
    base: '/',
    logLevel: 'warn',
    plugins: [react()],
    // AXISREF_BENCH_MINIFY=0 keeps names readable in CPU profiles of the page and worker
    build: { outDir: target, emptyOutDir: false, minify: process.env.AXISREF_BENCH_MINIFY !== '0', rolldownOptions: { input: { library: join(BENCH_PAGE, 'library.html') } } },
  })
}
