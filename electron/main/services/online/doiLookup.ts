import { AppError } from '../../../../shared/ipc/result'
import { parseCrossrefWork, parseDoiCslJson, type LookupRecord, type PubmedArticle } from '../../../../shared/lookup'
import { parseFailure, type ParseResult } from '../../../../shared/lookup/failure'
import { askRegistry, type LookupContext } from './batchResolve'
import { registryRecord, withConvertedIds, withPubmedAdditions } from './lookupRecords'
import { convertIds, fetchPubmedArticles } from './registrySources'
import { crossrefWorkRequest, doiCslRequest } from './requests'

/** Says what went wrong where a failure is tolerated (the PubMed additions to a DOI's record). */
export type Warn = (message: string) => void

/**
 * A DOI's record: Crossref's, or for a DOI Crossref does not hold (DataCite, mEDRA …) the
 * CSL-JSON doi.org's content negotiation gives. Unknown to both: NOT_FOUND in words.
 */
export async function lookupDoi(context: LookupContext, doi: string): Promise<ParseResult<LookupRecord>> {
  const crossref = await crossrefRecord(context, doi)
  if (crossref.ok || crossref.error.code !== 'NOT_FOUND') return crossref
  const negotiated = await askRegistry(context, doiCslRequest(context.urls, doi))
  if (!negotiated.ok) {
    if (negotiated.error.code !== 'NOT_FOUND') return negotiated
    return parseFailure('NOT_FOUND', `No registry knows the DOI ${doi}: neither Crossref nor doi.org has a record of it. Check it for typos.`)
  }
  const work = parseDoiCslJson(negotiated.value.body)
  return work.ok ? { ok: true, value: registryRecord(work.value, 'doi.org') } : work
}

async function crossrefRecord(context: LookupContext, doi: string): Promise<ParseResult<LookupRecord>> {
  const response = await askRegistry(context, crossrefWorkRequest(context.urls, doi, context.mailto))
  if (!response.ok) return response
  const work = parseCrossrefWork(response.value.body)
  return work.ok ? { ok: true, value: registryRecord(work.value, 'crossref') } : work
}

/**
 * What PubMed knows of the same articles, added to DOI records: the ID converter gives each
 * DOI's PMID and PMCID, efetch the MeSH, publication types and keywords. This is extra: when
 * the converter or PubMed fails, the records stay as the DOI registry gave them and `warn`
 * says why. Articles already fetched in this call (`known`) are not fetched again.
 */
export async function addPubmedData(context: LookupContext, records: ReadonlyMap<string, LookupRecord>, known: ReadonlyMap<string, ParseResult<PubmedArticle>>, warn: Warn): Promise<Map<string, LookupRecord>> {
  const result = new Map(records)
  if (records.size === 0) return result
  const conversions = await tolerated(context, warn, 'the PMC ID converter could not give their PMIDs', () => convertIds(context, [...records.keys()]))
  if (!conversions) return result
  const pmids = [...conversions.values()].flatMap((converted) => (converted.ok && converted.value.pmid && !known.has(converted.value.pmid) ? [converted.value.pmid] : []))
  const fetched = pmids.length > 0 ? await tolerated(context, warn, 'PubMed could not give their MeSH and publication types', () => fetchPubmedArticles(context, pmids)) : undefined
  for (const [doi, record] of records) {
    const converted = conversions.get(doi)
    if (!converted?.ok) continue
    const pmid = converted.value.pmid
    const article = pmid ? (known.get(pmid) ?? fetched?.get(pmid)) : undefined
    if (article && !article.ok) warn(`The DOI ${doi} was found, without PubMed's additions: ${article.error.message}`)
    result.set(doi, article?.ok ? withPubmedAdditions(record, article.value, converted.value) : withConvertedIds(record, converted.value))
  }
  return result
}

/** Runs an extra step; a registry's failure is reported and answers undefined, a cancel or a bug is thrown. */
async function tolerated<T>(context: LookupContext, warn: Warn, what: string, step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step()
  } catch (error) {
    if (context.signal?.aborted || !(error instanceof AppError)) throw error
    warn(`DOI records were kept without PubMed's additions: ${what} (${error.message})`)
    return undefined
  }
}
