import type { CslItem, CslName, ItemExtension } from '../formats/item'
import type { RetractionStatus } from '../lookup/retraction'
import { isMajorTopic, registryTermKey } from './registryTerms'
import { foldText } from './text'

/**
 * What the list and the structured conditions need of a paper, small enough to keep 50,000
 * in memory: display values for sorting, and folded text computed once so a condition is
 * a string comparison, never a fold, per paper per keystroke.
 */
export interface PaperSummary {
  id: string
  title: string
  /** "Family G." or the literal name, as the list shows it. */
  firstAuthor: string
  /** Family name of the first author without particles, for sorting ("Berg" for van der Berg). */
  firstAuthorSort: string
  year?: number
  journal: string
  citationKey: string
  addedAt: number
  modifiedAt: number
  studyType?: string
  /** Lower case, without a resolver prefix. */
  doi?: string
  tags: string[]
  axisNodes: string[]
  /** Accepted MGIG pathway ids (absent in summaries saved before pathways were indexed). */
  axisPathways?: string[]
  /** Nodes suggested and not yet accepted or rejected (absent in summaries saved before they were). */
  axisSuggested?: string[]
  collections: string[]
  trashed: boolean
  hasPdf: boolean
  hasFullText: boolean
  hasNotes: boolean
  hasAbstract: boolean
  /** MeSH descriptors as PubMed gives them (absent when the paper has none). */
  mesh?: string[]
  /** The descriptors that are major topics, a subset of `mesh`. */
  meshMajor?: string[]
  /** PubMed's publication types ("Meta-Analysis", "Randomized Controlled Trial"). */
  publicationTypes?: string[]
  /** Retracted, corrected …: what a registry said when last asked (absent: nothing, or never asked). */
  retraction?: RetractionStatus
  /** `mesh` and `publicationTypes` as `registryTermKey` gives them, for `mesh:` and `pubtype:`. */
  folded: { title: string; authors: string; journal: string; tags: string[]; mesh?: string[]; publicationTypes?: string[] }
}

/** The parts of a stored paper a summary is made from (structurally the db's PaperRecord). */
export interface SummaryInput {
  id: string
  citationKey: string
  csl: CslItem
  addedAt: number
  modifiedAt: number
  axisNodes: readonly string[]
  axisPathways?: readonly string[]
  axisSuggested?: readonly string[]
  tags: readonly string[]
  collections: readonly string[]
  trashedAt?: number
  /** The accepted study type (a STUDY_TYPES id), once papers carry one. */
  studyType?: string
  /** The PDF's title was not text: the list says so instead of "(untitled)". */
  unreadableTitle?: { text: string }
  /** Keywords, MeSH headings and publication types a registry or an imported file gave. */
  extension?: ItemExtension
  retraction?: { status: RetractionStatus | null }
}

/** What the list shows for a paper whose PDF title could not be read (until a lookup gives one). */
export const UNREADABLE_TITLE_LABEL = 'Title could not be read'

export interface SummaryExtras {
  hasPdf: boolean
  hasFullText: boolean
  hasNotes: boolean
}

/** `https://doi.org/10.1/X` and `doi:10.1/X` → `10.1/x`. */
export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .toLowerCase()
    .replace(/^(https?:\/\/)?(dx\.)?doi\.org\//, '')
    .replace(/^doi:\s*/, '')
}

/** One author as the search box matches it: particles, family, given, literal. */
export function authorText(name: CslName): string {
  return [name.literal, name['non-dropping-particle'], name['dropping-particle'], name.family, name.given].filter(Boolean).join(' ')
}

/**
 * The text of each indexed field of a paper, in the index's field order: title, authors,
 * keywords (with the registry's keywords, MeSH descriptors and the paper's tags), abstract,
 * notes, full text.
 */
