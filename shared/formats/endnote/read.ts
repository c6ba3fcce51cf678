import { parseDate } from '../dates'
import type { CslName, ImportResult, ItemExtension } from '../item'
import { normalizeEntry } from '../normalize'
import { parsePersonName } from '../names'
import { BOOKISH_TYPES } from '../ris/types'
import { cleanDoi, collapseWhitespace, normalizeNewlines } from '../text'
import { cutRecords, element, elements, parseXml, richTextOf, textOf, type XmlElement, type XmlNode } from '../xml'
import { cslTypeFromEndnote } from './types'

/**
 * Reads EndNote XML (File › Export › XML). Values may be split into `<style>` runs, which
 * are joined; italics and super/subscripts in titles are kept as CSL markup. EndNote's
 * PubMed import leaves the PMID in `accession-num` and the PMCID in `custom2`.
 */
export function importEndnoteXml(input: string): ImportResult {
  const text = normalizeNewlines(input)
  const result: ImportResult = { format: 'endnote-xml', entries: [], errors: [] }
  const records = cutRecords(text, ['record'])
  if (records.length === 0) result.errors.push({ line: 1, message: 'No <record> elements found in this EndNote XML file.' })
  for (const { text: recordText, line } of records) {
    const parsed = parseXml(recordText)
    if (!Array.isArray(parsed)) {
      result.errors.push({ line: line + parsed.line - 1, message: `EndNote record starting on line ${line} is skipped: the XML is malformed (${parsed.error}).` })
      continue
    }
    const [root] = parsed
    if (!root || !root.children.some((child) => typeof child !== 'string' && textOf(child))) {
      result.errors.push({ line, message: 'EndNote record is empty; skipped.' })
      continue
    }
    const { record, extension, citationKey } = endnoteRecord(root)
    const entry = normalizeEntry({ record, line, extension, ...(citationKey ? { citationKey } : {}) })
    if ('error' in entry) result.errors.push({ line, message: `EndNote record is skipped: ${entry.error}.` })
    else result.entries.push(entry)
  }
  return result
}

function endnoteRecord(record: XmlElement): { record: Record<string, unknown>; extension: ItemExtension; citationKey?: string } {
  const text = (path: string) => textOf(element(record, path)) || undefined
  const refType = element(record, 'ref-type')
  const type = cslTypeFromEndnote(refType?.attributes.name, textOf(refType))
  const secondaryTitle = richTextOf(element(record, 'titles/secondary-title')) || undefined
  const journal = secondaryTitle ?? (text('periodical/full-title') || text('alt-periodical/full-title'))
  const serial = text('isbn')
  const accession = text('accession-num')
  const database = `${text('remote-database-name') ?? ''} ${text('remote-database-provider') ?? ''}`
  const urls = elements(record, 'urls/related-urls/url').map(textOf).filter(Boolean)
  const isPmid = accession !== undefined && /^\d{1,9}$/.test(accession) && !/web of science|scopus|psyc|embase|cinahl/i.test(database)
  // One <keyword> per keyword ("Aged, 80 and over" is one MeSH term); some exports put
  // several in one element, one per line.
  const keywords = elements(record, 'keywords/keyword').flatMap((keyword) => rawLines(keyword))
  const label = text('label')
  const csl: Record<string, unknown> = {
    type,
    author: people(record, 'contributors/authors/author'),
    editor: people(record, 'contributors/secondary-authors/author'),
    translator: people(record, 'contributors/subsidiary-authors/author'),
    title: richTextOf(element(record, 'titles/title')) || undefined,
    'container-title': type === 'book' ? undefined : journal,
    'container-title-short': text('periodical/abbr-1') ?? text('titles/alt-title'),
    'collection-title': text('titles/tertiary-title') ?? (type === 'book' ? secondaryTitle : undefined),
    'title-short': text('titles/short-title'),
    issued: issuedDate(text('dates/year'), text('dates/pub-dates/date')),
    volume: text('volume'),
    issue: text('number') ?? text('issue'),
    page: text('pages'),
    edition: text('edition'),
    publisher: text('publisher'),
    'publisher-place': text('pub-location'),
    genre: text('work-type'),
    abstract: text('abstract'),
    note: text('notes'),
    language: text('language'),
    URL: urls.find((url) => !/doi\.org\//i.test(url)),
    DOI: cleanDoi(text('electronic-resource-num')) ?? cleanDoi(urls.find((url) => /doi\.org\//i.test(url))),
    PMID: isPmid ? accession : undefined,
    PMCID: /^PMC\d+$/.exec(text('custom2') ?? '')?.[0],
  }
  if (serial) Object.assign(csl, serialNumber(serial, type))
  const extension: ItemExtension = keywords.length > 0 ? { keywords } : {}
  const citationKey = label && /^[A-Za-z][\w:.+-]*$/.test(label) ? label : undefined
  return { record: Object.fromEntries(Object.entries(csl).filter(([, value]) => value !== undefined && value !== '')), extension, ...(citationKey ? { citationKey } : {}) }
}

function rawLines(node: XmlNode): string[] {
  const raw = typeof node === 'string' ? node : node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('\n')
  return raw
    .split(/\s*[;\r\n]\s*/)
    .map(collapseWhitespace)
    .filter(Boolean)
}

// `<year>` holds the year; `<pub-dates>` may add month and day, with or without the year.
function issuedDate(year: string | undefined, published: string | undefined) {
  const fromYear = parseDate(year)
  if (!published) return fromYear
  const full = /\d{4}/.test(published) ? parseDate(published) : year ? parseDate(`${published} ${year}`) : undefined
  if (!fromYear) return full
  return full?.['date-parts']?.[0]?.[0] === fromYear['date-parts']?.[0]?.[0] ? full : fromYear
}

function people(record: XmlElement, path: string): CslName[] | undefined {
  const names = elements(record, path)
    .map((author) => parsePersonName(textOf(author)))
    .filter((name): name is CslName => name !== undefined)
  return names.length > 0 ? names : undefined
}

// EndNote keeps ISBN and ISSN in one field, sometimes several with "(Electronic)" notes.
function serialNumber(value: string, type: string): Record<string, string> {
  const issn = /\b\d{4}-\d{3}[\dXx]\b/.exec(value)?.[0]
  if (issn && !BOOKISH_TYPES.has(type)) return { ISSN: issn }
  return BOOKISH_TYPES.has(type) ? { ISBN: value } : { ISSN: value }
}
