import { dateParts, isoDate, MONTH_MACROS } from '../dates'
import type { CslItem, CslName, ExportRecord } from '../item'
import { toBabelName } from '../languages'
import { splitKeywords } from '../text'
import { encodeLatex } from './latex'

/**
 * CSL → BibTeX / BibLaTeX entry types and fields. Values are still plain Unicode here;
 * write.ts encodes them. Only fields with content are listed, so no entry ever carries
 * `volume = {}`.
 */

export type Dialect = 'bibtex' | 'biblatex'

/** How write.ts encodes a value; `latex` values are encoded already. */
export type FieldKind = 'title' | 'text' | 'names' | 'verbatim' | 'macro' | 'latex'

export interface BibField {
  name: string
  kind: FieldKind
  value: string | CslName[]
}

export interface BibEntry {
  type: string
  key: string
  fields: BibField[]
}

const ARTICLE_TYPES = new Set(['article-journal', 'article', 'article-magazine', 'article-newspaper', 'review', 'review-book'])

function isMasters(item: CslItem): boolean {
  return /master|m\.?\s?sc|m\.?a\.?\b|diplom/i.test(item.genre ?? '')
}

/** The entry type for an item in either dialect. */
export function entryType(item: CslItem, dialect: Dialect): string {
  const { type } = item
  // A preprint or article with no journal would make BibTeX styles warn "empty journal".
  if (ARTICLE_TYPES.has(type)) return item['container-title'] ? 'article' : 'misc'
  // An edited volume is a @collection to BibLaTeX, whose @book requires an author.
  if (type === 'book') return dialect === 'biblatex' && !item.author?.length && item.editor?.length ? 'collection' : 'book'
  if (type === 'chapter') return item['container-title'] ? 'incollection' : 'inbook'
  if (type === 'paper-conference') return 'inproceedings'
  if (type === 'entry-encyclopedia' || type === 'entry-dictionary') return dialect === 'biblatex' ? 'inreference' : 'incollection'
  if (type === 'thesis') return dialect === 'biblatex' ? 'thesis' : isMasters(item) ? 'mastersthesis' : 'phdthesis'
  if (type === 'report') return dialect === 'biblatex' ? 'report' : 'techreport'
  if (type === 'manuscript') return 'unpublished'
  if (dialect === 'biblatex') {
    if (type === 'webpage' || type === 'post' || type === 'post-weblog') return 'online'
    if (type === 'dataset' || type === 'software' || type === 'patent') return type
  }
  return 'misc'
}

type AddField = (name: string, kind: FieldKind, value: string | number | CslName[] | undefined) => void

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
  addCreatorsAndTitles(add, record.item, dialect)
  addPublication(add, record.item, dialect)
  addIdentifiers(add, record.item, dialect)
  addContent(add, record, dialect)
  return fields
}

function addCreatorsAndTitles(add: AddField, item: CslItem, dialect: Dialect): void {
  const type = entryType(item, dialect)
  const biblatex = dialect === 'biblatex'
  const container = item['container-title']
  add('author', 'names', item.author)
  add('editor', 'names', item.editor ?? item['container-author'])
  if (biblatex) add('translator', 'names', item.translator)
  add('title', 'title', item.title)
  add('shorttitle', 'title', item['title-short'])
  // Outside articles the container is a book (or a multi-volume work for BibLaTeX books).
  if (type === 'article') add(biblatex ? 'journaltitle' : 'journal', 'text', container)
  else add(biblatex && (type === 'book' || type === 'collection') ? 'maintitle' : 'booktitle', 'title', container)
  if (biblatex && type === 'article') add('shortjournal', 'text', item['container-title-short'])
  add('series', 'text', item['collection-title'])
}

function addPublication(add: AddField, item: CslItem, dialect: Dialect): void {
  const biblatex = dialect === 'biblatex'
  const publisherField = item.type === 'thesis' ? (biblatex ? 'institution' : 'school') : item.type === 'report' ? 'institution' : 'publisher'
  addDate(add, item, biblatex)
  add('volume', 'text', item.volume)
  add('number', 'text', item.issue ?? item.number ?? stringField(item, 'collection-number'))
  add('pages', 'text', item.page?.replace(/\s*[-–—]+\s*/g, '--'))
  add('edition', 'text', item.edition)
  add(publisherField, 'text', item.publisher)
  add(biblatex ? 'location' : 'address', 'text', item['publisher-place'])
  if (biblatex && (item.type === 'thesis' || item.type === 'report')) add('type', 'text', item.type === 'thesis' ? (isMasters(item) ? 'mathesis' : 'phdthesis') : 'techreport')
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
  // BibLaTeX's data model has one eprint and no PMCID field (biber would warn about one):
  // the PMID takes the eprint, the PMCID only when there is no PMID.
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
  if (biblatex) add('langid', 'text', item.language ? toBabelName(item.language) : undefined)
  else add('language', 'text', item.language ? (toBabelName(item.language) ?? item.language) : undefined)
  add('note', 'text', item.note)
  add(biblatex ? 'annotation' : 'annote', 'text', stringField(item, 'annote'))
}

// CSL fields AxisRef does not type explicitly still pass through when they hold text.
function stringField(item: CslItem, field: string): string | undefined {
  const value = item[field]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

// BibLaTeX dates must be ISO 8601 (biber warns otherwise): "in press" becomes its pubstate.
// BibTeX's year takes any text.
function addDate(add: AddField, item: CslItem, biblatex: boolean): void {
  const literal = item.issued?.literal ?? item.issued?.raw
  if (biblatex) {
    add('date', 'verbatim', isoDate(item.issued))
    if (!isoDate(item.issued) && literal && /in press|forthcoming|accepted/i.test(literal)) add('pubstate', 'text', /forthcoming/i.test(literal) ? 'forthcoming' : 'inpress')
    add('urldate', 'verbatim', isoDate(item.accessed))
    return
  }
  const { year, month } = dateParts(item.issued)
  add('year', 'text', year === undefined ? literal : String(year))
  add('month', 'macro', month === undefined ? undefined : MONTH_MACROS[month - 1])
}
