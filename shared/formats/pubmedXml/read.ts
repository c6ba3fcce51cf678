import { monthNumber } from '../dates'
import type { CslDate, CslName, ImportResult, ItemExtension, MeshHeading } from '../item'
import { normalizeEntry } from '../normalize'
import { articleNumberFromPiis, expandPageRange, journalTitleCase, pubmedType, stripPubmedPeriod } from '../pubmed'
import { cleanDoi, normalizeNewlines } from '../text'
import { cutRecords, element, elements, parseXml, richTextOf, textOf, type XmlElement } from '../xml'

/**
 * Reads PubMed XML (efetch / "Save as XML"): `PubmedArticle` and `PubmedBookArticle`
 * records, each parsed on its own so a broken one is reported with its line.
 */
export function importPubmedXml(input: string): ImportResult {
  const text = normalizeNewlines(input)
  const result: ImportResult = { format: 'pubmed-xml', entries: [], errors: [] }
  const records = cutRecords(text, ['PubmedArticle', 'PubmedBookArticle'])
  if (records.length === 0) result.errors.push({ line: 1, message: 'No <PubmedArticle> or <PubmedBookArticle> records found in this PubMed XML file.' })
  for (const { text: recordText, line } of records) {
    const parsed = parseXml(recordText)
    if (!Array.isArray(parsed)) {
      result.errors.push({ line: line + parsed.line - 1, message: `PubMed record starting on line ${line} is skipped: the XML is malformed (${parsed.error}).` })
      continue
    }
    const [root] = parsed
    const mapped = root ? pubmedRecord(root) : undefined
    if (!mapped) {
      result.errors.push({ line, message: 'PubMed record has no article data; skipped.' })
      continue
    }
    const entry = normalizeEntry({ record: mapped.record, line, extension: mapped.extension })
    if ('error' in entry) result.errors.push({ line, message: `PubMed record is skipped: ${entry.error}.` })
    else result.entries.push(entry)
  }
  return result
}

/** What an author element holds beyond the CSL name (CSL names have no place for these). */
export interface PubmedAuthorIdentity {
  orcid?: string
  affiliations?: string[]
}

/** One `CommentsCorrections` link: "RetractionIn", "ErratumIn", "ExpressionOfConcernIn" … */
export interface PubmedCommentLink {
  refType: string
  refSource?: string
  pmid?: string
  doi?: string
}

export interface PubmedArticleRecord {
  record: Record<string, unknown>
  extension: ItemExtension
  /** One entry per CSL author, same order. */
  authors: PubmedAuthorIdentity[]
  comments: PubmedCommentLink[]
  /** The journal's title exactly as PubMed gives it; the record's is title-cased for styles. */
  journalTitle?: string
}

/**
 * One `PubmedArticle`/`PubmedBookArticle` element as an unchecked CSL record with its
 * extension, author identities and comment/correction links. The file reader and the
 * online lookup (shared/lookup) both map PubMed XML through this one definition.
 */
export function readPubmedArticle(root: XmlElement): PubmedArticleRecord | undefined {
  const mapped = pubmedRecord(root)
  if (!mapped) return undefined
  const citation = element(root, 'MedlineCitation') ?? element(root, 'BookDocument')
  const article = element(citation, 'Article') ?? citation
  const book = element(citation, 'Book')
  const journalTitle = textOf(element(article, 'Journal/Title'))
  return {
    ...mapped,
    authors: identities(authorList([article, citation, book])),
    comments: elements(citation, 'CommentsCorrectionsList/CommentsCorrections').map(commentLink),
    ...(journalTitle ? { journalTitle } : {}),
  }
}

