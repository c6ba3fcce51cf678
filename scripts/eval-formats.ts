import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { assignCitationKeys } from '../shared/citekeys'
import { dateParts } from '../shared/formats/dates'
import { decodeBibliographyBytes, exportBibliography, importBibliography, type CslName, type ExportFormat, type ImportedEntry } from '../shared/formats'
import { fullFamily } from '../shared/formats/names'

// `npm run eval:formats`: round trip of every BibTeX, RIS, PubMed and EndNote corpus entry
// (import → export in the same format → import) and through .bib and BibLaTeX (the thesis
// path), then the import compared with the expected outputs shipped beside the cases.
// Exit code 1 when a round-trip rate is under the 98 % target.

const TARGET = 0.98
const corpus = resolve(process.env.AXISREF_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'))
if (!existsSync(corpus)) {
  console.error(`Corpus not found at ${corpus}; set AXISREF_CORPUS to the shared/corpus folder.`)
  process.exit(2)
}

interface Family {
  name: string
  folder: string
  /** Input files of the family; other files in the folder are expected outputs. */
  accepts: (path: string) => boolean
  /** The same-format writer for a file of this family. */
  writer: (path: string) => ExportFormat
}

const FAMILIES: Family[] = [
  { name: 'BibTeX', folder: 'bibtex', accepts: (path) => /\.(bib|biblatex|bibtex)$|input\/.*\.txt$/.test(path), writer: () => 'bibtex' },
  { name: 'RIS', folder: 'ris', accepts: (path) => path.endsWith('.ris'), writer: () => 'ris' },
  { name: 'PubMed', folder: 'pubmed', accepts: (path) => /\.(nbib|txt|xml)$/.test(path), writer: () => 'medline' },
  { name: 'EndNote', folder: 'endnote', accepts: (path) => /\.(xml|enw)$/.test(path), writer: (path) => (path.endsWith('.enw') ? 'endnote-tagged' : 'endnote-xml') },
  // Zotero / Better BibTeX JSON exports; the `.csl.json` and `.biblatex` beside them are Better BibTeX's own exports of the same items
  { name: 'Zotero', folder: join('export', 'bbt-export'), accepts: (path) => path.endsWith('.json') && !path.endsWith('.csl.json'), writer: () => 'csl-json' },
]

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .flatMap((name) => {
      const path = join(folder, name)
      return statSync(path).isDirectory() ? filesUnder(path) : [path]
    })
    .sort()
}

interface Fingerprint {
  title: string
  authors: string[]
  year: string
  doi: string
  pmid: string
  container: string
}

const FIELDS = ['title', 'authors', 'year', 'doi', 'pmid', 'container'] as const satisfies ReadonlyArray<keyof Fingerprint>

function norm(value: string | undefined): string {
  return (value ?? '').replace(/<[^>]+>/g, '').normalize('NFC').replace(/\s+/g, ' ').trim()
}

function nameOf(name: CslName): string {
  return norm(name.literal ?? fullFamily(name))
}

function fingerprint({ item }: ImportedEntry): Fingerprint {
  const year = dateParts(item.issued).year
  return {
    title: norm(item.title),
    authors: (item.author ?? []).map(nameOf),
    year: year === undefined ? '' : String(year),
    doi: norm(item.DOI).toLowerCase(),
    pmid: norm(item.PMID),
    container: norm(item['container-title']),
  }
}

function differingFields(before: Fingerprint, after: Fingerprint): string[] {
  return FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
}

interface Tally {
  entries: number
  preserved: number
  failures: string[]
}

/**
 * The re-imported entry of an exported record: by its citation key, as a .bib export may
 * reorder entries (BibTeX wants crossref parents after their children); by position in
 * formats that keep no key.
 */
function byKey(again: ImportedEntry[]): (key: string | undefined, index: number) => ImportedEntry | undefined {
  const keyed = new Map(again.flatMap((entry) => (entry.citationKey ? [[entry.citationKey, entry] as const] : [])))
  return (key, index) => (key !== undefined ? keyed.get(key) : undefined) ?? again[index]
}

function roundTrip(path: string, entries: ImportedEntry[], format: ExportFormat, tally: Tally): void {
  const keys = assignCitationKeys(entries)
  const records = entries.map((entry, index) => ({ item: entry.item, extension: entry.extension, citationKey: keys[index]?.key ?? `k${index}` }))
  const again = byKey(importBibliography(exportBibliography(records, format)).entries)
  entries.forEach((entry, index) => {
    tally.entries++
    const back = again(records[index]?.citationKey, index)
    const lost = back ? differingFields(fingerprint(entry), fingerprint(back)) : ['(entry lost)']
    if (lost.length === 0) tally.preserved++
    else tally.failures.push(`${relative(corpus, path)}:${entry.line} [${format}] ${lost.join(', ')}`)
  })
}

