import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { assignCitationKeys } from '../../shared/citekeys'
import { splitBibtex } from '../../shared/formats/bibtex/split'
import { decodeBibliographyBytes, exportBibliography, importBibliography, type ExportRecord } from '../../shared/formats'
import { normalizeNewlines } from '../../shared/formats/text'
import { median, round, type BenchSuite, type Metrics } from '../metrics'

const ENTRIES = 10_000
const RUNS = 3
export const corpus = resolve(process.env.AXISREF_CORPUS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'))

function bibFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return bibFiles(path)
    return /\.(bib|biblatex|bibtex)$/.test(name) ? [path] : []
  })
}

/**
 * A file of the corpus's real entries (JabRef, Better BibTeX, biblatex, Zotero and
 * citation-js cases), repeated under new keys until it has `size` entries or characters.
 * Only entries plain citation-js also parses are used, so the baseline measures the same
 * file rather than failing on it.
 */
export function corpusBibtexFile(size: { entries: number } | { chars: number }): string {
  const strings: string[] = []
  const entries: Array<{ text: string; key: string }> = []
  for (const path of bibFiles(join(corpus, 'bibtex'))) {
    const blocks = splitBibtex(normalizeNewlines(decodeBibliographyBytes(readFileSync(path))))
    const fileStrings = blocks.flatMap((block) => (block.kind === 'string' ? [block.text] : []))
    strings.push(...fileStrings)
    for (const block of blocks) {
      if (block.kind !== 'entry' || !block.key || block.text.includes('axisref-missing-key')) continue
      try {
        const raw = plugins.input.data([...fileStrings, block.text].join('\n'), '@biblatex/text')
        if (raw.length === 1 && plugins.input.data(raw, '@biblatex/entries+list').length === 1) entries.push({ text: block.text, key: block.key })
      } catch {
        // left out: plain citation-js could not parse this entry, so the baseline could not either
      }
    }
  }
  const copies: string[] = []
  let chars = 0
  const full = () => ('entries' in size ? copies.length >= size.entries : chars >= size.chars)
  for (let index = 0; !full(); index++) {
    const entry = entries[index % entries.length]
    if (!entry) break
    copies.push(entry.text.replace(entry.key, `${entry.key}-${Math.floor(index / entries.length)}`))
    chars += (copies.at(-1)?.length ?? 0) + 2
  }
  return [...strings, ...copies].join('\n\n')
}

function seconds(run: () => void): number {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

/**
 * BibTeX import and export of 10,000 entries, each beside plain citation-js on the same file
 * in the same run. APA formatting is the csl suite's (bench/suites/csl.ts).
 */
export const bibtexSuite: BenchSuite = {
  name: 'bibtex',
  summary: 'import/export of 10,000 BibTeX entries',
  async run(): Promise<Metrics> {
    if (!existsSync(corpus)) {
      console.error(`[bench] bibtex: corpus not found at ${corpus} (set AXISREF_CORPUS); suite skipped.`)
      return {}
    }
    const text = corpusBibtexFile({ entries: ENTRIES })
    let imported = importBibliography(text)
    if (imported.entries.length !== ENTRIES) console.error(`[bench] bibtex: imported ${imported.entries.length} of ${ENTRIES} entries (${imported.errors.length} errors)`)
    const importTimes = Array.from({ length: RUNS }, () => seconds(() => (imported = importBibliography(text))))
    const baselineTimes = Array.from({ length: RUNS }, () => seconds(() => new Cite(text)))
    const keys = assignCitationKeys(imported.entries)
    const records: ExportRecord[] = imported.entries.map((entry, index) => ({ item: entry.item, extension: entry.extension, citationKey: keys[index]?.key ?? `k${index}` }))
    const keyTimes = Array.from({ length: RUNS }, () => seconds(() => assignCitationKeys(imported.entries)))
    const exportTimes = Array.from({ length: RUNS }, () => seconds(() => exportBibliography(records, 'bibtex')))
    const citeForExport = new Cite(records.map(({ item, citationKey }) => ({ ...item, id: citationKey, 'citation-key': citationKey })))
    const exportBaseline = Array.from({ length: RUNS }, () => seconds(() => citeForExport.format('bibtex')))
    return {
      'bibtex.import_10k_s': { value: round(median(importTimes), 3), unit: 's', baseline: round(median(baselineTimes), 3), target: 3 },
      'bibtex.export_10k_s': { value: round(median(exportTimes), 3), unit: 's', baseline: round(median(exportBaseline), 3), target: 1 },
      'citekeys.assign_10k_s': { value: round(median(keyTimes), 3), unit: 's' },
    }
  },
}
