import type { IpcError } from '../../../../shared/ipc/result'
import type { IdconvRecord, LookupRecord, PubmedArticle } from '../../../../shared/lookup'
import { parseFailure, type ParseResult } from '../../../../shared/lookup/failure'
import type { LookupContext } from './batchResolve'
import { pubmedRecord, withConvertedIds } from './lookupRecords'
import { convertIds, fetchPubmedArticles } from './registrySources'

/** Each identifier's answer, by `kind:value` (`pmid:123`, `doi:10.1/x`). */
export type Answers = Map<string, ParseResult<LookupRecord>>

export interface PubmedIdAnswers {
  answers: Answers
  /** Every PubMed record fetched in this call, by PMID (DOI records reuse them). */
  articles: Map<string, ParseResult<PubmedArticle>>
  /** PMCIDs the converter knows only by DOI: answered once the DOI is. */
  pmcidsByDoi: Map<string, string[]>
}

/**
 * PMIDs and PMCIDs: each PMCID through the PMC ID converter to its PMID, then PubMed's records
 * of all the PMIDs together, 200 a request. A PMCID with a DOI but no PMID waits for the DOI.
 */
export async function answerPubmedIds(context: LookupContext, pmids: readonly string[], pmcids: readonly string[]): Promise<PubmedIdAnswers> {
  const answers: Answers = new Map()
  const pmcidsByDoi = new Map<string, string[]>()
  const conversions = pmcids.length > 0 ? await convertIds(context, pmcids) : new Map<string, ParseResult<IdconvRecord>>()
  const pmidOfPmcid = new Map<string, string>()
  for (const pmcid of pmcids) {
    const converted = conversions.get(pmcid) ?? parseFailure('NOT_FOUND', `The PMC ID converter knows no article for ${pmcid}.`)
    const doi = converted.ok ? converted.value.doi?.toLowerCase() : undefined
    if (converted.ok && converted.value.pmid) pmidOfPmcid.set(pmcid, converted.value.pmid)
    else if (doi) pmcidsByDoi.set(doi, [...(pmcidsByDoi.get(doi) ?? []), pmcid])
    else answers.set(`pmcid:${pmcid}`, converted.ok ? parseFailure('NOT_FOUND', `The PMC ID converter knows ${pmcid} but neither its PMID nor its DOI.`) : converted)
  }
  const wanted = [...new Set([...pmids, ...pmidOfPmcid.values()])]
  const articles = wanted.length > 0 ? await fetchPubmedArticles(context, wanted) : new Map<string, ParseResult<PubmedArticle>>()
  for (const pmid of pmids) answers.set(`pmid:${pmid}`, recordOf(articles.get(pmid), pmid))
  for (const [pmcid, pmid] of pmidOfPmcid) {
    const record = recordOf(articles.get(pmid), pmid)
    answers.set(`pmcid:${pmcid}`, record.ok ? { ok: true, value: withConvertedIds(record.value, { pmcid }) } : record)
  }
  return { answers, articles, pmcidsByDoi }
}

/** The PMCIDs known only by DOI, answered as their DOI was. */
export function answerPmcidsByDoi(answers: Answers, pmcidsByDoi: ReadonlyMap<string, readonly string[]>): void {
  for (const [doi, pmcids] of pmcidsByDoi) {
    const answer = answers.get(`doi:${doi}`) ?? parseFailure('NOT_FOUND', `No registry knows the DOI ${doi}.`)
    for (const pmcid of pmcids) answers.set(`pmcid:${pmcid}`, answer.ok ? { ok: true, value: withConvertedIds(answer.value, { pmcid }) } : answer)
  }
}

function recordOf(article: ParseResult<PubmedArticle> | undefined, pmid: string): ParseResult<LookupRecord> {
  if (!article) return { ok: false, error: missing(pmid) }
  return article.ok ? { ok: true, value: pubmedRecord(article.value) } : article
}

function missing(pmid: string): IpcError {
  return { code: 'INTERNAL', message: `PubMed was not asked about PMID ${pmid}; please report this.` }
}