/**
 * Every CSL field of the first import that the second no longer has, or has otherwise: the
 * full-field check of bib → library → BibLaTeX → bib (the fingerprint above checks six fields).
 */
const fieldLosses = new Map<string, string[]>()
function countFieldLosses(path: string, entries: ImportedEntry[]): void {
  const keys = assignCitationKeys(entries)
  const records = entries.map((entry, index) => ({ item: entry.item, extension: entry.extension, citationKey: keys[index]?.key ?? `k${index}` }))
  const again = byKey(importBibliography(exportBibliography(records, 'biblatex')).entries)
  entries.forEach((entry, index) => {
    const back: Record<string, unknown> = again(records[index]?.citationKey, index)?.item ?? {}
    for (const [field, value] of Object.entries(entry.item)) {
      if (field === 'id' || field === 'citation-key') continue
      if (JSON.stringify(back[field]) === JSON.stringify(value)) continue
      fieldLosses.set(field, [...(fieldLosses.get(field) ?? []), `${relative(corpus, path)}:${entry.line}`])
    }
  })
}

function rate(tally: Tally): string {
  return tally.entries === 0 ? 'n/a' : `${((100 * tally.preserved) / tally.entries).toFixed(1)} %`
}

const summary: Array<{ family: string; path: string; tally: Tally }> = []
const importedByFile = new Map<string, ImportedEntry[]>()
for (const family of FAMILIES) {
  const same: Tally = { entries: 0, preserved: 0, failures: [] }
  const viaBibtex: Tally = { entries: 0, preserved: 0, failures: [] }
  const viaBiblatex: Tally = { entries: 0, preserved: 0, failures: [] }
  for (const path of filesUnder(join(corpus, family.folder)).filter(family.accepts)) {
    const result = importBibliography(decodeBibliographyBytes(readFileSync(path)))
    if (result.format === 'unknown' || result.entries.length === 0) continue
    importedByFile.set(path, result.entries)
    roundTrip(path, result.entries, family.writer(path), same)
    roundTrip(path, result.entries, 'bibtex', viaBibtex)
    roundTrip(path, result.entries, 'biblatex', viaBiblatex)
    if (family.name === 'BibTeX') countFieldLosses(path, result.entries)
  }
  summary.push({ family: family.name, path: 'same format', tally: same }, { family: family.name, path: 'via BibTeX', tally: viaBibtex }, { family: family.name, path: 'via BibLaTeX', tally: viaBiblatex })
}

console.log(`Round trip (import → export → import keeps ${FIELDS.join(', ')}); target ≥ ${TARGET * 100} %`)
for (const { family, path, tally } of summary) {
  console.log(`  ${family.padEnd(8)} ${path.padEnd(13)} ${String(tally.preserved).padStart(4)}/${String(tally.entries).padEnd(4)} ${rate(tally)}`)
}
for (const { tally } of summary) for (const failure of tally.failures.slice(0, 15)) console.log(`    lost: ${failure}`)
const bibtexEntries = summary.find(({ family, path }) => family === 'BibTeX' && path === 'via BibLaTeX')?.tally.entries ?? 0
console.log(`\nEvery field, bib → library → BibLaTeX → bib (${bibtexEntries} BibTeX corpus entries): fields not kept or changed, by entries`)
if (fieldLosses.size === 0) console.log('  none')
for (const [field, places] of [...fieldLosses].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${field.padEnd(22)} ${String(places.length).padStart(4)}  e.g. ${places[0] ?? ''}`)

// Expected outputs: CSL-JSON (citation-js), Zotero items (Better BibTeX, Zotero translators),
// and JabRef's .bib beside its RIS, PubMed and EndNote cases (read with our BibTeX reader).

type Expected = Partial<Fingerprint>

interface ZoteroItem {
  title?: string
  creators?: Array<{ creatorType?: string; lastName?: string; name?: string }>
  date?: string
  DOI?: string
  extra?: string | string[]
  [field: string]: unknown
}

function fromZotero(item: ZoteroItem): Expected {
  const extra = Array.isArray(item.extra) ? item.extra.join('\n') : (item.extra ?? '')
  const container = ['publicationTitle', 'bookTitle', 'proceedingsTitle', 'websiteTitle', 'encyclopediaTitle', 'dictionaryTitle'].map((field) => item[field]).find((value) => typeof value === 'string')
  return {
    title: item.title,
    authors: (item.creators ?? []).filter((creator) => (creator.creatorType ?? 'author') === 'author').map((creator) => norm(creator.lastName ?? creator.name)),
    year: /\d{4}/.exec(item.date ?? '')?.[0],
    doi: item.DOI?.toLowerCase(),
    pmid: /PMID:\s*(\d+)/.exec(extra)?.[1],
    container: typeof container === 'string' ? container : undefined,
  }
}

function loose(value: string): string {
  return norm(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const agreement = new Map<string, { agree: number; total: number }>()
const mismatches: string[] = []
// Tools order their output differently: an expected record is matched to the imported one
// with the same title, else to the one in the same position.
function compare(source: string, label: string, actual: ImportedEntry[], expected: Expected[]): void {
  const prints = actual.map(fingerprint)
  expected.forEach((want, index) => {
    const byTitle = want.title ? prints.find((print) => loose(print.title) === loose(want.title ?? '')) : undefined
    const got = byTitle ?? prints[index]
    for (const field of FIELDS) {
      const value = want[field]
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue
      const tallyKey = `${source}|${field}`
      const counts = agreement.get(tallyKey) ?? { agree: 0, total: 0 }
      counts.total++
      const same = got !== undefined && loose(JSON.stringify(got[field])) === loose(JSON.stringify(value))
      if (same) counts.agree++
      else mismatches.push(`${label}#${index + 1} ${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got?.[field])}`)
      agreement.set(tallyKey, counts)
    }
  })
}

