import { dateParts, isoDate, isoDateRange, MONTH_MACROS, parseDate, rangeEnd } from '../dates'
import type { CslDate, CslItem, ExportRecord } from '../item'
import { toBabelName } from '../languages'
import { splitKeywords } from '../text'
import type { AddField, BibField } from './bibField'
import { addBiblatexFields, text as stringField } from './biblatexFields'
import { entryType, isMasters, type Dialect } from './entryTypes'
import { encodeLatex } from './latex'

/**
 * CSL → BibTeX / BibLaTeX entry types and fields. Values are still plain Unicode here;
 * write.ts encodes them. Only fields with content are listed, so no entry ever carries
 * `volume = {}`.
 */

export type { AddField, BibField, Dialect }
export type { FieldKind } from './bibField'

export interface BibEntry {
  type: string
  key: string
  fields: BibField[]
}


/** The fields of one entry, in the order a reader expects them. */
export function entryFields(record: ExportRecord, dialect: Dialect): BibField[] {
  const fields: BibField[] = []
  const add: AddField = (name, kind, value) => {
    if (value === undefined) return
    if (Array.isArray(value)) {
      if (value.length > 0) fields.push({ name, kind, value })
      return
    }
    const text = String(value).trim()
    if (text) fields.push({ name, kind, value: text })
  }
  const type = entryType(record.item, dialect, record.extension)
  addCreatorsAndTitles(add, record.item, dialect, type)
  addPublication(add, record.item, dialect, type)
  if (dialect === 'biblatex') addBiblatexFields(add, record.item)
  addIdentifiers(add, record.item, dialect)
  addContent(add, record, dialect)
  return fields
}

function addCreatorsAndTitles(add: AddField, item: CslItem, dialect: Dialect, type: string): void {
  const biblatex = dialect === 'biblatex'
  const container = item['container-title']
  add('author', 'names', item.author)
  // BibTeX has no book author: the book's author stands in as its editor there.
  add('editor', 'names', biblatex ? item.editor : (item.editor ?? item['container-author']))
  if (biblatex) add('translator', 'names', item.translator)
  add('title', 'title', item.title)
  add('shorttitle', 'title', item['title-short'])
  // Outside articles the container is a book (or a multi-volume work for BibLaTeX books).
  if (type === 'article') add(biblatex ? 'journaltitle' : 'journal', 'text', container)
  else add(biblatex && MAINTITLE_TYPES.has(type) ? 'maintitle' : 'booktitle', 'title', container)
  if (biblatex && type === 'article') add('shortjournal', 'text', item['container-title-short'])
  add('series', 'text', item['collection-title'])
}

// Entry types whose container is the multi-volume work they belong to, in BibLaTeX's `maintitle`.
const MAINTITLE_TYPES = new Set(['book', 'collection', 'proceedings', 'reference'])

// The entry types whose fields include `type` in biblatex's data model (blx-dm.def).
const TYPE_FIELD_TYPES = new Set(['booklet', 'dataset', 'manual', 'misc', 'software', 'patent', 'report', 'thesis'])

function addPublication(add: AddField, item: CslItem, dialect: Dialect, type: string): void {
  const biblatex = dialect === 'biblatex'
  const publisherField = item.type === 'thesis' ? (biblatex ? 'institution' : 'school') : item.type === 'report' ? 'institution' : 'publisher'
  addDate(add, item, biblatex)
  add('volume', 'text', item.volume)
  // An article's `number` is its issue; its article number (CSL `number`) is biblatex's `eid`.
  const article = biblatex && type === 'article'
  add('number', 'text', item.issue ?? (article ? undefined : item.number) ?? stringField(item, 'collection-number'))
  if (article) add('eid', 'text', item.number)
  add('chapter', 'text', stringField(item, 'chapter-number'))
  // Spaces around the dash are kept as written ("153 - 163" comes back so); biber reads both.
  add('pages', 'text', item.page?.replace(/(\s*)[-–—]+(\s*)/g, '$1--$2'))
  add('edition', 'text', item.edition)
  add(publisherField, 'text', item.publisher)
  add(biblatex ? 'location' : 'address', 'text', item['publisher-place'])
  // biblatex has `type` for a few entry types only; elsewhere the kind of the work (an
  // article's "newspaper", a chapter's "Section") is the `entrysubtype`, which all types have.
  if (biblatex && !TYPE_FIELD_TYPES.has(type)) add('entrysubtype', 'text', item.genre)
  else add('type', 'text', typeField(item, biblatex))
}

// biblatex's keys for the entry types the CSL types map to; BibTeX says these in the type.
const TYPE_KEYS: Record<string, string> = { phdthesis: 'phdthesis', mathesis: 'mathesis', mastersthesis: 'mathesis', techreport: 'techreport' }

/**
 * The `type` field: the genre (a patent's `patentus`, a chapter's `Section`, a film's `film`)
 * as it came; for a thesis or report the user's own text (`博士`, `Working Paper`), and
 * where there is none biblatex gets its key, BibTeX nothing, as its entry type says it.
 */
