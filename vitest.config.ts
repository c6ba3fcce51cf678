import { existsSync, realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// The shared corpus beside the repository, as the renderer tests bundle it: by the path they
// name and by its real path (on CI machines `../shared` may be a link to elsewhere).
const CORPUS = resolve(import.meta.dirname, '../shared/corpus')
const CORPUS_PATHS = existsSync(CORPUS) ? [CORPUS, realpathSync(CORPUS)] : []

// No test reaches the internet: the registries' addresses point at a port on this machine where
// nothing listens (a lookup is refused at once), unless a test points them at its replay server.
const NO_REGISTRIES = {
  AXISREF_CROSSREF_URL: 'http://127.0.0.1:9',
  AXISREF_DOI_URL: 'http://127.0.0.1:9',
  AXISREF_EUTILS_URL: 'http://127.0.0.1:9/entrez/eutils',
  AXISREF_IDCONV_URL: 'http://127.0.0.1:9/pmc/utils/idconv/v1.0',
}

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-results.json' },
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/lint/**/*.test.ts'],
          testTimeout: 30_000,
          env: NO_REGISTRIES,
        },
      },
      {
        plugins: [react()],
        // The renderer's tests bundle recorded registry answers from the shared corpus beside the repository.
        server: { fs: { allow: ['.', ...CORPUS_PATHS] } },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          env: NO_REGISTRIES,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
