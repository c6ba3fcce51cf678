import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { assignCitationKeys } from '../../shared/citekeys'
import { formatBibliography, formatCitations, importBibliography, STYLE_NAMES, type ExportRecord } from '../../shared/formats'
import type { Result } from '../../shared/ipc/result'
import { loadCorpusPool } from '../fixtures/corpusPool'
import { generateLibrary } from '../fixtures/generateLibrary'
import { corpusBibtexFile } from '../suites/bibtex'

/**
 * Before and after a change to formatting (or to citeproc), the same output, byte for byte:
 * `npx tsx bench/csl/outputCheck.ts <file>` writes every reference list below to `<file>` when
 * it does not exist, and otherwise names the lists that differ from it. Run it once on the old
 * code and once on the new. The lists: every bundled style in text, html and rtf, in de-DE,
 * and a document's citations, over the corpus's distinct BibTeX references; the csl bench's
 * 1,000 generated papers in APA and Vancouver.
 */

function corpusReferences(): ExportRecord[] {
  const imported = importBibliography(corpusBibtexFile({ entries: 2_000 }))
  const keys = assignCitationKeys(imported.entries)
  const seen = new Set<string>()
  return imported.entries
    .map((entry, index) => ({ item: entry.item, extension: entry.extension, citationKey: keys[index]?.key ?? `k${index}` }))
    .filter(({ item }) => item.title && !seen.has(String(item.title)) && seen.add(String(item.title)))
}

function shown(result: Result<unknown>): unknown {
  return result.ok ? result.value : `error: ${result.error.message}`
}

function outputs(): Record<string, unknown> {
  const references = corpusReferences()
  const library = generateLibrary(loadCorpusPool(), { count: 1_000 }).papers.map((paper): ExportRecord => ({ item: paper.csl, citationKey: paper.citationKey, extension: paper.extension }))
  const cited = (indexes: number[]) => indexes.map((index) => ({ id: references[index]?.citationKey ?? '' }))
  const citations = [cited([0, 1]), cited([2]), cited([0]), cited([5, 7, 9])]
  const lists: Record<string, unknown> = { references: references.length }
  for (const style of STYLE_NAMES) {
    for (const format of ['text', 'html', 'rtf'] as const) lists[`${style} ${format}`] = shown(formatBibliography(references, { style, format }))
    lists[`${style} de-DE`] = shown(formatBibliography(references, { style, format: 'text', locale: 'de-DE' }))
    lists[`${style} citations`] = shown(formatCitations(references.slice(0, 12), { style, format: 'text', citations }))
  }
  lists['library apa text'] = shown(formatBibliography(library, { style: 'apa', format: 'text' }))
  lists['library vancouver html'] = shown(formatBibliography(library, { style: 'vancouver', format: 'html' }))
  return lists
}

const file = process.argv[2]
if (!file) throw new Error('Name the file to write the reference lists to, or to compare them with: npx tsx bench/csl/outputCheck.ts <file>')
const lists = outputs()
if (existsSync(file)) {
  const before: Record<string, unknown> = JSON.parse(readFileSync(file, 'utf8'))
  const differing = Object.keys({ ...before, ...lists }).filter((name) => JSON.stringify(lists[name]) !== JSON.stringify(before[name]))
  console.log(differing.length === 0 ? `Identical: ${Object.keys(lists).length} reference lists over ${String(lists.references)} references.` : `Differ: ${differing.join(', ')}`)
  process.exitCode = differing.length === 0 ? 0 : 1
} else {
  writeFileSync(file, JSON.stringify(lists))
  console.log(`Wrote ${Object.keys(lists).length} reference lists over ${String(lists.references)} references to ${file}.`)
}
