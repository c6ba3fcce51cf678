// Prints vitest's totals as one plain line ("Tests: N passed, N failed, N skipped") after
// the audit's output, so whoever reads the end of `npm test` sees the count.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const results = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test-artifacts', 'vitest-results.json'), 'utf8'))
const skipped = results.numPendingTests + results.numTodoTests
console.log(`Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`)
process.exit(results.numFailedTests > 0 || results.numPassedTests === 0 ? 1 : 0)
