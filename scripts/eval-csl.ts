import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runCslFixtures, type ConfigurationRun } from '../tests/electron/cslFixtures'

// `npm run eval:csl`: the CSL test suite's processor fixtures (../shared/corpus/csl-processor)
// through AxisRef's `cli cite` and through citation-js's own citeproc run directly, in two
// locale configurations so both sides always read the same locale data: AxisRef's bundled
// locales, and citation-js's own (AxisRef given its en-US as a `--locale` file). Prints each
// configuration's pass counts and the fixtures AxisRef fails (`--verbose`: what was expected
// and what each side printed). Exit code 1 when AxisRef passes fewer than citation-js in
// either configuration.

const corpus = resolve(process.env.AXISREF_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'))
const folder = join(corpus, 'csl-processor')
if (!existsSync(folder)) {
  console.error(`CSL fixtures not found at ${folder}; set AXISREF_CORPUS to the shared/corpus folder.`)
  process.exit(2)
}

const run = await runCslFixtures(folder)
const verbose = process.argv.includes('--verbose')
const indent = (text: string) => text.replace(/\n/g, '\n               ')

function report(title: string, configuration: ConfigurationRun): boolean {
  console.log(`\n${title}`)
  console.log(`  AxisRef (cli cite):                       ${configuration.axisRefPassed.length}/${run.total} pass`)
  console.log(`  citation-js (plugins.output.format):      ${configuration.citationJsPassed.length}/${run.total} pass`)
  for (const failure of configuration.failing) {
    console.log(`  FAIL ${failure.name}${configuration.citationJsPassed.includes(failure.name) ? ' (citation-js passes it)' : ' (citation-js fails it too)'}`)
    if (verbose) console.log(`    expected:    ${indent(failure.expected)}\n    AxisRef:     ${indent(failure.axisRef)}\n    citation-js: ${indent(failure.citationJs)}`)
  }
  return configuration.axisRefPassed.length >= configuration.citationJsPassed.length
}

const bundledOk = report("AxisRef's bundled CSL locales (citation-js given the same):", run.bundled)
const ownOk = report("citation-js's own locales (AxisRef given the same file with --locale <file.xml>):", run.citationJsLocales)
console.log('\nThe counts differ between configurations because upstream en-US now writes era terms with a leading space (" BC"); the fixtures expect "100BC".')
process.exitCode = bundledOk && ownOk ? 0 : 1
