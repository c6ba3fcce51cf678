import { parseCrossrefWork, parsePubmedEfetch, studyTypeFromPublicationTypes, type CrossrefWork, type LookupRecord, type PubmedArticle } from '../../shared/lookup'
import type { LookupSource } from '../../shared/domain/registry'

/**
 * Lookup records made from REAL recorded registry answers (`<corpus>/online`), through the
 * shared parsers, as the lookup service makes them: never a hand-written registry answer.
 * Pure (bodies in, records out), so the renderer's tests use it too.
 */

/** The record a recorded Crossref `/works/{doi}` body gives. */
export function crossrefRecordOf(body: string, name: string): LookupRecord {
  const result = parseCrossrefWork(body)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return fromCrossref(result.value)
}

/** The record of a recorded efetch body's first (or `pmid`'s) PubMed article. */
export function pubmedRecordOf(body: string, name: string, pmid?: string): LookupRecord {
  const result = parsePubmedEfetch(body)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  const article = result.value.find((candidate) => pmid === undefined || candidate.pmid === pmid)
  if (!article) throw new Error(`${name}: no PubMed article ${pmid ?? ''}`)
  return fromPubmed(article)
}

export function fromCrossref(work: CrossrefWork): LookupRecord {
  return { item: work.item, extension: {}, authors: work.authors, studyType: null, retraction: work.retraction, fields: sources(work.item, 'crossref') }
}

export function fromPubmed(article: PubmedArticle): LookupRecord {
  const extension = { mesh: article.mesh, publicationTypes: article.publicationTypes, keywords: article.keywords }
  return {
    item: article.item,
    extension,
    authors: article.authors,
    studyType: studyTypeFromPublicationTypes(article.publicationTypes),
    retraction: article.retraction,
    fields: { ...sources(article.item, 'pubmed'), mesh: { source: 'pubmed' }, publicationTypes: { source: 'pubmed' }, keywords: { source: 'pubmed' } },
  }
}

function sources(item: object, source: LookupSource): LookupRecord['fields'] {
  return Object.fromEntries(Object.keys(item).map((field) => [field, { source }]))
}
