import type { CiteItem } from '../cite/request'
import { fail, ok, type Result } from '../ipc/result'
import { citationEngine, type CiteprocCitation, type CiteprocEngine } from './citationJs'
import type { ExportRecord } from './item'
import { resolveLocale, type LocaleChoice } from './locales'
import { resolveStyle, styleLabel, type StyleChoice, type StyleFacts } from './styles'

/**
 * A CSL-JSON item as CSL processors read it: any fields (the CSL test suite's items carry
 * odd ones, which citeproc reads leniently), with an id the citations refer to.
 */
export type CslInputItem = Readonly<Record<string, unknown>> & { readonly id: string | number }

/** What both citations and bibliographies are formatted with. */
export interface ProcessorOptions {
  style: StyleChoice
  /** A bundled CSL locale (LOCALES) or a user's locale file; absent: the style's default-locale, else en-US. */
  locale?: LocaleChoice
  format: 'text' | 'html'
  /** The document's citations in order, by item id; absent: all items cited together once. */
  citations?: ReadonlyArray<readonly CiteItem[]>
}

export interface Processor {
  engine: CiteprocEngine
  facts: StyleFacts
  citations: CiteprocCitation[]
  /** Ids of the items no citation names, in input order. */
  uncited: string[]
}

/** The records' items under their citation keys, which are unique where CSL ids may not be. */
export function recordItems(records: readonly ExportRecord[]): CslInputItem[] {
  return records.map(({ item, citationKey }) => ({ ...item, id: citationKey }))
}

function unusableId(ids: readonly string[]): string | undefined {
  // citeproc files items by id in plain objects, where these names are already taken
  const builtIn = ids.find((id) => id in Object.prototype)
  if (builtIn !== undefined) return `"${builtIn}" cannot be an item's id: the citation processor keeps it as a built-in name. Rename the item.`
  const seen = new Set<string>()
  const twice = ids.find((id) => seen.size === seen.add(id).size)
  return twice === undefined ? undefined : `Two items have the id "${twice}"; each item needs its own id for citations to name it.`
}

function unknownId(citations: ReadonlyArray<readonly CiteItem[]>, known: ReadonlySet<string>): string | undefined {
  for (const [index, citation] of citations.entries()) {
    const missing = citation.find((cite) => !known.has(cite.id))
    if (missing) return `Citation ${index + 1} cites "${missing.id}", which is not among the items given. Check the id (the citation key).`
  }
  return undefined
}

// Note styles number their citations as footnotes ("near-note" and ibid depend on it);
// in-text citations sit in the main text, noteIndex 0 in citeproc's terms. citeproc writes
// into the cite items it is given, so it gets copies, never the caller's.
function toCiteproc(citations: ReadonlyArray<readonly CiteItem[]>, note: boolean): CiteprocCitation[] {
  return citations.map((citation, index) => ({
    citationID: `citation-${index + 1}`,
    citationItems: citation.map((cite) => ({ ...cite })),
    properties: { noteIndex: note ? index + 1 : 0 },
  }))
}

/**
 * citeproc set up for one document: the style and locale resolved (errors in words, as
 * INVALID_INPUT), every cited id checked against the items, the citations in citeproc's shape.
 */
export function prepareProcessor(items: readonly CslInputItem[], options: ProcessorOptions): Result<Processor> {
  const style = resolveStyle(options.style)
  if (!style.ok) return fail('INVALID_INPUT', style.error)
  const locale = resolveLocale(options.locale, style.facts.defaultLocale)
  if (!locale.ok) return fail('INVALID_INPUT', locale.error)
  const ids = items.map((item) => String(item.id))
  const citations = options.citations ?? [ids.map((id) => ({ id }))]
  const problem = unusableId(ids) ?? unknownId(citations, new Set(ids))
  if (problem) return fail('INVALID_INPUT', problem)
  const cited = new Set(citations.flatMap((citation) => citation.map((cite) => cite.id)))
  try {
    const engine = citationEngine(items, style.template, locale.locale, options.format)
    return ok({ engine, facts: style.facts, citations: toCiteproc(citations, style.facts.note), uncited: ids.filter((id) => !cited.has(id)) })
  } catch (error) {
    return processorFailure(options.style, error)
  }
}

/** citeproc's own exception, said as what could not be done with which style. */
export function processorFailure<T>(style: StyleChoice, error: unknown): Result<T> {
  const reason = error instanceof Error ? error.message : String(error)
  return fail('INVALID_INPUT', `The citation processor could not format with ${styleLabel(style)}: ${reason}`)
}
