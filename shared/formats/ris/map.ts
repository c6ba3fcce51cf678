import { parseDate } from '../dates'
import type { CslDate, CslName, ItemExtension } from '../item'
import { parsePersonName } from '../names'
import { cleanDoi, collapseWhitespace } from '../text'
import { BOOKISH_TYPES, cslTypeFromRis } from './types'

/** One tagged line of a RIS record (`AU  - Family, Given`), with the line it starts on. */
export interface RisField {
  tag: string
  value: string
  line: number
}

export interface MappedRecord {
  record: Record<string, unknown>
  citationKey?: string
  extension: ItemExtension
}

const NAME_TAGS: Record<string, string> = { AU: 'author', A1: 'author', A2: 'editor', ED: 'editor', A3: 'collection-editor', A4: 'translator', TA: 'translator' }
const CONTAINER_TAGS = ['T2', 'JF', 'JO', 'JA', 'J1', 'J2', 'BT'] as const
const SHORT_CONTAINER_TAGS = ['J2', 'JA', 'J1', 'JO'] as const

/**
 * Maps one RIS record's fields to CSL. Where RIS has several tags for one thing (TI/T1,
 * AB/N2, the journal-name family), the most specific present tag wins; PMID and PMCID come
 * from where PubMed-derived RIS puts them (AN with DB PubMed, C2, "PMID: …" notes).
 */
export function risRecordToItem(fields: readonly RisField[]): MappedRecord {
  const values = (tag: string) => fields.filter((field) => field.tag === tag && field.value).map((field) => collapseWhitespace(field.value))
  const first = (...tags: string[]) => tags.map((tag) => values(tag)[0]).find((value) => value !== undefined)
  const type = cslTypeFromRis(first('TY') ?? 'GEN')
  const record: Record<string, unknown> = { type, ...nameLists(fields) }
  const bookTitle = first('BT')
  record.title = first('TI', 'T1', 'CT') ?? (type === 'book' ? bookTitle : undefined)
  const container = type === 'book' ? undefined : first(...CONTAINER_TAGS.filter((tag) => tag !== 'BT' || type === 'chapter'))
  record['container-title'] = container
  const short = first(...SHORT_CONTAINER_TAGS)
  if (short && short !== container) record['container-title-short'] = short
  record['collection-title'] = first('T3') ?? (type === 'book' ? first('T2') : undefined)
  record['title-short'] = first('ST')
  record.issued = pickDate(values('PY'), values('DA'), values('Y1'))
  record.accessed = parseDate(first('Y2'))
  record.volume = first('VL')
  record.issue = first('IS', 'CP')
  record.page = pages(first('SP'), first('EP'))
  record.edition = first('ET')
  record.publisher = first('PB')
  record['publisher-place'] = first('CY', 'PP')
  record.abstract = first('AB', 'N2')
  record.language = first('LA')
  record.genre = first('M3')
  const urls = values('UR').flatMap(splitUrls)
  record.DOI = cleanDoi(first('DO', 'DI')) ?? cleanDoi(urls.find((url) => /doi\.org\//i.test(url)))
  record.URL = urls.find((url) => !/doi\.org\//i.test(url)) ?? urls[0]
  const otherUrls = [...new Set(urls)].filter((url) => url !== record.URL && !(/doi\.org\//i.test(url) && cleanDoi(url) === record.DOI))
  record.note = [...values('N1').filter((note) => !/^PMC?ID:/i.test(note)), ...otherUrls].join('\n') || undefined
  const serial = first('SN')
  if (serial) record[BOOKISH_TYPES.has(type) && /^[\d-]{10,17}[Xx]?$/.test(serial.replace(/\s/g, '')) ? 'ISBN' : 'ISSN'] = serial
  Object.assign(record, identifiers(fields, values))
  const keywords = values('KW').flatMap((value) => value.split(/\s*;\s*/)).filter(Boolean)
  const extension: ItemExtension = keywords.length > 0 ? { keywords } : {}
  const citationKey = first('ID')
  return { record: dropEmpty(record), extension, ...(citationKey ? { citationKey } : {}) }
}

// AU and A1 (and the editor tags among themselves) are one list in the order the record
// gives them, as Zotero reads them: "AU a, A1 b, AU c" is a, b, c.
function nameLists(fields: readonly RisField[]): Record<string, CslName[]> {
  const lists: Record<string, CslName[]> = {}
  for (const field of fields) {
    const role = NAME_TAGS[field.tag]
    const name = role && field.value ? parsePersonName(collapseWhitespace(field.value)) : undefined
    if (role && name) lists[role] = [...(lists[role] ?? []), name]
  }
  return lists
}

// One UR line may hold several URLs separated by ";" or whitespace (RIS spec, Zotero's
// translator). A ";" with no space after it separates only when a URL follows, since
// ";jsessionid=…" belongs to the URL. CSL has one URL; the others go to the note.
function splitUrls(value: string): string[] {
  return value
    .split(/;?\s+|;(?=[a-z][a-z\d+.-]*:\/\/|www\.)/i)
    .map((url) => url.replace(/;+$/, ''))
    .filter(Boolean)
}

function identifiers(fields: readonly RisField[], values: (tag: string) => string[]): Record<string, string> {
  const result: Record<string, string> = {}
  const database = [...values('DB'), ...values('DP')].join(' ')
  const accession = values('AN')[0]
  if (accession && /^\d{1,9}$/.test(accession) && /pubmed|medline|nlm/i.test(database)) result.PMID = accession
  for (const field of fields) {
    const pmid = /\bPMID:?\s*(\d{1,9})\b/i.exec(field.value)
    if (pmid?.[1] && !result.PMID && ['AN', 'N1', 'M1', 'M2', 'C1'].includes(field.tag)) result.PMID = pmid[1]
    const pmcid = /\b(PMC\d+)\b/.exec(field.value)
    if (pmcid?.[1] && !result.PMCID && ['C2', 'N1', 'AN', 'M2'].includes(field.tag)) result.PMCID = pmcid[1]
  }
  return result
}

// PY is the publication year and DA the full date; Y1 is deprecated and used only when
// neither parses. Month and day come from DA when its year agrees with PY. A value that is
// no date ("in press", "Forthcoming", "n.d.") is kept as CSL's literal date, as the BibTeX
// reader keeps `year = {in press}`, so the state the user recorded is not lost.
function pickDate(years: string[], dates: string[], legacy: string[]): CslDate | undefined {
  const firstParsed = (values: string[]) => values.map((value) => parseDate(value)).find((date) => date !== undefined)
  const year = firstParsed(years)
  const full = firstParsed(dates)
  if (!year) return full ?? firstParsed(legacy) ?? literalDate([...years, ...dates, ...legacy])
  return full && full['date-parts']?.[0]?.[0] === year['date-parts']?.[0]?.[0] ? full : year
}

// RIS writes dates as "YYYY/MM/DD/other": the slashes around a word are the date's empty
// parts, not part of the word.
function literalDate(values: readonly string[]): CslDate | undefined {
  // a year of zeros ("PY  - 0000", as some databases export an unknown year) is no date at all
  const literal = values.map((value) => value.replace(/^[\s/]+|[\s/]+$/g, '')).find((value) => value !== '' && !/^0+$/.test(value))
  return literal ? { literal } : undefined
}

function pages(start: string | undefined, end: string | undefined): string | undefined {
  if (!start) return end
  if (!end || start.includes('-') || end === start) return start
  return `${start}-${end}`
}

function dropEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ''))
}
