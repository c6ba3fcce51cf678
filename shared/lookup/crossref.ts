import { cslItemSchema, type CslDate, type CslItem, type CslName } from '../domain/csl'
import { toLanguageCode } from '../formats/languages'
import { cleanDoi, collapseWhitespace } from '../formats/text'
import { arrayOf, jsonBody, objectOf, parsed, parseFailure, stringOf, type ParseResult } from './failure'
import { crossrefRetraction, dateParts } from './crossrefRetraction'
import type { Retraction } from './retraction'

/**
 * Crossref's REST API (`GET /works/{doi}`, `GET /works?query…`) and doi.org's CSL-JSON
 * (which Crossref serves from the same record) mapped to the domain's CSL item.
 */

export interface AuthorIdentity {
  /** Bare ORCID iD (0000-0002-1825-0097); CSL names have no place for it, so it sits beside. */
  orcid?: string
  affiliations?: string[]
}

export interface CrossrefWork {
  item: CslItem
  /** One entry per `item.author`, same order: ORCID and affiliations CSL cannot hold. */
  authors: AuthorIdentity[]
  retraction: Retraction | null
}

export interface CrossrefSearchHit extends CrossrefWork {
  /** Crossref's relevance score for the query. */
  score: number
}

// Crossref types (https://api.crossref.org/types) to CSL 1.0.2 types. CSL 1.0.2 has no
// "preprint", so posted content becomes "article" as PubMed's preprints do (shared/formats/pubmed.ts).
const CSL_TYPES: Record<string, string> = {
  'journal-article': 'article-journal',
  'posted-content': 'article',
  'book-chapter': 'chapter',
  'book-section': 'chapter',
  'book-part': 'chapter',
  monograph: 'book',
  book: 'book',
  'edited-book': 'book',
  'reference-book': 'book',
  'book-set': 'book',
  'book-series': 'book',
  'book-track': 'chapter',
  'reference-entry': 'entry-encyclopedia',
  dataset: 'dataset',
  'proceedings-article': 'paper-conference',
  proceedings: 'book',
  report: 'report',
  'report-series': 'report',
  dissertation: 'thesis',
  standard: 'standard',
  'peer-review': 'review',
  component: 'article',
  other: 'document',
}

/** The CSL type of a Crossref type; a type already in CSL (from doi.org) is kept. */
export function cslTypeOfCrossref(type: string | undefined): string {
  if (!type) return 'article'
  return CSL_TYPES[type] ?? type
}

/** Parses a `GET /works/{doi}` body (text or parsed JSON). */
export function parseCrossrefWork(body: unknown): ParseResult<CrossrefWork> {
  const envelope = crossrefEnvelope(body, 'work')
  if (!envelope.ok) return envelope
  return crossrefRecord(envelope.value, 'Crossref work')
}

/** Parses a `GET /works?…` search body (message-type work-list): each item with its score. */
export function parseCrossrefWorkList(body: unknown): ParseResult<CrossrefSearchHit[]> {
  const envelope = crossrefEnvelope(body, 'work-list')
  if (!envelope.ok) return envelope
  const hits: CrossrefSearchHit[] = []
  for (const [index, raw] of arrayOf(envelope.value.items).entries()) {
    const work = crossrefRecord(objectOf(raw) ?? {}, `Crossref search result ${index + 1}`)
    if (!work.ok) return work
    hits.push({ ...work.value, score: typeof objectOf(raw)?.score === 'number' ? Number(objectOf(raw)?.score) : 0 })
  }
  return parsed(hits)
}

/** Parses a doi.org content-negotiation CSL-JSON body into the same shape as a Crossref work. */
export function parseDoiCslJson(body: unknown): ParseResult<CrossrefWork> {
  const json = jsonBody(body, 'doi.org CSL-JSON')
  if (!json.ok) return json
  const record = objectOf(json.value)
  if (!record || (!record.title && !record.DOI)) return parseFailure('INVALID_INPUT', 'doi.org CSL-JSON: the response is not a CSL-JSON record (no title and no DOI).')
  return crossrefRecord(record, 'doi.org CSL-JSON')
}

function crossrefEnvelope(body: unknown, messageType: 'work' | 'work-list'): ParseResult<Record<string, unknown>> {
  const json = jsonBody(body, 'Crossref')
  if (!json.ok) return json
  const envelope = objectOf(json.value)
  if (!envelope) return parseFailure('INVALID_INPUT', 'Crossref: the response is not a JSON object, so it is not a Crossref answer.')
  if (envelope.status === 'failed') return parseFailure('INVALID_INPUT', `Crossref refused the request: ${failureText(envelope.message)}.`)
  const message = objectOf(envelope.message)
  if (envelope['message-type'] !== messageType || !message) {
    return parseFailure('INVALID_INPUT', `Crossref: expected a "${messageType}" answer but got "${stringOf(envelope['message-type']) ?? 'something else'}".`)
  }
  return parsed(message)
}