export function indexedFieldTexts(paper: Pick<SummaryInput, 'csl' | 'tags' | 'extension'>, notes: readonly string[], fullTexts: readonly string[]): string[] {
  const { csl, extension } = paper
  const names = [...(csl.author ?? []), ...(csl.editor ?? [])].map(authorText).join('; ')
  const headings = (extension?.mesh ?? []).map((heading) => heading.descriptor)
  const keywords = [csl.keyword ?? '', ...(extension?.keywords ?? []), ...headings, ...paper.tags].join('; ')
  return [csl.title ?? '', names, keywords, csl.abstract ?? '', notes.join('\n'), fullTexts.join('\n')]
}

function displayAuthor(name: CslName | undefined): string {
  if (!name) return ''
  if (name.literal) return name.literal
  const particle = name['non-dropping-particle'] ? `${name['non-dropping-particle']} ` : ''
  const initial = name.given ? ` ${name.given.charAt(0)}.` : ''
  return `${particle}${name.family ?? ''}${initial}`
}

function issuedYear(item: CslItem): number | undefined {
  const year = Number(item.issued?.['date-parts']?.[0]?.[0])
  return Number.isInteger(year) && year > 0 ? year : undefined
}

/** The registry's headings, types and retraction status, only where the paper has them (summaries stay small). */
export function registrySummary(input: Pick<SummaryInput, 'extension' | 'retraction'>): Pick<PaperSummary, 'mesh' | 'meshMajor' | 'publicationTypes' | 'retraction'> {
  const headings = input.extension?.mesh ?? []
  const types = input.extension?.publicationTypes ?? []
  const major = headings.filter(isMajorTopic).map((heading) => heading.descriptor)
  return {
    ...(headings.length > 0 && { mesh: headings.map((heading) => heading.descriptor) }),
    ...(major.length > 0 && { meshMajor: major }),
    ...(types.length > 0 && { publicationTypes: [...types] }),
    ...(input.retraction?.status && { retraction: input.retraction.status }),
  }
}

/** The folded copies of the registry's terms, recomputed when a saved summary is loaded. */
export function foldedRegistryTerms(summary: Pick<PaperSummary, 'mesh' | 'publicationTypes'>): Pick<PaperSummary['folded'], 'mesh' | 'publicationTypes'> {
  return {
    ...(summary.mesh && { mesh: summary.mesh.map(registryTermKey) }),
    ...(summary.publicationTypes && { publicationTypes: summary.publicationTypes.map(registryTermKey) }),
  }
}

/** Builds the summary of one paper; `extras` says what lives in other tables. */
export function summarisePaper(input: SummaryInput, extras: SummaryExtras): PaperSummary {
  const { csl } = input
  const first = csl.author?.[0] ?? csl.editor?.[0]
  const title = csl.title ?? (input.unreadableTitle ? UNREADABLE_TITLE_LABEL : '')
  const journal = csl['container-title'] ?? ''
  const tags = [...input.tags]
  const registry = registrySummary(input)
  return {
    id: input.id,
    title,
    firstAuthor: displayAuthor(first),
    firstAuthorSort: first ? [first.family ?? first.literal ?? '', first.given ?? ''].join(' ').trim() : '',
    year: issuedYear(csl),
    journal,
    citationKey: input.citationKey,
    addedAt: input.addedAt,
    modifiedAt: input.modifiedAt,
    studyType: input.studyType,
    doi: csl.DOI ? normalizeDoi(csl.DOI) : undefined,
    tags,
    axisNodes: [...input.axisNodes],
    axisPathways: [...(input.axisPathways ?? [])],
    axisSuggested: [...(input.axisSuggested ?? [])],
    collections: [...input.collections],
    trashed: input.trashedAt !== undefined,
    hasPdf: extras.hasPdf,
    hasFullText: extras.hasFullText,
    hasNotes: extras.hasNotes,
    hasAbstract: Boolean(csl.abstract?.trim()),
    ...registry,
    folded: {
      title: foldText(csl.title ?? ''),
      authors: [...(csl.author ?? []), ...(csl.editor ?? [])].map((name) => foldText(authorText(name))).join(' | '),
      journal: foldText([journal, csl['container-title-short'] ?? ''].join(' | ')),
      tags: tags.map((tag) => foldText(tag)),
      ...foldedRegistryTerms(registry),
    },
  }
}
