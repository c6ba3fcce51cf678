import { join } from 'node:path'
import { build } from 'vite'

const PAGE = join(import.meta.dirname, 'page')

/**
 * The formatting bench page built with Vite as the renderer is, the formatter worker
 * included, into `target` for the browser host to serve.
 */
export async function buildFormattingSite(target: string): Promise<void> {
  await build({
    configFile: false,
    root: PAGE,
    base: '/',
    logLevel: 'warn',
    build: { outDir: target, emptyOutDir: true, minify: true, rolldownOptions: { input: { formatting: join(PAGE, 'formatting.html') } } },
  })
}
