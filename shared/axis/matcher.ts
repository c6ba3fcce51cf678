import { AXIS_CUES, CUE_STOP_PHRASES } from './cues'
import { FACET_STOP_PHRASES, POPULATIONS, STUDY_TYPES } from './facets'
import { normalizeText, splitSentences, tokenize } from './normalize'
import { AXIS_NODES, AXIS_STOP_PHRASES } from './ontology'
import type { PaperField, PaperInput } from './schema'
import { compileTermIndex, scanTokens, type TermEntry, type TermIndex } from './termIndex'

/** A term found in one sentence (or keyword, heading) of one field of a paper. */
export interface FieldHit {
  readonly entry: TermEntry
  readonly field: PaperField
  /** Which sentence, keyword or heading of the field; co-occurrence is judged within it. */
  readonly segment: number
  /** A MeSH heading the indexer starred as a major topic of the paper. */
  readonly major?: boolean
}

/**
 * The terms found in a paper: axis nodes, and facets and cues (`study:rct`,
 * `population:animal`, `cue:pet`), which describe the paper rather than place it on the axis.
 */
export interface PaperHits {
  readonly nodes: FieldHit[]
  readonly facets: FieldHit[]
}

interface CompiledAxis {
  readonly nodes: TermIndex
  readonly facets: TermIndex
  /** Normalised MeSH heading → the entry it stands for. */
  readonly mesh: Map<string, TermEntry>
}

function compileAxis(): CompiledAxis {
  const nodes = compileTermIndex(AXIS_NODES, AXIS_STOP_PHRASES)
  const facets = compileTermIndex(
    [
      ...STUDY_TYPES.map((type) => ({ id: `study:${type.id}`, terms: type.terms })),
      ...POPULATIONS.map((population) => ({ id: `population:${population.id}`, terms: population.terms })),
      ...AXIS_CUES.map((cue) => ({ id: `cue:${cue.id}`, terms: cue.terms })),
    ],
    [...FACET_STOP_PHRASES, ...CUE_STOP_PHRASES],
  )
  const mesh = new Map<string, { canonical: string; spelling: string; targets: string[] }>()
  for (const node of AXIS_NODES) {
    for (const heading of node.mesh) {
      const key = normalizeText(heading)
      const entry = mesh.get(key) ?? { canonical: heading, spelling: heading, targets: [] }
      entry.targets.push(node.id)
      mesh.set(key, entry)
    }
  }
  return { nodes, facets, mesh }
}

let compiled: CompiledAxis | undefined

/** The term indexes, compiled on first use and then shared by every call in this thread. */
function compiledAxis(): CompiledAxis {
  compiled ??= compileAxis()
  return compiled
}

/** "Depressive Disorder, Major/microbiology*" → "depressive disorder major". */
function meshHeadingKey(heading: string): string {
  return normalizeText(heading.replace(/\/.*$/, '').replace(/\*/g, ''))
}

function segmentsOf(paper: PaperInput): { field: PaperField; texts: readonly string[] }[] {
  return [
    { field: 'title', texts: [paper.title] },
    { field: 'mesh', texts: paper.mesh ?? [] },
    { field: 'keywords', texts: paper.keywords ?? [] },
    { field: 'publicationTypes', texts: paper.publicationTypes ?? [] },
    { field: 'abstract', texts: paper.abstract ? splitSentences(paper.abstract) : [] },
    { field: 'fullText', texts: paper.fullText ? splitSentences(paper.fullText) : [] },
  ]
}

/**
 * Scans every field of a paper once. MeSH headings are looked up whole first (a heading
 * is a controlled term, not prose) and scanned as text only when unknown; a starred heading
 * (`*Depression`, `Depression/*immunology`, as MEDLINE marks major topics) is marked major.
 * Publication types only ever indicate facets.
 */
export function findPaperHits(paper: PaperInput): PaperHits {
  const axis = compiledAxis()
  const nodes: FieldHit[] = []
  const facets: FieldHit[] = []
  for (const { field, texts } of segmentsOf(paper)) {
    texts.forEach((text, segment) => {
      const tokens = tokenize(field === 'mesh' ? text.replace(/\/.*$/, '') : text)
      if (tokens.length === 0) return
      // Full text names every design and population it discusses: facets never read it.
      if (field !== 'fullText') for (const hit of scanTokens(axis.facets, tokens)) facets.push({ entry: hit.entry, field, segment })
      if (field === 'publicationTypes') return
      const heading = field === 'mesh' ? axis.mesh.get(meshHeadingKey(text)) : undefined
      const major = field === 'mesh' && text.includes('*') ? { major: true } : {}
      if (heading) {
        nodes.push({ entry: heading, field, segment, ...major })
        return
      }
      for (const hit of scanTokens(axis.nodes, tokens)) nodes.push({ entry: hit.entry, field, segment, ...major })
    })
  }
  return { nodes, facets }
}
