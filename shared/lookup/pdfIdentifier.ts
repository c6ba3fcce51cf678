import type { CslItem } from '../domain/csl'
import { pdfFieldSourceSchema } from '../domain/provenance'
import type { PaperRow } from '../domain/rows'
import { normalizeDoi, normalizePmid } from '../dedup/normalize'
import type { LookupRecord } from './record'
import { titlesMatch } from './titleMatch'

const IDENTIFIERS = [
  { field: 'DOI', label: 'DOI', same: (a: unknown, b: unknown) => normalizeDoi(text(a)) !== undefined && normalizeDoi(text(a)) === normalizeDoi(text(b)) },
  { field: 'PMID', label: 'PMID', same: (a: unknown, b: unknown) => normalizePmid(text(a)) !== undefined && normalizePmid(text(a)) === normalizePmid(text(b)) },
  { field: 'PMCID', label: 'PMCID', same: (a: unknown, b: unknown) => text(a)?.toUpperCase() === text(b)?.toUpperCase() && text(a) !== undefined },
] as const

/** An identifier read from a PDF that the registry says belongs to a paper with another title. */
export interface ForeignIdentifier {
  field: 'DOI' | 'PMID' | 'PMCID'
  value: string
  registryTitle: string
  /** In words, for the lookup queue and the details pane. */
  message: string
}

/**
 * A PDF's first page often prints other papers' DOIs (a reference, a related article): an
 * identifier the PDF reader found is trusted only when the registry's title for it is the
 * PDF's title. Answers the identifier to drop, or null when the record may be applied (the
 * identifier came from elsewhere, or the titles agree, or there is no title to compare).
 */
export function foreignPdfIdentifier(paper: Pick<PaperRow, 'csl' | 'fieldSources'>, record: LookupRecord): ForeignIdentifier | null {
  const registryTitle = record.item.title
  if (!paper.csl.title || !registryTitle || titlesMatch(paper.csl.title, registryTitle)) return null
  for (const { field, label, same } of IDENTIFIERS) {
    const source = paper.fieldSources?.[field]?.source
    const value = text(paper.csl[field])
    if (value && source && pdfFieldSourceSchema.safeParse(source).success && same(value, record.item[field])) {
      const message = `The ${label} ${value} printed in the PDF belongs to another paper ("${registryTitle}"): it was not kept.`
      return { field, value, registryTitle, message }
    }
  }
  return null
}

/** The CSL fields that remove a foreign identifier (undefined: removed). */
export function withoutIdentifier(foreign: ForeignIdentifier): Partial<CslItem> {
  return { [foreign.field]: undefined }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}
