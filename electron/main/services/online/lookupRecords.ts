import type { CslItem, ItemExtension } from '../../../../shared/domain/csl'
import type { LookupSource } from '../../../../shared/domain/registry'
import { studyTypeFromPublicationTypes, type CrossrefWork, type LookupRecord, type PubmedArticle, type Retraction } from '../../../../shared/lookup'
import { strongerStatus } from '../../../../shared/lookup/retraction'

/**
 * The one record a lookup answers, built from what a registry gave. Each field says which
 * registry it came from; the fields of the item itself are always the registry's of the
 * identifier asked (a DOI's title from Crossref, a PMID's from PubMed).
 */

/** The ids the PMC ID converter gave for an article, beside its own record. */
export interface ConvertedIds {
  pmid?: string
  pmcid?: string
}

/** PubMed's record of a PMID: the journal named exactly as PubMed names it. */
export function pubmedRecord(article: PubmedArticle): LookupRecord {
  const item: CslItem = { ...article.item, PMID: article.pmid, ...(article.journalTitle ? { 'container-title': article.journalTitle } : {}) }
  const extension = pubmedExtension(article)
  return {
    item,
    extension,
    authors: article.authors,
    studyType: studyTypeFromPublicationTypes(article.publicationTypes),
    retraction: article.retraction,
    fields: { ...sourcesOf(item, 'pubmed'), ...sourcesOf(extension, 'pubmed') },
  }
}

/** Crossref's (or doi.org's) record of a DOI; no study type, since only PubMed's publication types give one. */
export function registryRecord(work: CrossrefWork, source: 'crossref' | 'doi.org'): LookupRecord {
  return { item: work.item, extension: {}, authors: work.authors, studyType: null, retraction: work.retraction, fields: sourcesOf(work.item, source) }
}

/**
 * A DOI's record with what PubMed adds for the same article: MeSH, publication types,
 * keywords, the study type, PMID and PMCID. The item's own fields stay the DOI registry's.
 */
export function withPubmedAdditions(record: LookupRecord, article: PubmedArticle, converted: ConvertedIds): LookupRecord {
  const withIds = withConvertedIds(record, { pmid: article.pmid, pmcid: article.item.PMCID ?? converted.pmcid })
  const extension = pubmedExtension(article)
  return {
    ...withIds,
    extension,
    studyType: studyTypeFromPublicationTypes(article.publicationTypes),
    retraction: strongerRetraction(record.retraction, article.retraction),
    fields: {
      ...withIds.fields,
      PMID: { source: 'pubmed' },
      ...(article.item.PMCID ? { PMCID: { source: 'pubmed' } } : {}),
      ...sourcesOf(extension, 'pubmed'),
    },
  }
}

/** The PMID and PMCID the ID converter knows, on a record that lacks them. */
export function withConvertedIds(record: LookupRecord, converted: ConvertedIds): LookupRecord {
  const item: CslItem = { ...record.item }
  const fields = { ...record.fields }
  if (converted.pmid && !item.PMID) {
    item.PMID = converted.pmid
    fields.PMID = { source: 'idconv' }
  }
  if (converted.pmcid && !item.PMCID) {
    item.PMCID = converted.pmcid
    fields.PMCID = { source: 'idconv' }
  }
  return { ...record, item, fields }
}

function pubmedExtension(article: PubmedArticle): ItemExtension {
  return {
    ...(article.mesh.length > 0 ? { mesh: article.mesh } : {}),
    ...(article.publicationTypes.length > 0 ? { publicationTypes: article.publicationTypes } : {}),
    ...(article.keywords.length > 0 ? { keywords: article.keywords } : {}),
  }
}

function strongerRetraction(left: Retraction | null, right: Retraction | null): Retraction | null {
  if (!left || !right) return left ?? right
  return strongerStatus(left.status, right.status) === left.status ? left : right
}

/** Every field that has a value, except the item's own `id`, credited to one registry. */
function sourcesOf(values: Record<string, unknown>, source: LookupSource): LookupRecord['fields'] {
  const fields: LookupRecord['fields'] = {}
  for (const [field, value] of Object.entries(values)) {
    if (field !== 'id' && value !== undefined) fields[field] = { source }
  }
  return fields
}
