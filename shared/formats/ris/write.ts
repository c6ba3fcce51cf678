import { dateParts } from '../dates'
import type { CslDate, CslName, ExportRecord } from '../item'
import { formatInverted } from '../names'
import { collapseWhitespace, stripMarkup } from '../text'
import { BOOKISH_TYPES, risTypeFromCsl } from './types'

/**
 * Writes RIS as Zotero and EndNote read it: one tag per line (`AU  - Family, Given`),
 * journal in T2 with its abbreviation in J2, year in PY and the full date in DA, PMID as
 * accession number of database "PubMed", PMCID in C2. Empty fields are never written.
 */
export function exportRis(records: readonly ExportRecord[]): string {
  return records.map(formatRecord).join('\n')
}

function formatRecord({ item, citationKey, extension }: ExportRecord): string {
  const lines: string[] = []
  const add = (tag: string, value: string | number | undefined) => {
    const clean = value === undefined ? '' : collapseWhitespace(stripMarkup(String(value)))
    if (clean) lines.push(`${tag}  - ${clean}`)
  }
  add('TY', risTypeFromCsl(item.type))
  add('ID', citationKey)
  const names = (list: CslName[] | undefined, tag: string) => list?.forEach((name) => add(tag, formatInverted(name)))
  names(item.author, 'AU')
  names(item.editor, 'A2')
  names(item.translator, 'A4')
  add('TI', item.title)
  add('T2', item['container-title'])
  add('J2', item['container-title-short'])
  add('T3', item['collection-title'])
  add('ST', item['title-short'])
  addDates(add, item.issued, item.accessed)
  add('VL', item.volume)
  add('IS', item.issue ?? (item.type === 'report' ? item.number : undefined))
  const [start, end] = splitPages(item.page)
  add('SP', start)
  add('EP', end)
  add('ET', item.edition)
  add('PB', item.publisher)
  add('CY', item['publisher-place'])
  add('SN', BOOKISH_TYPES.has(item.type) ? (item.ISBN ?? item.ISSN) : (item.ISSN ?? item.ISBN))
  add('DO', item.DOI)
  add('UR', item.URL)
  add('AB', item.abstract)
  const keywords = extension?.keywords ?? (item.keyword ? item.keyword.split(/\s*[,;]\s*/) : [])
  keywords.forEach((keyword) => add('KW', keyword))
  add('LA', item.language)
  add('M3', item.genre)
  add('N1', item.note)
  if (item.PMID) {
    add('AN', item.PMID)
    add('DB', 'PubMed')
  }
  add('C2', item.PMCID)
  lines.push('ER  - ')
  return `${lines.join('\n')}\n`
}

function addDates(add: (tag: string, value: string | undefined) => void, issued: CslDate | undefined, accessed: CslDate | undefined): void {
  const { year, month, day } = dateParts(issued)
  // RIS has no range: PY and DA give its start. A year that is no date ("in press") goes in
  // PY as it came, as EndNote writes it.
  const literal = issued?.literal ?? issued?.raw
  if (year === undefined && literal?.trim()) add('PY', literal.trim())
  if (year !== undefined) {
    add('PY', String(year))
    if (month !== undefined) add('DA', [year, pad(month), day === undefined ? '' : pad(day), ''].join('/'))
  }
  const seen = dateParts(accessed)
  if (seen.year !== undefined) add('Y2', [seen.year, seen.month === undefined ? '' : pad(seen.month), seen.day === undefined ? '' : pad(seen.day)].join('/'))
}

function pad(number: number): string {
  return String(number).padStart(2, '0')
}

function splitPages(page: string | undefined): [string | undefined, string | undefined] {
  if (!page) return [undefined, undefined]
  const match = /^\s*([^-–—]+?)\s*[-–—]+\s*(.+?)\s*$/.exec(page)
  return match ? [match[1], match[2]] : [page, undefined]
}
