import type { ServiceBaseUrls } from './serviceUrls'

/**
 * The requests AxisRef sends. Each carries identifiers (or, for a search, the words of a
 * reference the user chose to search for) and nothing from the library itself.
 */
export interface OnlineRequest {
  service: 'crossref' | 'doi' | 'eutils' | 'idconv'
  url: string
  /** The Accept header; content negotiation at doi.org depends on it. */
  accept: string
  /** Media types the answer must have (the part before `;`); anything else is a failure. */
  expect: readonly string[]
}

/** How AxisRef identifies itself to NCBI (their E-utilities policy asks for tool and email). */
export interface NcbiIdentity {
  tool: string
  email?: string
  apiKey?: string
}

export const CSL_JSON = 'application/vnd.citationstyles.csl+json'
/** NCBI's limit for ids in one GET (longer URLs are refused with 414). */
export const EFETCH_BATCH_SIZE = 200
const JSON_TYPES = ['application/json']
const XML_TYPES = ['text/xml', 'application/xml']

/**
 * A DOI as a path segment, as Crossref's own clients send it: the slash and anything not
 * allowed in a path (`<`, `>`, `#`, `?`, `%`, spaces) escaped, `:` `;` `(` `)` left as they are
 * (10.1002%2F1096-9861(20010212)430:3%3C283::aid-cne1031%3E3.0.co;2-v).
 */
export function encodeDoiForPath(doi: string): string {
  return encodeURIComponent(doi).replace(/%3A/gi, ':').replace(/%3B/gi, ';')
}

/** Crossref's record of one DOI: `GET /works/{doi}` (answers JSON, 404 when unknown). */
export function crossrefWorkRequest(urls: ServiceBaseUrls, doi: string, mailto?: string): OnlineRequest {
  const query = mailto ? `?${new URLSearchParams({ mailto })}` : ''
  return { service: 'crossref', url: `${urls.crossref}/works/${encodeDoiForPath(doi)}${query}`, accept: 'application/json', expect: JSON_TYPES }
}

/** Crossref's best matches for the words of a reference: `GET /works?query.bibliographic=…&rows=…`. */
export function crossrefSearchRequest(urls: ServiceBaseUrls, reference: string, rows: number, mailto?: string): OnlineRequest {
  const params = new URLSearchParams({ 'query.bibliographic': reference, rows: String(rows) })
  if (mailto) params.set('mailto', mailto)
  return { service: 'crossref', url: `${urls.crossref}/works?${params}`, accept: 'application/json', expect: JSON_TYPES }
}

/** CSL-JSON for any registered DOI through doi.org content negotiation (it answers 302 to the registry). */
export function doiCslRequest(urls: ServiceBaseUrls, doi: string): OnlineRequest {
  return { service: 'doi', url: `${urls.doi}/${encodeDoiForPath(doi)}`, accept: CSL_JSON, expect: [CSL_JSON, 'application/json'] }
}

/** PubMed records as XML: `efetch.fcgi?db=pubmed&id=…&retmode=xml`, at most EFETCH_BATCH_SIZE ids. */
export function efetchPubmedRequest(urls: ServiceBaseUrls, pmids: readonly string[], identity: NcbiIdentity): OnlineRequest {
  if (pmids.length === 0 || pmids.length > EFETCH_BATCH_SIZE) throw new RangeError(`efetch takes 1 to ${EFETCH_BATCH_SIZE} PMIDs, not ${pmids.length}; split them with batchIds.`)
  const params = new URLSearchParams({ db: 'pubmed', id: pmids.join(','), retmode: 'xml' })
  appendIdentity(params, identity, true)
  return { service: 'eutils', url: `${urls.eutils}/efetch.fcgi?${params}`, accept: 'text/xml', expect: XML_TYPES }
}

/** DOIs, PMIDs and PMCIDs of the same papers from the PMC ID converter: `?ids=…&format=json`. */
export function idconvRequest(urls: ServiceBaseUrls, ids: readonly string[], identity: NcbiIdentity): OnlineRequest {
  const params = new URLSearchParams({ ids: ids.join(','), format: 'json' })
  appendIdentity(params, identity, false)
  return { service: 'idconv', url: `${urls.idconv}/?${params}`, accept: 'application/json', expect: JSON_TYPES }
}

/** Ids in groups of at most `size`, in order (efetch takes 200 a request). */
export function batchIds<T>(ids: readonly T[], size = EFETCH_BATCH_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A batch holds at least one id, not ${size}.`)
  const batches: T[][] = []
  for (let start = 0; start < ids.length; start += size) batches.push(ids.slice(start, start + size))
  return batches
}

function appendIdentity(params: URLSearchParams, identity: NcbiIdentity, withKey: boolean): void {
  params.set('tool', identity.tool)
  if (identity.email) params.set('email', identity.email)
  if (withKey && identity.apiKey) params.set('api_key', identity.apiKey)
}