function identities(list: XmlElement | undefined): PubmedAuthorIdentity[] {
  return keptAuthors(list).map((author) => {
    const orcid = /\d{4}-\d{4}-\d{4}-\d{3}[\dX]/i.exec(textOf(elements(author, 'Identifier').find((id) => id.attributes.Source === 'ORCID')))?.[0]?.toUpperCase()
    const affiliations = elements(author, 'AffiliationInfo/Affiliation').map(textOf).filter(Boolean)
    return { ...(orcid ? { orcid } : {}), ...(affiliations.length > 0 ? { affiliations } : {}) }
  })
}

function commentLink(link: XmlElement): PubmedCommentLink {
  const refSource = textOf(element(link, 'RefSource'))
  const pmid = textOf(element(link, 'PMID'))
  const doi = cleanDoi(/doi:\s*(\S+)/i.exec(refSource)?.[1])
  return { refType: link.attributes.RefType ?? '', ...(refSource ? { refSource } : {}), ...(pmid ? { pmid } : {}), ...(doi ? { doi } : {}) }
}

function pubmedRecord(root: XmlElement): { record: Record<string, unknown>; extension: ItemExtension } | undefined {
  const citation = element(root, 'MedlineCitation') ?? element(root, 'BookDocument')
  const article = element(citation, 'Article') ?? citation
  if (!citation || !article) return undefined
  const book = element(citation, 'Book')
  const journal = element(article, 'Journal')
  const articleTitle = stripPubmedPeriod(richTextOf(element(article, 'ArticleTitle')) || richTextOf(element(article, 'VernacularTitle')))
  const bookTitle = stripPubmedPeriod(richTextOf(element(book, 'BookTitle')))
  const publicationTypes = [...elements(article, 'PublicationTypeList/PublicationType'), ...elements(article, 'PublicationType')].map(textOf)
  const type = pubmedType(publicationTypes, Boolean(bookTitle), Boolean(articleTitle))
  const ids = new Map(
    [...elements(root, 'PubmedData/ArticleIdList/ArticleId'), ...elements(citation, 'ArticleIdList/ArticleId')].map((id) => [id.attributes.IdType ?? '', textOf(id)]),
  )
  const doi = elements(article, 'ELocationID').find((id) => id.attributes.EIdType === 'doi')
  const record: Record<string, unknown> = {
    type,
    title: type === 'book' ? bookTitle : articleTitle,
    'container-title': type === 'chapter' ? bookTitle : journalTitleCase(textOf(element(journal, 'Title'))),
    'container-title-short': textOf(element(journal, 'ISOAbbreviation')) || textOf(element(citation, 'MedlineJournalInfo/MedlineTA')),
    author: people(authorList([article, citation, book])),
    editor: people(elements(book, 'AuthorList').find((list) => list.attributes.Type === 'editors')),
    issued: pubDate(element(journal, 'JournalIssue/PubDate') ?? element(book, 'PubDate') ?? element(article, 'ArticleDate')),
    volume: textOf(element(journal, 'JournalIssue/Volume')),
    issue: textOf(element(journal, 'JournalIssue/Issue')),
    page: pages(element(article, 'Pagination')) ?? (type === 'article' ? undefined : articleNumberFromPiis(piis(article))),
    // A preprint's pii is its server's identifier ("arXiv:2304.02112v2"), CSL's number as Zotero's archiveID.
    number: type === 'article' ? piis(article)[0] : undefined,
    abstract: abstractText(element(article, 'Abstract')),
    language: textOf(element(article, 'Language')),
    ISSN: textOf(element(journal, 'ISSN')) || textOf(element(citation, 'MedlineJournalInfo/ISSNLinking')),
    publisher: textOf(element(book, 'Publisher/PublisherName')),
    'publisher-place': textOf(element(book, 'Publisher/PublisherLocation')),
    PMID: textOf(elements(citation, 'PMID').at(-1)) || ids.get('pubmed'),
    PMCID: ids.get('pmc'),
    DOI: cleanDoi(doi ? textOf(doi) : ids.get('doi')),
  }
  const extension: ItemExtension = {}
  const mesh = elements(citation, 'MeshHeadingList/MeshHeading').map(meshHeading).filter((heading): heading is MeshHeading => heading !== undefined)
  const keywords = elements(citation, 'KeywordList/Keyword').map(textOf).filter(Boolean)
  if (mesh.length > 0) extension.mesh = mesh
  if (publicationTypes.length > 0) extension.publicationTypes = publicationTypes
  if (keywords.length > 0) extension.keywords = keywords
  return { record: Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '')), extension }
}

