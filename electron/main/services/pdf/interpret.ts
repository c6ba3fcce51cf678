import { findLayoutAuthors } from './authors'
import { best, chooseAuthors, chooseTitle, titleFromFileName, type Chosen } from './choose'
import { findCitationFields, type CitationGuess, type Guess } from './citation'
import { readEmbeddedMetadata, type EmbeddedMetadata, type EmbeddedValue } from './embedded'
import { arxivYear } from './identifiers'
import { chooseIdentifiers, type ChosenIdentifiers } from './identifierSelection'
import { bodyFontSize, buildLines } from './lines'
import { cluesFrom, type PageLines } from './regions'
import { findLayoutTitle } from './title'
import { compactForCompare, similarity } from './text'
import type { CslField, CslItem, CslName, FieldProvenanceMap, PdfDocumentData, PdfMetadata } from './types'

/** Fewer letters and digits than this on the pages read means there is no text layer (a scan). */
const MIN_CHARACTERS = 8

interface FrontMatter {
  title: Chosen<string>
  authors?: Chosen<CslName[]>
  ids: ChosenIdentifiers
  citation: CitationGuess
}

/**
 * Turns what was read from a PDF into a CSL-JSON item with the source and confidence of every
 * field. Pure: the same data always gives the same answer, so it is tested without pdfjs.
 */
export function interpretPdf(data: PdfDocumentData): PdfMetadata {
  const embedded = readEmbeddedMetadata(data.info, data.xmp)
  const pages: PageLines[] = data.pages.map((page) => {
    const lines = buildLines(page)
    return { pageNumber: page.pageNumber, width: page.width, height: page.height, lines, bodySize: bodyFontSize(lines) }
  })
  const characters = data.pages.reduce((sum, page) => sum + page.items.reduce((count, item) => count + alphanumericCount(item.text), 0), 0)
  const front = readFrontMatter(data, pages, embedded)
  const { item, fields } = assembleItem(front, embedded)
  return { item, fields, flags: { noTextLayer: characters < MIN_CHARACTERS, ignoredMetadata: embedded.ignored }, pageCount: data.pageCount }
}

/** Title, authors, identifiers and the printed citation, each from its best source. */
function readFrontMatter(data: PdfDocumentData, pages: readonly PageLines[], embedded: EmbeddedMetadata): FrontMatter {
  const first = pages.find((page) => page.pageNumber === 1)
  const rotated = data.pages[0]?.rotated ?? []
  const pageCompact = compactForCompare(first?.lines.map((line) => line.text).join(' ') ?? '')
  const citation: CitationGuess = first ? findCitationFields(first, rotated) : { years: [] }
  const journalNames = [citation.journal?.value, ...embedded.journals.map((journal) => journal.value)].filter((name): name is string => name !== undefined)
  const layoutTitle = first ? findLayoutTitle(first.lines, first.height, journalNames) : undefined
  const title = chooseTitle(embedded.titles, layoutTitle, pageCompact) ?? { value: titleFromFileName(data.fileName), source: 'filename', confidence: 0.1 }
  const layoutAuthors = first && layoutTitle ? findLayoutAuthors(first.lines, layoutTitle.lines, first.height) : undefined
  const authors = chooseAuthors(embedded.authors, layoutAuthors, title.source, pageCompact)
  const metadataConfirmed = layoutTitle !== undefined && embedded.titles.some((meta) => similarity(meta.value, layoutTitle.text) >= 0.9)
  const clues = cluesFrom(title.source === 'filename' ? undefined : title.value, authors?.value[0]?.family, metadataConfirmed)
  const ids = chooseIdentifiers(pages, rotated, embedded, clues)
  return { title, authors, ids, citation }
}

function assembleItem(front: FrontMatter, embedded: EmbeddedMetadata): { item: CslItem; fields: FieldProvenanceMap } {
  const { citation, ids } = front
  const item: CslItem = { type: ids.doi || citation.journal ? 'article-journal' : 'document' }
  const fields: FieldProvenanceMap = {}
  const set = <K extends CslField>(field: K, chosen: Chosen<CslItem[K]> | undefined): void => {
    if (!chosen || chosen.value === undefined || chosen.value === '') return
    item[field] = chosen.value
    fields[field] = { source: chosen.source, confidence: round(chosen.confidence) }
  }
  set('title', front.title)
  set('author', front.authors)
  const arxivYearValue = ids.arxiv ? arxivYear(ids.arxiv.value) : undefined
  const year = best<number>([
    ...citation.years.map((guess) => layout(guess)),
    ...embedded.years.map(fromEmbedded),
    arxivYearValue ? { value: arxivYearValue, source: 'identifier', confidence: 0.55 } : undefined,
  ])
  if (year) set('issued', { ...year, value: { 'date-parts': [[year.value]] } })
  set('DOI', ids.doi)
  set('PMID', ids.pmid)
  set('PMCID', ids.pmcid)
  if (ids.arxiv) set('archive', { ...ids.arxiv, value: 'arXiv' })
  set('archive_location', ids.arxiv)
  set('container-title', best([layout(citation.journal), ...embedded.journals.map(fromEmbedded)]))
  set('volume', best([layout(citation.volume), embedded.volume && fromEmbedded(embedded.volume)]))
  set('issue', best([layout(citation.issue), embedded.issue && fromEmbedded(embedded.issue)]))
  set('page', best([layout(citation.page), embedded.page && fromEmbedded(embedded.page)]))
  return { item, fields }
}

function layout<T>(guess: Guess<T> | undefined): Chosen<T> | undefined {
  return guess ? { value: guess.value, source: 'layout', confidence: guess.confidence } : undefined
}

function fromEmbedded<T>(entry: EmbeddedValue<T>): Chosen<T> {
  return { value: entry.value, source: entry.source, confidence: entry.confidence }
}

function alphanumericCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/**
 * True when the first page left this paper's DOI unsettled, so the extractor should also read
 * page 2 and the last page (where "Cite this article" boxes sit).
 */
export function needsMorePages(metadata: PdfMetadata): boolean {
  const doi = metadata.fields.DOI
  return !doi || doi.confidence < 0.85
}