function failureText(message: unknown): string {
  const texts = arrayOf(message).map((entry) => stringOf(objectOf(entry)?.message)).filter((text) => text !== undefined)
  return texts.join('; ') || 'no reason given'
}

function crossrefRecord(message: Record<string, unknown>, what: string): ParseResult<CrossrefWork> {
  const doi = cleanDoi(stringOf(message.DOI))
  if (!doi) return parseFailure('INVALID_INPUT', `${what}: the record has no DOI, so it is not a Crossref work.`)
  const people = arrayOf(message.author).map(objectOf).filter((person) => person !== undefined)
  const names = people.map(personName).filter((name) => name !== undefined)
  const record = {
    id: `doi:${doi}`,
    type: cslTypeOfCrossref(stringOf(message.type)),
    title: plainTitle(message.title),
    'container-title': containerTitle(message),
    'container-title-short': firstText(message['short-container-title']) ?? stringOf(message['container-title-short']),
    author: names.length > 0 ? names : undefined,
    issued: issuedDate(message),
    volume: stringOf(message.volume),
    issue: stringOf(message.issue),
    page: stringOf(message.page) ?? stringOf(message['article-number']),
    publisher: stringOf(message.publisher),
    'publisher-place': stringOf(message['publisher-location']),
    DOI: doi,
    ISSN: firstText(message.ISSN),
    ISBN: firstText(message.ISBN),
    URL: stringOf(message.URL),
    abstract: jatsText(stringOf(message.abstract)),
    language: languageOf(message.language),
  }
  const checked = cslItemSchema.safeParse(Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)))
  if (!checked.success) return parseFailure('INVALID_INPUT', `${what}: the record does not map to a valid reference (${checked.error.issues[0]?.message ?? 'unknown field'}).`)
  const authors = people.filter((person) => personName(person) !== undefined).map(identity)
  return parsed({ item: checked.data, authors, retraction: crossrefRetraction(message, checked.data.title) })
}

function firstText(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(stringOf).find((text) => text !== undefined)
  return stringOf(value)
}

function plainTitle(value: unknown): string | undefined {
  const title = firstText(value)
  return title ? collapseWhitespace(jatsText(title) ?? title) : undefined
}

// A chapter's container-title lists the series first, then the book; the book is the container.
function containerTitle(message: Record<string, unknown>): string | undefined {
  const titles = Array.isArray(message['container-title']) ? message['container-title'].map(stringOf).filter((text) => text !== undefined) : [stringOf(message['container-title'])].filter((text) => text !== undefined)
  const type = stringOf(message.type)
  const title = type === 'book-chapter' || type === 'chapter' ? titles.at(-1) : titles[0]
  return title ? collapseWhitespace(title) : undefined
}

function personName(person: Record<string, unknown>): CslName | undefined {
  const family = stringOf(person.family)
  const given = stringOf(person.given)
  const literal = stringOf(person.name) ?? stringOf(person.literal)
  if (family) return { family, ...(given ? { given } : {}), ...(stringOf(person.suffix) ? { suffix: stringOf(person.suffix) } : {}) }
  return literal ? { literal } : undefined
}

function identity(person: Record<string, unknown>): AuthorIdentity {
  const orcid = /\d{4}-\d{4}-\d{4}-\d{3}[\dX]/i.exec(stringOf(person.ORCID) ?? '')?.[0]?.toUpperCase()
  const affiliations = arrayOf(person.affiliation)
    .map((entry) => stringOf(objectOf(entry)?.name))
    .filter((name) => name !== undefined)
  return { ...(orcid ? { orcid } : {}), ...(affiliations.length > 0 ? { affiliations } : {}) }
}

// `issued` is Crossref's earliest of print and online; older records only have `created`.
function issuedDate(message: Record<string, unknown>): CslDate | undefined {
  for (const field of ['issued', 'published', 'published-print', 'published-online', 'posted', 'created']) {
    const parts = dateParts(message[field])
    if (parts) return { 'date-parts': [parts] }
  }
  return undefined
}

function languageOf(value: unknown): string | undefined {
  const language = stringOf(value)
  return language ? toLanguageCode(language) : undefined
}

/** Text of a JATS abstract or title: tags dropped, the leading "Abstract" heading dropped. */
export function jatsText(value: string | undefined): string | undefined {
  if (!value) return undefined
  const text = collapseWhitespace(
    value
      .replace(/<jats:title>\s*Abstract\s*<\/jats:title>/i, ' ')
      .replace(/<\/(?:jats:)?(?:p|sec|title)>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  )
  return text || undefined
}
