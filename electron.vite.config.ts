import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // the PDF parser's worker thread: a file of its own beside index.js
          pdfWorker: resolve(root, 'electron/main/services/pdf/worker.ts'),
          // the snapshot thread (snapshot JSON parsed off main's thread): a file of its own beside index.js
          snapshotWorker: resolve(root, 'electron/main/services/backup/snapshotWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    resolve: {
      alias: [
        // shared/formats/citationJs.ts imports two modules of plugin-bibtex by path, from lib/
        // (its CommonJS build, the one Node loads). The renderer bundles the package's ES build,
        // lib-mjs/, so it carried both, and the CommonJS copy read a config of its own.
        { find: /^@citation-js\/plugin-bibtex\/lib\//, replacement: '@citation-js/plugin-bibtex/lib-mjs/' },
      ],
    },
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        output: {
          // zod and the module that turns its eval off (the CSP refuses eval) share one chunk, so
          // the setting is made before any module elsewhere builds a schema: zod decides at a
          // schema's construction whether to compile it, probing with eval (a CSP violation)
          codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|renderer[\\/]src[\\/]zodConfig\.ts$/ }] },
        },
      },
    },
  },
})
