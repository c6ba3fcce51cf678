import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Metrics } from './metrics'
import { SUITES } from './suites'

// `npm run bench [-- <suite>…]`: runs the suites, prints one JSON object of metrics and
// writes the same to bench/results/latest.json.
const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !SUITES.some((suite) => suite.name === name))
if (unknown.length > 0) {
  console.error(`Unknown bench suite: ${unknown.join(', ')}. Suites: ${SUITES.map((suite) => suite.name).join(', ')}`)
  process.exit(2)
}

// The benchmarks never reach the internet: an import queues its papers' lookups, and those
// go to a port on this machine where nothing listens (the lookup suite runs its own server).
for (const [variable, address] of Object.entries({
  AXISREF_CROSSREF_URL: 'http://127.0.0.1:9',
  AXISREF_DOI_URL: 'http://127.0.0.1:9',
  AXISREF_EUTILS_URL: 'http://127.0.0.1:9/entrez/eutils',
  AXISREF_IDCONV_URL: 'http://127.0.0.1:9/pmc/utils/idconv/v1.0',
})) {
  process.env[variable] ??= address
}

const metrics: Metrics = {}
for (const suite of SUITES) {
  if (wanted.length > 0 && !wanted.includes(suite.name)) continue
  console.error(`[bench] ${suite.name}: ${suite.summary}`)
  Object.assign(metrics, await suite.run())
}

const json = JSON.stringify(metrics, null, 2)
const resultsDir = join(import.meta.dirname, 'results')
await mkdir(resultsDir, { recursive: true })
await writeFile(join(resultsDir, 'latest.json'), `${json}\n`)
console.log(json)
