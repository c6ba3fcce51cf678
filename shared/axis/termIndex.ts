import { joinedVariants, tokenize } from './normalize'

/** One matchable spelling and the ids it indicates. */
export interface TermEntry {
  /** The first spelling of the term's list: synonyms share it, so they count as one term. */
  readonly canonical: string
  /** The spelling as listed (or, for a prefix, as found), shown to the user as evidence. */
  readonly spelling: string
  readonly targets: readonly string[]
}

/** A term found in a token list, covering tokens [start, end). */
export interface TermHit {
  readonly entry: TermEntry
  readonly start: number
  readonly end: number
}

interface TrieNode {
  readonly next: Map<string, TrieNode>
  /** Prefix edges (`astrocyt*`), bucketed by their first three letters. */
  readonly stems: Map<string, { prefix: string; node: TrieNode }[]>
  entry: { canonical: string; spelling: string; targets: string[] } | null
  /** For a prefix term (`astrocyt*`): show the word found, not the prefix. */
  stemmed: boolean
}

/** A compiled set of terms; build it once and scan any number of texts with it. */
export interface TermIndex {
  readonly root: TrieNode
}

export interface TermSource {
  readonly id: string
  readonly terms: readonly string[]
}

const STEM_BUCKET = 3

function newNode(): TrieNode {
  return { next: new Map(), stems: new Map(), entry: null, stemmed: false }
}

function insert(root: TrieNode, tokens: readonly string[], stem: boolean): TrieNode {
  let node = root
  tokens.forEach((token, index) => {
    if (stem && index === tokens.length - 1 && token.length >= STEM_BUCKET) {
      const bucket = token.slice(0, STEM_BUCKET)
      const edges = node.stems.get(bucket) ?? []
      let edge = edges.find((candidate) => candidate.prefix === token)
      if (!edge) {
        edge = { prefix: token, node: newNode() }
        edges.push(edge)
        node.stems.set(bucket, edges)
      }
      node = edge.node
      return
    }
    let child = node.next.get(token)
    if (!child) {
      child = newNode()
      node.next.set(token, child)
    }
    node = child
  })
  return node
}

/**
 * Compiles term lists (`canonical|variant|prefix*`) into a token trie. The same spelling
 * under several ids indicates all of them; stop phrases indicate nothing but still hide
 * the shorter terms inside them when matched.
 */
export function compileTermIndex(sources: readonly TermSource[], stopPhrases: readonly string[] = []): TermIndex {
  const root = newNode()
  const add = (spec: string, targets: readonly string[]) => {
    const spellings = spec.split('|')
    const canonical = (spellings[0] ?? spec).replace(/\*$/, '')
    for (const spelling of spellings) {
      const stem = spelling.endsWith('*')
      const tokens = tokenize(stem ? spelling.slice(0, -1) : spelling)
      if (tokens.length === 0) continue
      for (const variant of joinedVariants(tokens)) {
        const node = insert(root, variant, stem)
        node.stemmed ||= stem
        node.entry ??= { canonical, spelling: stem ? spelling.slice(0, -1) : spelling, targets: [] }
        for (const target of targets) if (!node.entry.targets.includes(target)) node.entry.targets.push(target)
      }
    }
  }
  for (const source of sources) for (const spec of source.terms) add(spec, [source.id])
  for (const spec of stopPhrases) add(spec, [])
  return { root }
}

interface Best {
  end: number
  node: TrieNode | null
}

const NO_CHILDREN: readonly TrieNode[] = []

function addChild(children: TrieNode[], child: TrieNode | undefined): void {
  if (child && !children.includes(child)) children.push(child)
}

/** The nodes a token leads to from `node`: as written, as a singular, or through a prefix. */
function childrenFor(node: TrieNode, token: string): readonly TrieNode[] {
  const children: TrieNode[] = []
  addChild(children, node.next.get(token))
  // Plural text meets a singular term: cytokines → cytokine, boxes → box, therapies → therapy.
  if (token.length > 3 && token.endsWith('s')) {
    addChild(children, node.next.get(token.slice(0, -1)))
    if (token.endsWith('es')) addChild(children, node.next.get(token.slice(0, -2)))
    if (token.endsWith('ies')) addChild(children, node.next.get(`${token.slice(0, -3)}y`))
  }
  if (node.stems.size > 0) {
    for (const edge of node.stems.get(token.slice(0, STEM_BUCKET)) ?? []) if (token.startsWith(edge.prefix)) addChild(children, edge.node)
  }
  return children.length === 0 ? NO_CHILDREN : children
}

// Most words of a text start no term at all; remembering what each word leads to from the
// root turns the common case into one map lookup. Bounded so that a long-running worker
// scanning many libraries does not grow without limit.
const ROOT_CACHE_LIMIT = 200_000
const rootCaches = new WeakMap<TrieNode, Map<string, readonly TrieNode[]>>()

function rootChildren(root: TrieNode, token: string): readonly TrieNode[] {
  let cache = rootCaches.get(root)
  if (!cache) {
    cache = new Map()
    rootCaches.set(root, cache)
  }
  let children = cache.get(token)
  if (children === undefined) {
    if (cache.size >= ROOT_CACHE_LIMIT) cache.clear()
    children = childrenFor(root, token)
    cache.set(token, children)
  }
  return children
}

/** Extends the longest match found so far from `node`, which was reached at `position`. */
function walk(node: TrieNode, tokens: readonly string[], position: number, best: Best): void {
  if (node.entry && position > best.end) {
    best.end = position
    best.node = node
  }
  const token = tokens[position]
  if (token === undefined) return
  for (const child of childrenFor(node, token)) walk(child, tokens, position + 1, best)
}

/**
 * Finds the maximal term matches in a token list: every match not lying inside a longer
 * match. Overlapping matches are both kept ("gut microbiota composition" yields "gut
 * microbiota" and "microbiota composition"); stop phrases are dropped from the result.
 */
export function scanTokens(index: TermIndex, tokens: readonly string[]): TermHit[] {
  const hits: TermHit[] = []
  let coveredUntil = 0
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start] ?? ''
    const best: Best = { end: start, node: null }
    for (const child of rootChildren(index.root, token)) walk(child, tokens, start + 1, best)
    const node = best.node
    if (!node?.entry || best.end <= coveredUntil) continue
    coveredUntil = best.end
    if (node.entry.targets.length === 0) continue
    const entry = node.stemmed ? { ...node.entry, spelling: tokens.slice(start, best.end).join(' ') } : node.entry
    hits.push({ entry, start, end: best.end })
  }
  return hits
}
