import { parseIdconv, parsePubmedEfetch, type IdconvRecord, type PubmedArticle } from '../../../../shared/lookup'
import { parsed, parseFailure, type ParseResult } from '../../../../shared/lookup/failure'
import { askRegistry, resolveInBatches, type BatchSource, type LookupContext } from './batchResolve'
import { EFETCH_BATCH_SIZE, efetchPubmedRequest, idconvRequest } from './requests'

/** The ID converter takes as many ids a request as efetch does. */
const IDCONV_BATCH_SIZE = EFETCH_BATCH_SIZE

/** PubMed records by PMID, 200 a request (500 PMIDs: 3 requests when PubMed answers them all). */
export function fetchPubmedArticles(context: LookupContext, pmids: readonly string[]): Promise<Map<string, ParseResult<PubmedArticle>>> {
  return resolveInBatches(pubmedSource(context), pmids, EFETCH_BATCH_SIZE)
}

/** What the PMC ID converter knows of each PMCID or DOI (DOIs asked in lower case). */
export function convertIds(context: LookupContext, ids: readonly string[]): Promise<Map<string, ParseResult<IdconvRecord>>> {
  return resolveInBatches(idconvSource(context), ids, IDCONV_BATCH_SIZE)
}

function pubmedSource(context: LookupContext): BatchSource<PubmedArticle> {
  return {
    async ask(ids) {
      const response = await askRegistry(context, efetchPubmedRequest(context.urls, ids, context.identity))
      if (!response.ok) return response
      const articles = parsePubmedEfetch(response.value.body)
      if (!articles.ok) return articles
      return parsed(new Map(articles.value.map((article) => [article.pmid, parsed(article)])))
    },
    absent: (pmid) => ({ code: 'NOT_FOUND', message: `PubMed has no record with PMID ${pmid}; check the number.` }),
  }
}

function idconvSource(context: LookupContext): BatchSource<IdconvRecord> {
  return {
    async ask(ids) {
      const response = await askRegistry(context, idconvRequest(context.urls, ids, context.identity))
      if (!response.ok) return response
      const records = parseIdconv(response.value.body)
      if (!records.ok) return records
      const answers = new Map<string, ParseResult<IdconvRecord>>()
      for (const id of ids) {
        const record = records.value.find((candidate) => namesId(candidate, id))
        if (record) answers.set(id, record.error ? parseFailure('NOT_FOUND', `The PMC ID converter knows no article for ${id} (${record.error}).`) : parsed(record))
      }
      return parsed(answers)
    },
    absent: (id) => ({ code: 'NOT_FOUND', message: `The PMC ID converter knows no article for ${id}.` }),
  }
}

function namesId(record: IdconvRecord, id: string): boolean {
  const wanted = id.toLowerCase()
  return [record.requested, record.pmcid, record.doi, record.pmid].some((value) => value?.toLowerCase() === wanted)
}
