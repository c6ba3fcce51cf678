import { doiParse, failure, pmcidParse, pmidParse, type IdentifierParse } from './identifierParse'

const DOI_HOSTS = new Set(['doi.org', 'dx.doi.org', 'www.doi.org'])
const DOI_IN_TEXT = /10\.\d{4,9}\/\S+/
/** Pages publishers put after the DOI in their article links (…/10.1002/x/full). */
const PUBLISHER_PAGE_SUFFIX = /\/(?:full|abstract|pdf|epdf|pdfdirect|fulltext|html|summary|references|figures)$/i

/**
 * A link to a paper: doi.org, PubMed, PubMed Central, or a publisher's page with the DOI in
 * its path or query (…/doi/full/10.1002/x, …/article?id=10.1371/y). A link to anything else
 * fails with a sentence saying which links are understood.
 */
export function parseIdentifierLink(input: string, link: string): IdentifierParse {
  let url: URL
  try {
    url = new URL(/^https?:\/\//i.test(link) ? link : `https://${link}`)
  } catch {
    return failure(input, 'This link is not a valid web address; copy it again from the browser.')
  }
  const host = url.hostname.toLowerCase()
  const path = decodePath(url.pathname)
  if (path === undefined) return failure(input, 'This link has a broken %-escape; copy the DOI itself (10.xxxx/…).')
  if (DOI_HOSTS.has(host)) return doiParse(input, path.replace(/^\//, ''))
  const ncbi = parseNcbiPath(input, host, path)
  if (ncbi) return ncbi
  return publisherLinkParse(input, path, url.searchParams)
}

function parseNcbiPath(input: string, host: string, path: string): IdentifierParse | undefined {
  const pubmed = host === 'pubmed.ncbi.nlm.nih.gov' ? /^\/(\d+)\/?$/.exec(path) : host === 'www.ncbi.nlm.nih.gov' ? /^\/pubmed\/(\d+)\/?$/i.exec(path) : null
  if (pubmed?.[1]) return pmidParse(input, pubmed[1])
  const pmc =
    host === 'pmc.ncbi.nlm.nih.gov' ? /^\/articles\/(pmc\d+)\/?/i.exec(path) : host === 'www.ncbi.nlm.nih.gov' ? /^\/pmc\/articles\/(pmc\d+)\/?/i.exec(path) : null
  if (pmc?.[1]) return pmcidParse(input, pmc[1])
  if (host.endsWith('ncbi.nlm.nih.gov')) return failure(input, 'This NCBI link does not point at one article; open the article and copy its PubMed or PMC link.')
  return undefined
}

function publisherLinkParse(input: string, path: string, query: URLSearchParams): IdentifierParse {
  const inPath = DOI_IN_TEXT.exec(path)?.[0]
  if (inPath) return doiParse(input, inPath.replace(PUBLISHER_PAGE_SUFFIX, '').replace(/\/$/, ''))
  for (const value of query.values()) {
    const inQuery = DOI_IN_TEXT.exec(value)?.[0]
    if (inQuery) return doiParse(input, inQuery)
  }
  return failure(input, 'This link has no DOI, PMID or PMCID in it; copy the DOI from the article page instead.')
}

function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path)
  } catch {
    return undefined
  }
}
