import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { round, type BenchSuite, type Metrics } from '../metrics'
import { corpus, corpusBibtexFile } from './bibtex'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '../..')
const FILE_CHARS = 50 * 1_048_576

interface ReadFigures {
  seconds: number
  peakMb: number
  entries: number
}

/** Reads the file in a child process of its own, so its peak memory is the read's alone. */
async function readInChild(reader: 'axisref' | 'citation-js', file: string): Promise<ReadFigures> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/formats/readBib.ts'), reader, file], {
    cwd: ROOT,
    maxBuffer: 1_048_576,
  })
  return JSON.parse(stdout) as ReadFigures
}

/**
 * A 50 MB .bib of the corpus's real entries under new keys, read as the app reads it, beside
 * plain citation-js reading the same file; each in a child process, time and peak memory.
 */
export const formatsSuite: BenchSuite = {
  name: 'formats',
  summary: 'reading a 50 MB BibTeX file: time and peak memory, beside plain citation-js',
  async run(): Promise<Metrics> {
    if (!existsSync(corpus)) {
      console.error(`[bench] formats: corpus not found at ${corpus} (set AXISREF_CORPUS); suite skipped.`)
      return {}
    }
    const dir = await mkdtemp(join(tmpdir(), 'axisref-bench-formats-'))
    try {
      const file = join(dir, 'library.bib')
      await writeFile(file, corpusBibtexFile({ chars: FILE_CHARS }))
      const axisref = await readInChild('axisref', file)
      const reference = await readInChild('citation-js', file)
      if (axisref.entries !== reference.entries) console.error(`[bench] formats: AxisRef read ${axisref.entries} entries, citation-js ${reference.entries}`)
      return {
        'formats.bib50mb_read_s': { value: round(axisref.seconds, 2), unit: 's', baseline: round(reference.seconds, 2), target: 15 },
        'formats.bib50mb_peak_mb': { value: Math.round(axisref.peakMb), unit: 'MB', baseline: Math.round(reference.peakMb), target: 600 },
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  },
}
