import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runCslFixtures } from '../tests/electron/cslFixtures'

// `npm run eval:csl`: the CSL test suite's processor fixtures (../shared/corpus/csl-processor)
// through AxisRef's `cli cite` and through citation-js's own citeproc run directly; prints
// both pass counts and, for each fixture AxisRef fails, what was expected and what came out.
// Exit code 1 when AxisRef fails a fixture citation-js passes on the same locale data.

const corpus = resolve(process.env.AXISREF_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'))
const folder = join(corpus, 'csl-processor')
if (!existsSync(folder)) {
  console.error(`CSL fixtures not found at ${folder}; set AXISREF_CORPUS to the shared/corpus folder.`)
  process.exit(2)
}

const run = await runCslFixtures(folder)
const verbose = process.argv.includes('--verbose')
for (const failure of run.failing) {
  console.log(`FAIL ${failure.name}`)
  if (verbose) console.log(`  expected:    ${failure.expected.replace(/\n/g, '\n               ')}\n  AxisRef:     ${failure.axisRef.replace(/\n/g, '\n               ')}\n  citation-js: ${failure.citationJs.replace(/\n/g, '\n               ')}`)
}
const onlyCitationJs = run.citationJsPassed.filter((name) => !run.axisRefPassed.includes(name))
const localeOnly = onlyCitationJs.filter((name) => !run.citationJsBundledLocalesPassed.includes(name))
console.log(`\nAxisRef (cli cite, bundled CSL locales): ${run.axisRefPassed.length}/${run.total} pass`)
console.log(`citation-js (plugins.output.format, its own locales): ${run.citationJsPassed.length}/${run.total} pass`)
console.log(`citation-js (plugins.output.format, AxisRef's bundled locales): ${run.citationJsBundledLocalesPassed.length}/${run.total} pass`)
if (onlyCitationJs.length > 0) console.log(`citation-js passes, AxisRef fails: ${onlyCitationJs.join(', ')}`)
if (localeOnly.length > 0) console.log(`  of which locale data (citation-js fails them too on the bundled locales): ${localeOnly.join(', ')}`)
// a fixture lost for any reason other than the newer locale data is a regression
process.exitCode = onlyCitationJs.length === localeOnly.length && run.axisRefPassed.length >= run.citationJsBundledLocalesPassed.length ? 0 : 1
