import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCrossrefWork, parsePubmedEfetch, studyTypeFromPublicationTypes, type CrossrefWork, type LookupRecord, type PubmedArticle } from '../../shared/lookup'
import type { LookupSource } from '../../shared/domain/registry'
import { CORPUS } from '../shared/formats/corpus'

/**
 * Lookup records made from REAL recorded registry answers (`<corpus>/online`), through the
 * shared parsers, as the lookup service makes them: never a hand-written registry answer.
 */
const ONLINE = join(CORPUS, 'online')

/** The record Crossref's recorded `/works/{doi}` answer gives. */
export function crossrefRecord(file: string): LookupRecord {
  const result = parseCrossrefWork(readFileSync(join(ONLINE, 'crossref', file), 'utf8'))
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`)
  return fromCrossref(result.value)
}

/** The record of the recorded efetch answer's first (or `pmid`'s) PubMed article. */
export function pubmedRecord(file: string, pmid?: string): LookupRecord {
  const result = parsePubmedEfetch(readFileSync(join(ONLINE, 'eutils', file), 'utf8'))
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`)
  const article = result.value.find((candidate) => pmid === undefined || candidate.pmid === pmid)
  if (!article) throw new Error(`${file}: no PubMed article ${pmid ?? ''}`)
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