// Articles have one AuthorList; book records may have authors on the chapter, on the book,
// or both, beside an editors list.
function authorList(places: Array<XmlElement | undefined>): XmlElement | undefined {
  for (const place of places) {
    const list = elements(place, 'AuthorList').find((candidate) => (candidate.attributes.Type ?? 'authors') === 'authors')
    if (list && elements(list, 'Author').length > 0) return list
  }
  return undefined
}

// The authors `people` turns into names (a name or a collective name), so identities line up.
function keptAuthors(list: XmlElement | undefined): XmlElement[] {
  return elements(list, 'Author').filter((author) => textOf(element(author, 'CollectiveName')) || textOf(element(author, 'LastName')))
}

function people(list: XmlElement | undefined): CslName[] | undefined {
  const names = keptAuthors(list).flatMap((author): CslName[] => {
    const collective = textOf(element(author, 'CollectiveName'))
    if (collective) return [{ literal: collective }]
    const family = textOf(element(author, 'LastName'))
    const given = textOf(element(author, 'ForeName')) || textOf(element(author, 'Initials'))
    const suffix = textOf(element(author, 'Suffix'))
    return family ? [{ family, ...(given ? { given } : {}), ...(suffix ? { suffix } : {}) }] : []
  })
  return names.length > 0 ? names : undefined
}

function pubDate(date: XmlElement | undefined): CslDate | undefined {
  const year = Number(textOf(element(date, 'Year')) || /\d{4}/.exec(textOf(element(date, 'MedlineDate')))?.[0])
  if (!year) return undefined
  const medline = textOf(element(date, 'MedlineDate'))
  const month = monthNumber(textOf(element(date, 'Month')) || (/\d{4}\s+([A-Za-z]{3})/.exec(medline)?.[1] ?? ''))
  const day = Number(textOf(element(date, 'Day')))
  const parts = month ? (day ? [year, month, day] : [year, month]) : [year]
  return { 'date-parts': [parts] }
}

function pages(pagination: XmlElement | undefined): string | undefined {
  const medline = textOf(element(pagination, 'MedlinePgn'))
  if (medline) return expandPageRange(medline)
  const start = textOf(element(pagination, 'StartPage'))
  const end = textOf(element(pagination, 'EndPage'))
  return start && end ? `${start}-${end}` : start || undefined
}

// Online-only journals have no pages; PubMed gives their article number ("e0033693") as an
// ELocationID of type pii, beside publisher piis ("S2211-1247(22)00645-3") that are not numbers.
function piis(article: XmlElement | undefined): string[] {
  return elements(article, 'ELocationID').filter((id) => id.attributes.EIdType === 'pii').map(textOf).filter(Boolean)
}

function abstractText(abstract: XmlElement | undefined): string | undefined {
  const parts = elements(abstract, 'AbstractText').map((part) => {
    const label = part.attributes.Label
    const body = textOf(part)
    return label && label.toUpperCase() !== 'UNLABELLED' ? `${label}: ${body}` : body
  })
  return parts.filter(Boolean).join(' ') || undefined
}

function meshHeading(heading: XmlElement): MeshHeading | undefined {
  const descriptor = element(heading, 'DescriptorName')
  if (!descriptor) return undefined
  return {
    descriptor: textOf(descriptor),
    major: descriptor.attributes.MajorTopicYN === 'Y',
    qualifiers: elements(heading, 'QualifierName').map((qualifier) => ({ name: textOf(qualifier), major: qualifier.attributes.MajorTopicYN === 'Y' })),
  }
}
