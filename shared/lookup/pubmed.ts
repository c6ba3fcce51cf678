import type { CslItem, MeshHeading } from '../domain/csl'
import { monthNumber } from '../formats/dates'
import { normalizeEntry } from '../formats/normalize'
import { readPubmedArticle, type PubmedAuthorIdentity, type PubmedCommentLink } from '../formats/pubmedXml/read'
import { cutRecords, parseXml } from '../formats/xml'
import { parsed, parseFailure, type ParseResult } from './failure'
import { strongerStatus, type Retraction, type RetractionStatus } from './retraction'

/** One PubMed record of an efetch answer, with what CSL has no place for beside the item. */
export interface PubmedArticle {
  pmid: string
  item: CslItem
  /** One entry per `item.author`, same order. */
  authors: PubmedAuthorIdentity[]
  /**
   * The journal as PubMed names it ("The American psychologist"); `item['container-title']`
   * is title-cased without NLM's place suffix, as the PubMed file reader gives it.
   */
  journalTitle?: string
  mesh: MeshHeading[]
  publicationTypes: string[]
  keywords: string[]
  retraction: Retraction | null
}

// CommentsCorrections links that mean a later notice changed this article.
const COMMENT_STATUSES: Record<string, RetractionStatus> = {
  RetractionIn: 'retracted',
  ExpressionOfConcernIn: 'expression-of-concern',
  ErratumIn: 'corrected',
  UpdateIn: 'new-version',
}

/**
 * Parses an efetch `db=pubmed&retmode=xml` body: every article of the batch, in order. An
 * empty `<PubmedArticleSet>` (no such PMID) is an empty list; the caller knows what it asked.
 */
export function parsePubmedEfetch(xml: unknown): ParseResult<PubmedArticle[]> {
  if (typeof xml !== 'string' || xml.trim() === '') return parseFailure('INVALID_INPUT', 'PubMed: the efetch response is empty. Try the lookup again later.')
  const error = /<ERROR>([\s\S]*?)<\/ERROR>/.exec(xml)?.[1]
  if (error) return parseFailure('INVALID_INPUT', `PubMed refused the request: ${error.trim()}.`)
  if (!/<PubmedArticleSet[\s>]/.test(xml)) return parseFailure('INVALID_INPUT', 'PubMed: the efetch response is not PubMed XML (no <PubmedArticleSet>); it may be an error page.')
  if (!/<\/PubmedArticleSet>|<PubmedArticleSet\s*\/>/.test(xml)) return parseFailure('INVALID_INPUT', 'PubMed: the efetch response is cut short (no closing </PubmedArticleSet>). Try the lookup again.')
  const articles: PubmedArticle[] = []
  for (const { text, line } of cutRecords(xml, ['PubmedArticle', 'PubmedBookArticle'])) {
    const article = pubmedArticle(text, line)
    if (!article.ok) return article
    articles.push(article.value)
  }
  return parsed(articles)
}

function pubmedArticle(text: string, line: number): ParseResult<PubmedArticle> {
  const tree = parseXml(text)
  if (!Array.isArray(tree)) return parseFailure('INVALID_INPUT', `PubMed: the record starting on line ${line} is malformed XML (${tree.error}).`)
  const read = tree[0] ? readPubmedArticle(tree[0]) : undefined
  const pmid = typeof read?.record.PMID === 'string' ? read.record.PMID : ''
  if (!read || !pmid) return parseFailure('INVALID_INPUT', `PubMed: the record starting on line ${line} has no PMID or no article data.`)
  const entry = normalizeEntry({ record: read.record, line, citationKey: `pmid:${pmid}`, extension: read.extension })
  if ('error' in entry) return parseFailure('INVALID_INPUT', `PubMed record ${pmid}: ${entry.error}.`)
  const publicationTypes = entry.extension.publicationTypes ?? []
  return parsed({
    pmid,
    item: entry.item,
    authors: read.authors,
    ...(read.journalTitle ? { journalTitle: read.journalTitle } : {}),
    mesh: entry.extension.mesh ?? [],
    publicationTypes,
    keywords: entry.extension.keywords ?? [],
    retraction: pubmedRetraction(publicationTypes, read.comments),
  })
}

/**
 * "Retracted Publication" is PubMed's own mark on a retracted article; the notice is the
 * `RetractionIn` link. A "Retraction of Publication" is the notice itself, not retracted.
 */
export function pubmedRetraction(publicationTypes: readonly string[], comments: readonly PubmedCommentLink[]): Retraction | null {
  let best: { status: RetractionStatus; link?: PubmedCommentLink } | undefined
  if (publicationTypes.includes('Retracted Publication')) best = { status: 'retracted' }
  for (const link of comments) {
    const status = COMMENT_STATUSES[link.refType]
    if (!status) continue
    if (!best || (strongerStatus(status, best.status) === status && (status !== best.status || !best.link))) best = { status, link }
  }
  if (!best) return null
  const link = best.link
  if (!link) return { status: best.status }
  const notice = {
    ...(link.doi ? { doi: link.doi, url: `https://doi.org/${link.doi}` } : link.pmid ? { url: `https://pubmed.ncbi.nlm.nih.gov/${link.pmid}/` } : {}),
    ...(link.pmid ? { pmid: link.pmid } : {}),
    ...(noticeDate(link.refSource) ? { date: noticeDate(link.refSource) } : {}),
  }
  return { status: best.status, notice }
}

/** The date in a MEDLINE citation ("Cell Rep. 2022 Jun 28;39(13):111044. doi: …"), as ISO. */
export function noticeDate(refSource: string | undefined): string | undefined {
  const match = /\b(\d{4}) ([A-Z][a-z]{2})(?: (\d{1,2}))?\b/.exec(refSource ?? '')
  const month = match?.[2] ? monthNumber(match[2]) : undefined
  if (!match?.[1] || !month) return undefined
  return [match[1], String(month).padStart(2, '0'), ...(match[3] ? [match[3].padStart(2, '0')] : [])].join('-')
}
