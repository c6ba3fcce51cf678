import type { CslItem } from '../formats/item'
import type { FieldProvenance } from '../domain/provenance'
import { normalizeDoi, normalizePmid } from './normalize'

/** What merging needs of a paper; the renderer's PaperRecord satisfies it. */
export interface MergeablePaper {
  id: string
  citationKey: string
  csl: CslItem
  tags: string[]
  axisNodes: string[]
  collections: string[]
  doi?: string
  pmid?: string
  addedAt?: number
  modifiedAt?: number
  /** Citation keys of papers merged into this one, so old `\cite{}`s still resolve. */
  citationKeyAliases?: string[]
  fieldSources?: Record<string, FieldProvenance>
  /** Accepted axis pathways, united like axis nodes. */
  axisPathways?: string[]
  /** Axis suggestions the user turned down; one paper's acceptance wins over the other's rejection. */
  axisRejected?: { nodes: string[]; pathways: string[]; studyTypes: string[] }
  /** The accepted study type: the kept paper's, else the first other paper's. */
  studyType?: string
}

/** A record that belongs to a paper (attachment, note, annotation), moved to the kept paper. */
export interface ChildRef {
  table: string
  id: string
  paperId: string
}

export interface MergeChoices {
  /** CSL field → id of the paper whose value the merged record takes (absent there: the field goes). */
  fields?: Readonly<Record<string, string>>
  /** The children of the merged-away papers, to be re-pointed at the kept paper. */
  children?: readonly ChildRef[]
  /** modifiedAt of the merged record (default: the kept paper's). */
  now?: number
}

export interface MergeUndo<P extends MergeablePaper> {
  /** Put these records back as they were: the kept paper and every merged-away one. */
  restore: P[]
  /** Point these children back at their own paper. */
  reassign: Array<{ table: string; id: string; paperId: string }>
  description: string
}

export interface MergeResult<P extends MergeablePaper> {
  merged: P
  /** Ids of the papers merged away, to delete once `merged` is saved. */
  removedIds: string[]
  /** The merged-away citation keys (and their own aliases), now aliases of the kept paper. */
  aliases: string[]
  /** Children to re-point at the kept paper. */
  reassign: Array<{ table: string; id: string; from: string; to: string }>
  undo: MergeUndo<P>
}

/**
 * Merges duplicate papers into `keep`, purely: nothing is lost that the user did not choose
 * to drop. Each CSL field takes the value of the paper `choices.fields` names; a field not
 * named keeps the kept paper's value, or else the first other paper's that has one. Tags,
 * axis nodes and collections are united (kept paper's order first); `addedAt` is the
 * earliest; the kept citation key stays and the others become aliases. The result says
 * what to delete and re-point, and how to undo it all. Throws RangeError when a choice or
 * child names a paper that is not being merged, or `others` contains `keep`.
 */
export function mergePapers<P extends MergeablePaper>(keep: P, others: readonly P[], choices: MergeChoices = {}): MergeResult<P> {
  const papers = [keep, ...others]
  const byId = checkChoices(papers, choices)
  const aliases = unique(others.flatMap((paper) => [paper.citationKey, ...(paper.citationKeyAliases ?? [])])).filter((key) => key !== keep.citationKey)
  const merged = mergeRecord(keep, others, choices, byId)
  if (aliases.length > 0 || keep.citationKeyAliases) merged.citationKeyAliases = unique([...(keep.citationKeyAliases ?? []), ...aliases])
  const othersIds = new Set(others.map((paper) => paper.id))
  const moved = (choices.children ?? []).filter((child) => othersIds.has(child.paperId))
  return {
    merged,
    removedIds: others.map((paper) => paper.id),
    aliases,
    reassign: moved.map((child) => ({ table: child.table, id: child.id, from: child.paperId, to: keep.id })),
    undo: {
      restore: papers.map((paper) => structuredClone(paper)),
      reassign: moved.map((child) => ({ table: child.table, id: child.id, paperId: child.paperId })),
      description: `Unmerge "${keep.csl.title ?? keep.citationKey}": restore ${papers.length} papers and point ${moved.length} attachments, notes and annotations back at their own paper.`,
    },
  }
}

function checkChoices(papers: readonly MergeablePaper[], choices: MergeChoices): Map<string, MergeablePaper> {
  const byId = new Map(papers.map((paper) => [paper.id, paper]))
  if (byId.size !== papers.length) throw new RangeError('A paper cannot be merged with itself.')
  for (const [field, id] of Object.entries(choices.fields ?? {})) {
    if (!byId.has(id)) throw new RangeError(`The value of ${field} is to come from ${id}, which is not one of the papers being merged.`)
  }
  const stray = (choices.children ?? []).find((child) => !byId.has(child.paperId))
  if (stray) throw new RangeError(`${stray.table} ${stray.id} belongs to ${stray.paperId}, which is not one of the papers being merged.`)
  return byId
}