function typeField(item: CslItem, biblatex: boolean): string | undefined {
  if (item.type !== 'thesis' && item.type !== 'report') return item.genre
  const genre = item.genre?.trim()
  const key = genre ? TYPE_KEYS[genre.toLowerCase()] : undefined
  if (genre && !key) return genre
  if (!biblatex) return undefined
  return key ?? (item.type === 'report' ? 'techreport' : isMasters(item) ? 'mathesis' : 'phdthesis')
}

/** What readers of an exported .bib will miss or warn about, one sentence each, naming the entry. */
export function bibtexExportWarnings(records: readonly ExportRecord[], dialect: Dialect): string[] {
  return records.flatMap((record) => exportWarnings(record.item, record.citationKey, dialect))
}

/** What a reader of the exported entry will miss, in words naming the entry. */
export function exportWarnings(item: CslItem, citationKey: string, dialect: Dialect): string[] {
  const warnings: string[] = []
  if (entryType(item, dialect) === 'article' && !item['container-title']) {
    warnings.push(`@article{${citationKey}} has no journal; it is kept as an article, and BibTeX and biber will warn about the missing journal: add it in AxisRef.`)
  }
  return warnings
}

function addIdentifiers(add: AddField, item: CslItem, dialect: Dialect): void {
  add('doi', 'verbatim', item.DOI)
  add('url', 'verbatim', item.URL)
  add('isbn', 'text', item.ISBN)
  add('issn', 'text', item.ISSN)
  if (dialect === 'bibtex') {
    // BibTeX ignores fields it does not know; citation-js, JabRef and BibDesk read these.
    add('pmid', 'verbatim', item.PMID)
    add('pmcid', 'verbatim', item.PMCID)
    return
  }
  // BibLaTeX's data model has one eprint and no PMCID field (biber drops a `pmcid`, and
  // warns when validating): the PMID takes the eprint, the PMCID only when there is no PMID.
  const eprint = item.PMID ? { id: item.PMID, type: 'pubmed' } : item.PMCID ? { id: item.PMCID, type: 'pmcid' } : undefined
  if (eprint) {
    add('eprint', 'verbatim', eprint.id)
    add('eprinttype', 'text', eprint.type)
  }
}

function addContent(add: AddField, { item, extension }: ExportRecord, dialect: Dialect): void {
  const biblatex = dialect === 'biblatex'
  add('abstract', 'text', item.abstract)
  // Comma-separated as biblatex wants; a keyword with a comma ("Aged, 80 and over") is braced.
  const keywords = extension?.keywords ?? (item.keyword ? splitKeywords(item.keyword) : [])
  add('keywords', 'latex', keywords.map((keyword) => (/[,;]/.test(keyword) ? `{${encodeLatex(keyword)}}` : encodeLatex(keyword))).join(', '))
  const babel = item.language ? toBabelName(item.language) : undefined
  if (biblatex) {
    add('langid', 'text', babel)
    // A language babel has no name for ("Deutsch", "isl", "latin") stays as written, in
    // biblatex's `language` list ("a; b" was read from `a and b`).
    if (!babel) add('language', 'text', item.language?.split(/\s*;\s*/).join(' and '))
  } else add('language', 'text', babel ?? item.language)
  add('note', 'text', item.note)
  add(biblatex ? 'annotation' : 'annote', 'text', stringField(item, 'annote'))
}

// BibLaTeX dates are ISO 8601 with ranges (`1996-12-10/1996-12-12`, open `1996-01-01/..`).
// A year that is no date ("Under Review", "in press") is written back as it came, in `year`,
// which biber keeps; a publication state read from `pubstate` goes back there.
function addDate(add: AddField, item: CslItem, biblatex: boolean): void {
  const literal = item.issued?.literal ?? item.issued?.raw
  const date = isoDateRange(item.issued)
  if (biblatex) {
    add('date', 'verbatim', date)
    if (!date) add('year', 'text', literal)
    add('pubstate', 'text', stringField(item, 'status'))
    add('urldate', 'verbatim', isoDate(accessDate(item)))
    return
  }
  const { year, month } = dateParts(item.issued)
  add('year', 'text', year === undefined ? literal : yearText(year, rangeEnd(item.issued)))
  add('month', 'macro', month === undefined ? undefined : MONTH_MACROS[month - 1])
  // BibTeX has no ranges; biber and citation-js read the whole range from `date`, which
  // BibTeX ignores.
  if (rangeEnd(item.issued)) add('date', 'verbatim', date)
  add('pubstate', 'text', stringField(item, 'status'))
}

// urldate takes ISO 8601 only: an access date kept in words ("29 November 2011") is written
// as the date it reads as, not as its year alone.
function accessDate({ accessed }: CslItem): CslDate | undefined {
  if (!accessed || accessed['date-parts']?.length) return accessed
  return parseDate(accessed.literal ?? accessed.raw) ?? accessed
}

// "1984--1986" as BibTeX styles print a span of years; "1996--" when it is open.
function yearText(year: number, end: ReturnType<typeof rangeEnd>): string {
  if (end === undefined || (end !== 'open' && end.year === year)) return String(year)
  return `${year}--${end === 'open' ? '' : end.year}`
}
