/**
 * The CSL-JSON record, the canonical bibliographic form (what citation-js speaks). Only
 * the variables AxisRef reads by name are typed; the rest pass through untouched.
 */
export interface CslName {
  family?: string
  given?: string
  /** Corporate or single-field names ("WHO", "The BRAIN Consortium"). */
  literal?: string
  'non-dropping-particle'?: string
  'dropping-particle'?: string
  suffix?: string
}

export interface CslDate {
  'date-parts'?: [number, number?, number?][]
  literal?: string
  raw?: string
}

export interface CslItem {
  id: string
  type: string
  title?: string
  author?: CslName[]
  editor?: CslName[]
  issued?: CslDate
  'container-title'?: string
  volume?: string
  issue?: string
  page?: string
  DOI?: string
  PMID?: string
  PMCID?: string
  ISSN?: string
  URL?: string
  abstract?: string
  keyword?: string
  language?: string
  [variable: string]: unknown
}

/** The year of an item, if it has a usable one. */
export function issuedYear(item: Pick<CslItem, 'issued'>): number | undefined {
  const year = item.issued?.['date-parts']?.[0]?.[0]
  return typeof year === 'number' && Number.isFinite(year) ? year : undefined
}
