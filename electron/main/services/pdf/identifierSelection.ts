import type { EmbeddedMetadata } from './embedded'
import { doiKey, findArxivIds, findDois, findPmcids, findPmids, isPlaceholderDoi } from './identifiers'
import type { LayoutLine } from './lines'
import { placeOf, referencesHeading, type IdentifierPlace, type PageLines, type PaperClues } from './regions'
import type { FieldSource } from './types'

export interface IdentifierChoice {
  value: string
  confidence: number
  source: FieldSource
}

export interface ChosenIdentifiers {
  doi?: IdentifierChoice
  pmid?: IdentifierChoice
  pmcid?: IdentifierChoice
  arxiv?: IdentifierChoice
}

interface Candidate extends IdentifierChoice {
  /** Distinct places that vouch for it (metadata, page 1 header, cite block …). */
  witness: string
}

/** How much each place on the page vouches for an identifier; places not listed never count. */
const PLACE_CONFIDENCE: Partial<Record<IdentifierPlace, number>> = { 'cite-block': 0.9, 'header-footer': 0.85, 'labelled-line': 0.8 }

/**
 * Picks this paper's identifiers. A DOI counts only from the metadata, the header or footer of
 * the first pages, a labelled line before the references, or a "Cite this article" block that
 * names this paper; placeholders never count; when two different DOIs are equally supported,
 * none is returned, because a wrong DOI is worse than none.
 */
export function chooseIdentifiers(pages: readonly PageLines[], rotated: readonly string[], embedded: EmbeddedMetadata, clues: PaperClues): ChosenIdentifiers {
  const candidates: Candidate[] = embedded.dois.map(({ value, confidence, source }) => ({ value, confidence, source, witness: source }))
  const others: Record<'pmid' | 'pmcid' | 'arxiv', Candidate[]> = { pmid: [], pmcid: [], arxiv: [] }
  let referencesStarted = false
  for (const page of [...pages].sort((a, b) => a.pageNumber - b.pageNumber)) {
    for (const line of page.lines) {
      const text = withContinuation(page, line)
      const dois = findDois(text).filter((doi) => !isPlaceholderDoi(doi))
      const ids = { pmid: findPmids(text), pmcid: findPmcids(text), arxiv: findArxivIds(text) }
      if (dois.length === 0 && Object.values(ids).every((list) => list.length === 0)) continue
      const place = placeOf(page, line, clues, referencesStarted)
      const confidence = PLACE_CONFIDENCE[place]
      if (confidence === undefined || (place !== 'cite-block' && page.pageNumber > 2)) continue
      const witness = `${place}@${page.pageNumber}`
      for (const value of dois) candidates.push({ value, confidence, source: 'identifier', witness })
      for (const kind of ['pmid', 'pmcid', 'arxiv'] as const) {
        for (const value of ids[kind]) others[kind].push({ value, confidence, source: 'identifier', witness })
      }
    }
    if (referencesHeading(page)) referencesStarted = true
  }
  for (const value of rotated.flatMap(findArxivIds)) others.arxiv.push({ value, confidence: 0.85, source: 'identifier', witness: 'margin' })
  confirmEmbedded(candidates, pages, clues.metadataConfirmed)
  return { doi: pick(candidates, doiKey), pmid: pick(others.pmid), pmcid: pick(others.pmcid), arxiv: pick(others.arxiv) }
}

/** A DOI split at a hyphen or slash at the end of a line continues on the next line of the column. */
function withContinuation(page: PageLines, line: LayoutLine): string {
  if (!/10\.\d{4,9}\/\S*[-/.]$/.test(line.text)) return line.text
  const next = page.lines
    .filter((other) => other.y > line.y && other.y - line.y <= 2 * line.fontSize && Math.abs(other.x - line.x) <= 2 * line.fontSize)
    .sort((a, b) => a.y - b.y)[0]
  const token = next?.text.split(/\s/)[0] ?? ''
  return token ? `${line.text}${token}` : line.text
}

/**
 * Metadata DOIs are more believable when the DOI is also printed on the pages read, or when
 * the same metadata's title is the printed title (the packet describes this paper).
 */
function confirmEmbedded(candidates: Candidate[], pages: readonly PageLines[], metadataConfirmed: boolean): void {
  const printed = new Set(pages.flatMap((page) => page.lines.flatMap((line) => findDois(line.text).map(doiKey))))
  for (const candidate of candidates) {
    if (candidate.source === 'identifier') continue
    const support = (printed.has(doiKey(candidate.value)) ? 0.1 : 0) + (metadataConfirmed ? 0.05 : 0)
    candidate.confidence = Math.min(0.95, candidate.confidence + support)
  }
}

/** The best-supported value; undefined when two different values are equally supported. */
function pick(candidates: readonly Candidate[], key: (value: string) => string = (value) => value): IdentifierChoice | undefined {
  const groups = new Map<string, Candidate[]>()
  for (const candidate of candidates) groups.set(key(candidate.value), [...(groups.get(key(candidate.value)) ?? []), candidate])
  const ranked = [...groups.values()]
    .map((group) => {
      const witnesses = new Set(group.map((candidate) => candidate.witness)).size
      const best = group.reduce((top, candidate) => (candidate.confidence > top.confidence ? candidate : top))
      return { best, witnesses, score: best.confidence + 0.1 * (witnesses - 1) }
    })
    .sort((a, b) => b.score - a.score)
  const [top, runnerUp] = ranked
  if (!top) return undefined
  if (runnerUp && top.score - runnerUp.score < 0.03) return undefined
  return { value: top.best.value, confidence: Math.min(0.98, top.score), source: top.best.source }
}