function mergeRecord<P extends MergeablePaper>(keep: P, others: readonly P[], choices: MergeChoices, byId: Map<string, MergeablePaper>): P {
  const papers = [keep, ...others]
  const { csl, sources } = mergeFields(papers, choices.fields ?? {})
  const merged: P = {
    ...structuredClone(keep),
    csl,
    tags: unique(papers.flatMap((paper) => paper.tags)),
    axisNodes: unique(papers.flatMap((paper) => paper.axisNodes)),
    collections: unique(papers.flatMap((paper) => paper.collections)),
  }
  setIdentifiers(merged, csl)
  const added = papers.map((paper) => paper.addedAt).filter((time): time is number => time !== undefined)
  if (added.length > 0) merged.addedAt = Math.min(...added)
  if (choices.now !== undefined) merged.modifiedAt = choices.now
  if (papers.some((paper) => paper.fieldSources)) merged.fieldSources = pickFieldSources(csl, sources, byId)
  mergeAxisDecisions(merged, papers)
  return merged
}

/**
 * The user's axis decisions on any of the papers survive the merge: accepted pathways and the
 * study type are kept, and a rejection stays unless another of the papers accepted it.
 */
function mergeAxisDecisions(merged: MergeablePaper, papers: readonly MergeablePaper[]): void {
  const pathways = unique(papers.flatMap((paper) => paper.axisPathways ?? []))
  if (pathways.length > 0) merged.axisPathways = pathways
  const studyType = papers.find((paper) => paper.studyType !== undefined)?.studyType
  if (studyType !== undefined) merged.studyType = studyType
  if (!papers.some((paper) => paper.axisRejected)) return
  const rejected = (pick: (rejections: NonNullable<MergeablePaper['axisRejected']>) => string[], accepted: readonly string[]) =>
    unique(papers.flatMap((paper) => (paper.axisRejected ? pick(paper.axisRejected) : []))).filter((id) => !accepted.includes(id))
  merged.axisRejected = {
    nodes: rejected((r) => r.nodes, merged.axisNodes),
    pathways: rejected((r) => r.pathways, pathways),
    studyTypes: rejected((r) => r.studyTypes, studyType === undefined ? [] : [studyType]),
  }
}

function mergeFields(papers: readonly MergeablePaper[], chosen: Readonly<Record<string, string>>): { csl: CslItem; sources: Map<string, string> } {
  const [keep] = papers
  const csl: CslItem = structuredClone(keep?.csl ?? { id: '', type: 'document' })
  const sources = new Map<string, string>()
  const fields = unique(papers.flatMap((paper) => Object.keys(paper.csl))).filter((field) => field !== 'id')
  for (const field of fields) {
    const from = chosen[field] !== undefined ? papers.find((paper) => paper.id === chosen[field]) : papers.find((paper) => hasValue(paper.csl, field))
    const value = from && hasValue(from.csl, field) ? Reflect.get(from.csl, field) : undefined
    if (value === undefined) {
      Reflect.deleteProperty(csl, field)
      continue
    }
    Reflect.set(csl, field, structuredClone(value))
    if (from) sources.set(field, from.id)
  }
  return { csl, sources }
}

function hasValue(csl: CslItem, field: string): boolean {
  const value: unknown = Reflect.get(csl, field)
  if (value === undefined || value === null || value === '') return false
  return !Array.isArray(value) || value.length > 0
}

/** The merged record's lookup fields follow its CSL identifiers. */
function setIdentifiers(merged: MergeablePaper, csl: CslItem): void {
  const doi = normalizeDoi(csl.DOI)
  const pmid = normalizePmid(csl.PMID)
  if (doi) merged.doi = doi
  else delete merged.doi
  if (pmid) merged.pmid = pmid
  else delete merged.pmid
}

function pickFieldSources(csl: CslItem, sources: Map<string, string>, byId: Map<string, MergeablePaper>): NonNullable<MergeablePaper['fieldSources']> {
  const picked: NonNullable<MergeablePaper['fieldSources']> = {}
  for (const field of Object.keys(csl)) {
    const provenance = byId.get(sources.get(field) ?? '')?.fieldSources?.[field]
    if (provenance) picked[field] = { ...provenance }
  }
  return picked
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