interface CslExpected {
  title?: string
  author?: CslName[]
  issued?: ImportedEntry['item']['issued']
  DOI?: string
  PMID?: string
  'container-title'?: string
}

/** The fingerprint fields of an expected CSL-JSON item. */
function cslExpected(item: CslExpected): Expected {
  return {
    title: item.title,
    authors: (item.author ?? []).map(nameOf),
    year: dateParts(item.issued).year?.toString(),
    doi: item.DOI?.toLowerCase(),
    pmid: item.PMID,
    container: item['container-title'],
  }
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

for (const [path, entries] of importedByFile) {
  const stem = path.slice(0, -extname(path).length)
  const label = relative(corpus, path)
  const zotero = [`${stem}.expected.json`, `${stem}.json`].find((candidate) => candidate !== path && existsSync(candidate))
  if (zotero) {
    const data = readJson(zotero)
    const items = data !== null && typeof data === 'object' && 'items' in data && Array.isArray(data.items) ? data.items : []
    compare(path.includes('bbt-import') ? 'Better BibTeX (Zotero items)' : 'Zotero translators', label, entries, items.map((item: ZoteroItem) => fromZotero(item)))
  }
  if (path.includes('bbt-export') && existsSync(`${stem}.csl.json`)) {
    const items = readJson(`${stem}.csl.json`)
    if (Array.isArray(items)) compare("Better BibTeX's CSL-JSON of the Zotero JSON", label, entries, items.map(cslExpected))
  }
  if (path.includes('bbt-export') && existsSync(`${stem}.biblatex`)) {
    const expected = importBibliography(readFileSync(`${stem}.biblatex`, 'utf8'), { format: 'bibtex' }).entries.map(fingerprint)
    compare("Better BibTeX's BibLaTeX of the Zotero JSON", label, entries, expected)
  }
  const jabrefBib = `${stem}.bib`
  if (path.includes('/jabref/') && !path.endsWith('.bib') && existsSync(jabrefBib)) {
    const expected = importBibliography(readFileSync(jabrefBib, 'utf8'), { format: 'bibtex' }).entries.map(fingerprint)
    compare('JabRef .bib beside the case', label, entries, expected)
  }
}

const citationJs = join(corpus, 'bibtex', 'citation-js')
const cases = readJson(join(citationJs, 'input.json'))
if (cases !== null && typeof cases === 'object') {
  for (const group of Object.values(cases)) {
    if (group === null || typeof group !== 'object') continue
    for (const [name, value] of Object.entries(group)) {
      const file = ['.bib', '.txt'].map((ext) => join(citationJs, 'input', name.replace(/^with /, '') + ext)).find(existsSync)
      const items: unknown = Array.isArray(value) ? value[1] : undefined
      const entries = file ? importedByFile.get(file) : undefined
      if (!entries || !Array.isArray(items)) continue
      const expected = items.map(cslExpected)
      compare('citation-js CSL-JSON', relative(corpus, file ?? dirname(citationJs)), entries, expected)
    }
  }
}

console.log('\nImport compared with expected outputs (field agreement, case and punctuation ignored)')
for (const source of [...new Set([...agreement.keys()].map((key) => key.split('|')[0] ?? ''))]) {
  const cells = FIELDS.map((field) => {
    const counts = agreement.get(`${source}|${field}`)
    return counts ? `${field} ${counts.agree}/${counts.total}` : undefined
  }).filter(Boolean)
  console.log(`  ${source}: ${cells.join(', ')}`)
}
console.log(`  ${mismatches.length} differences${mismatches.length > 0 ? ' (first 25):' : ''}`)
for (const line of mismatches.slice(0, Number(process.env.EVAL_SHOW ?? 25))) console.log(`    ${basename(line)}`)

const below = summary.filter(({ tally }) => tally.entries > 0 && tally.preserved / tally.entries < TARGET)
process.exitCode = below.length > 0 ? 1 : 0
