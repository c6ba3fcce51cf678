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
