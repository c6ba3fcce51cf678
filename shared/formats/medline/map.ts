import { parseDate } from '../dates'
import type { CslName, ItemExtension, MeshHeading } from '../item'
import { parsePersonName } from '../names'
import { articleNumberFromPiis, expandPageRange, journalTitleCase, parseMeshText, pickIssn, pubmedType, stripPubmedPeriod } from '../pubmed'
import { cleanDoi } from '../text'

/** One `TAG - value` field of a MEDLINE record, continuation lines joined. */
export interface MedlineField {
  tag: string
  value: string
}

/**
 * Maps one MEDLINE record to CSL plus the extension (MeSH with major flags, publication
 * types, keywords). Full names (FAU) are preferred to initials (AU); the DOI comes from LID
 * or AID lines tagged `[doi]`.
 */
export function medlineRecordToItem(fields: readonly MedlineField[]): { record: Record<string, unknown>; extension: ItemExtension } {
  const values = (tag: string) => fields.filter((field) => field.tag === tag && field.value).map((field) => field.value)
  const first = (tag: string) => values(tag)[0]
  const publicationTypes = values('PT')
  const bookTitle = stripPubmedPeriod(first('BTI'))
  const title = stripPubmedPeriod(first('TI'))
  const type = pubmedType(publicationTypes, Boolean(bookTitle), Boolean(title))
  const names = (full: string, short: string) => {
    const list = values(full).length > 0 ? values(full) : values(short)
    return list.map(parsePersonName).filter((name): name is CslName => name !== undefined)
  }
  const authors = orderedAuthors(fields)
  const ids = [...values('LID'), ...values('AID')]
  // "LID - e42692 [pii]": the article number of a journal without pages, or a publisher pii.
  const piis = ids.map((id) => /^(.+?)\s*\[pii\]\s*$/i.exec(id)?.[1]).filter((pii): pii is string => pii !== undefined)
  const record: Record<string, unknown> = {
    type,
    title: type === 'book' ? bookTitle : title,
    'container-title': type === 'chapter' ? bookTitle : journalTitleCase(first('JT')),
    'container-title-short': type === 'chapter' ? undefined : first('TA'),
    'collection-title': first('CTI'),
    author: authors.length > 0 ? authors : undefined,
    editor: nonEmpty(names('FED', 'ED')),
    issued: parseDate(first('DP')),
    volume: first('VI'),
    issue: first('IP'),
    page: expandPageRange(first('PG')) ?? (type === 'article' ? undefined : articleNumberFromPiis(piis)),
    number: type === 'article' ? piis[0] : undefined,
    abstract: values('AB').join(' ') || undefined,
    language: first('LA'),
    ISSN: pickIssn(values('IS')),
    ISBN: first('ISBN')?.replace(/^ISBN\s*/i, ''),
    publisher: type === 'book' || type === 'chapter' ? first('PB') : undefined,
    'publisher-place': type === 'book' || type === 'chapter' ? first('PL') : undefined,
    edition: first('EN'),
    PMID: first('PMID'),
    PMCID: first('PMC') ?? ids.map((id) => /^(PMC\d+)\s*\[pmc\]/i.exec(id)?.[1]).find(Boolean),
    DOI: cleanDoi(ids.find((id) => /\[doi\]\s*$/i.test(id))),
  }
  const mesh = values('MH').map(parseMeshText).filter((heading): heading is MeshHeading => heading !== undefined)
  const keywords = values('OT')
  const extension: ItemExtension = {}
  if (mesh.length > 0) extension.mesh = mesh
  if (publicationTypes.length > 0) extension.publicationTypes = publicationTypes
  if (keywords.length > 0) extension.keywords = keywords
  return { record: Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '')), extension }
}

// Persons (FAU, or AU when a record has no FAU) and groups (CN) in the order they appear.
function orderedAuthors(fields: readonly MedlineField[]): CslName[] {
  const personTag = fields.some((field) => field.tag === 'FAU' && field.value) ? 'FAU' : 'AU'
  return fields.flatMap((field): CslName[] => {
    if (!field.value) return []
    if (field.tag === 'CN') return [{ literal: field.value }]
    const name = field.tag === personTag ? parsePersonName(field.value) : undefined
    return name ? [name] : []
  })
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined
}
