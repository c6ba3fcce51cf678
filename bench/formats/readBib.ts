import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { readFileSync } from 'node:fs'
import { decodeBibliographyBytes, importBibliography } from '../../shared/formats'

// Child process of the formats suite: reads one .bib file and prints how long that took and
// the process's peak memory, so the figure is this read's own and not the bench runner's.
// `axisref` reads it as the app does; `citation-js` is the reference, plain citation-js.
const [reader, file] = process.argv.slice(2)
if ((reader !== 'axisref' && reader !== 'citation-js') || !file) {
  console.error('usage: readBib.ts axisref|citation-js <file.bib>')
  process.exit(2)
}

const started = performance.now()
const text = decodeBibliographyBytes(readFileSync(file))
const entries = reader === 'axisref' ? importBibliography(text).entries.length : new Cite(text).data.length
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, entries }))
