import { cleanDoi, findDois, isPlaceholderDoi } from './identifiers'
import { isJunkAuthor, isJunkTitle } from './junk'
import { parseName } from './names'
import { collapseSpaces } from './text'
import type { CslName } from './types'

/** A value read from the info dictionary or the XMP packet, with where it was found. */
export interface EmbeddedValue<T> {
  value: T
  source: 'xmp' | 'info'
  key: string
  confidence: number
}

export interface EmbeddedMetadata {
  /** Non-junk titles, XMP first. */
  titles: EmbeddedValue<string>[]
  /** Non-junk author lists, XMP first. */
  authors: EmbeddedValue<CslName[]>[]
  dois: EmbeddedValue<string>[]
  years: EmbeddedValue<number>[]
  journals: EmbeddedValue<string>[]
  volume?: EmbeddedValue<string>
  issue?: EmbeddedValue<string>
  page?: EmbeddedValue<string>
  /** Keys whose values were junk, e.g. `info:Title`, so the user can see why they were not used. */
  ignored: string[]
}

type Xmp = Record<string, string | string[]>

/** Reads the embedded metadata, dropping what typesetting tools leave behind instead of data. */
export function readEmbeddedMetadata(info: Record<string, string>, rawXmp: Xmp): EmbeddedMetadata {
  const xmp = Object.fromEntries(Object.entries(rawXmp).map(([key, value]) => [key.toLowerCase(), value]))
  const result: EmbeddedMetadata = { titles: [], authors: [], dois: [], years: [], journals: [], ignored: [] }
  collectTitles(result, info, xmp)
  collectAuthors(result, info, xmp)
  collectDois(result, info, xmp)
  collectCitation(result, info, xmp)
  return result
}

function first(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value
  return text === undefined ? undefined : collapseSpaces(decodeEntities(text))
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_match, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&')
}

function collectTitles(result: EmbeddedMetadata, info: Record<string, string>, xmp: Xmp): void {
  const candidates: [EmbeddedValue<string>['source'], string, string | undefined][] = [
    ['xmp', 'dc:title', first(xmp['dc:title'])],
    ['info', 'Title', first(info.Title)],
  ]
  for (const [source, key, value] of candidates) {
    if (value === undefined || value === '') continue
    if (isJunkTitle(value)) result.ignored.push(`${source}:${key}`)
    else if (!result.titles.some((title) => title.value === value)) result.titles.push({ value, source, key, confidence: 0.6 })
  }
}

function collectAuthors(result: EmbeddedMetadata, info: Record<string, string>, xmp: Xmp): void {
  const creators = xmp['dc:creator']
  const xmpList = (Array.isArray(creators) ? creators : creators ? [creators] : []).map((name) => collapseSpaces(decodeEntities(name)))
  const lists: [EmbeddedValue<CslName[]>['source'], string, string[]][] = [
    ['xmp', 'dc:creator', xmpList.length === 1 ? splitAuthorField(xmpList[0] ?? '') : xmpList],
    ['info', 'Author', splitAuthorField(first(info.Author) ?? '')],
  ]
  for (const [source, key, raw] of lists) {
    const kept = raw.filter((name) => name !== '')
    if (kept.length === 0) continue
    if (kept.some(isJunkAuthor)) {
      result.ignored.push(`${source}:${key}`)
      continue
    }
    const names = kept.map(parseName).filter((name): name is CslName => name !== undefined)
    if (names.length > 0) result.authors.push({ value: names, source, key, confidence: 0.6 })
  }
}

/** "A; B", "A and B", "A, B, C" or one "Family, Given": the info Author field has no fixed form. */
export function splitAuthorField(field: string): string[] {
  const text = field.replace(/\{?\bet al\.?\}?/gi, '').trim()
  if (text === '') return []
  if (text.includes(';')) return text.split(';').map((part) => part.trim())
  const parts = text.split(/\s+(?:and|&)\s+/).map((part) => part.trim())
  return parts.flatMap((part) => {
    const pieces = part.split(',').map((piece) => piece.trim())
    return pieces.length > 1 && pieces.every((piece) => piece.split(/\s+/).length >= 2) ? pieces : [part]
  })
}

function collectDois(result: EmbeddedMetadata, info: Record<string, string>, xmp: Xmp): void {
  const push = (source: 'xmp' | 'info', key: string, raw: string, confidence: number): void => {
    for (const doi of findDois(raw).concat(cleanDoi(raw) ?? [])) {
      if (isPlaceholderDoi(doi)) result.ignored.push(`${source}:${key}`)
      else if (!result.dois.some((entry) => entry.value.toLowerCase() === doi.toLowerCase())) result.dois.push({ value: doi, source, key, confidence })
    }
  }
  for (const key of ['prism:doi', 'pdfx:doi', 'crossmark:doi', 'dc:identifier']) {
    const value = first(xmp[key])
    if (value) push('xmp', key, value, 0.8)
  }
  for (const [key, value] of Object.entries(info)) if (/(^|\/)doi$/i.test(key)) push('info', key, value, 0.75)
  // Publishers also write "…2015, 16:1. doi:10.1186/…" into the subject or description; short values only,
  // because a long description is an abstract that may cite other papers.
  for (const [source, key, value] of [
    ['info', 'Subject', first(info.Subject)],
    ['xmp', 'dc:description', first(xmp['dc:description'])],
  ] as const) {
    if (value && value.length < 200 && /\bdoi\s*:/i.test(value)) push(source, key, value, 0.7)
  }
}

function collectCitation(result: EmbeddedMetadata, info: Record<string, string>, xmp: Xmp): void {
  for (const [key, confidence] of [
    ['prism:publicationdate', 0.85],
    ['prism:coverdate', 0.85],
    ['dc:date', 0.6],
  ] as const) {
    const year = yearOf(first(xmp[key]))
    if (year) result.years.push({ value: year, source: 'xmp', key, confidence })
  }
  for (const [key, value] of Object.entries(info)) {
    if (/(^|\/)year$/i.test(key) && yearOf(value)) result.years.push({ value: yearOf(value) ?? 0, source: 'info', key, confidence: 0.6 })
    if (/(^|\/)journal$/i.test(key) && value.trim()) result.journals.push({ value: value.trim(), source: 'info', key, confidence: 0.6 })
  }
  const publication = first(xmp['prism:publicationname'])
  if (publication) result.journals.unshift({ value: publication, source: 'xmp', key: 'prism:publicationname', confidence: 0.85 })
  const volume = first(xmp['prism:volume'])
  if (volume) result.volume = { value: volume, source: 'xmp', key: 'prism:volume', confidence: 0.8 }
  const issue = first(xmp['prism:number'])
  if (issue) result.issue = { value: issue, source: 'xmp', key: 'prism:number', confidence: 0.8 }
  const start = first(xmp['prism:startingpage'])
  const end = first(xmp['prism:endingpage'])
  if (start) result.page = { value: end ? `${start}-${end}` : start, source: 'xmp', key: 'prism:startingpage', confidence: 0.8 }
}

function yearOf(value: string | undefined): number | undefined {
  const match = /\b(1[89]\d\d|20\d\d)\b/.exec(value ?? '')
  return match ? Number(match[1]) : undefined
}
