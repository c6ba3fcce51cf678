import type { BibtexRawEntry } from '../citationJs'

/**
 * BibLaTeX `crossref` and `xdata` inheritance, resolved the way biber resolves it (biblatex
 * manual, appendix B), on the grammar's fields before any conversion. Done here rather than
 * by citation-js because citation-js only resolves among the entries converted in one call,
 * and a file with one undecodable entry is converted in halves: a child and its parent in
 * different halves then lost every inherited field.
 */

/** The parent and xdata keys of an entry, kept for export; both empty when it has none. */
export interface InheritanceLinks {
  crossref?: string
  xdata?: string[]
}

type FieldMap = ReadonlyArray<readonly [source: string, targets: readonly string[]]>

const TITLES_TO = (prefix: 'main' | 'book' | 'journal'): FieldMap => [
  ['title', [`${prefix}title`]],
  ['subtitle', [`${prefix}subtitle`]],
  ['titleaddon', prefix === 'journal' ? [] : [`${prefix}titleaddon`]],
  // biblatex's defaults: a parent's short and sort titles describe the parent, not the child.
  ['shorttitle', []],
  ['sorttitle', []],
  ['indextitle', []],
  ['indexsorttitle', []],
]

/** biblatex's default `\DeclareDataInheritance` rules: [parent types, child types, field map]. */
const RULES: ReadonlyArray<readonly [readonly string[], readonly string[], FieldMap]> = [
  [['mvbook', 'book'], ['inbook', 'bookinbook', 'suppbook'], [['author', ['author', 'bookauthor']]]],
  [['mvbook'], ['book', 'inbook', 'bookinbook', 'suppbook'], TITLES_TO('main')],
  [['mvcollection', 'mvreference'], ['collection', 'reference', 'incollection', 'inreference', 'suppcollection'], TITLES_TO('main')],
  [['mvproceedings'], ['proceedings', 'inproceedings'], TITLES_TO('main')],
  [['book'], ['inbook', 'bookinbook', 'suppbook'], TITLES_TO('book')],
  [['collection', 'reference'], ['incollection', 'inreference', 'suppcollection'], TITLES_TO('book')],
  [['proceedings'], ['inproceedings'], TITLES_TO('book')],
  [['periodical'], ['article', 'suppperiodical'], TITLES_TO('journal')],
]

/** Fields never inherited, whatever the types (biblatex's `* → *` rule). */
const NEVER = new Set(['ids', 'crossref', 'xref', 'xdata', 'entryset', 'entrysubtype', 'execute', 'label', 'options', 'presort', 'related', 'relatedoptions', 'relatedstring', 'relatedtype', 'shorthand', 'shorthandintro', 'sortkey'])

/** BibTeX names biber treats as the same field: a child's `address` keeps the parent's `location` out. */
const ALIASES: Readonly<Record<string, string>> = {
  address: 'location',
  journal: 'journaltitle',
  school: 'institution',
  annote: 'annotation',
  archiveprefix: 'eprinttype',
  primaryclass: 'eprintclass',
  key: 'sortkey',
}

function canonical(field: string): string {
  return ALIASES[field] ?? field
}

/** True when the child already has the field, under its name or an alias; a date counts as a year. */
function hasField(child: Record<string, string | number>, field: string): boolean {
  const wanted = canonical(field)
  return Object.keys(child).some((own) => canonical(own) === wanted || (wanted === 'year' && own === 'date') || (wanted === 'date' && own === 'year'))
}

function fieldMap(parentType: string, childType: string): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>()
  for (const [parents, children, fields] of RULES) {
    if (!parents.includes(parentType) || !children.includes(childType)) continue
    for (const [source, targets] of fields) map.set(source, targets)
  }
  return map
}

/** The fields a child of `childType` takes from `parent`, by biber's rules. */
function inherited(parent: BibtexRawEntry, childType: string, sameNameOnly: boolean): Array<[string, string | number]> {
  const map = sameNameOnly ? new Map<string, readonly string[]>() : fieldMap(parent.type, childType)
  return Object.entries(parent.properties).flatMap(([field, value]) => {
    if (NEVER.has(field)) return []
    const targets = map.get(field) ?? [field]
    return targets.map((target): [string, string | number] => [target, value])
  })
}

function keyList(value: string | number | undefined): string[] {
  return String(value ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean)
}

/** The keys an entry inherits from: its crossref parent (the first key only, as biber reads it) and its xdata entries. */
export function referencedKeys(entry: BibtexRawEntry): string[] {
  return [...keyList(entry.properties.crossref).slice(0, 1), ...keyList(entry.properties.xdata)]
}

/** An entry's fields with what it inherits filled in, its links, and what stopped it inheriting. */
export interface Inheritance {
  properties: Record<string, string | number>
  links: InheritanceLinks
  withheld: string[]
  problems: string[]
}

/**
 * Resolves each entry passed to the returned function against `parents`, the file's entries
 * that others name in crossref or xdata, by exact key (the last of a duplicated key). Entries
 * come batch by batch, so the file's other entries need not be held. Its own fields always
 * win; xdata is resolved first, then crossref, recursively (a parent's own parent too); a
 * cycle or a missing parent stops the chain, as biber does. A value `inheritable` refuses is
 * left out and named in `withheld`.
 */
export function inheritanceResolver(
  parents: ReadonlyMap<string, BibtexRawEntry>,
  inheritable: (value: string | number) => boolean = () => true,
): (entry: BibtexRawEntry) => Inheritance {
  // Parents are resolved once, however many children they have.
  const resolved = new Map<string, Record<string, string | number>>()
  const withheld = new Map<string, string[]>()
  const resolve = (entry: BibtexRawEntry, seen: ReadonlySet<string>): Record<string, string | number> => {
    const isParent = parents.get(entry.label) === entry
    const done = resolved.get(entry.label)
    if (done && isParent) return done
    const properties = { ...entry.properties }
    const inside = new Set([...seen, entry.label])
    const fill = (parent: BibtexRawEntry | undefined, sameNameOnly: boolean): void => {
      if (!parent || inside.has(parent.label)) return
      const whole = { ...parent, properties: resolve(parent, inside) }
      for (const [field, value] of inherited(whole, entry.type, sameNameOnly)) {
        if (hasField(properties, field)) continue
        if (inheritable(value)) properties[field] = value
        else withheld.set(entry.label, [...(withheld.get(entry.label) ?? []), field])
      }
    }
    for (const key of keyList(entry.properties.xdata)) fill(parents.get(key), true)
    const crossref = keyList(entry.properties.crossref)[0]
    if (crossref) fill(parents.get(crossref), false)
    if (isParent) resolved.set(entry.label, properties)
    return properties
  }
  return (entry) => {
    const properties = { ...resolve(entry, new Set()) }
    delete properties.crossref
    delete properties.xdata
    const crossref = keyList(entry.properties.crossref)[0]
    const xdata = keyList(entry.properties.xdata)
    const links = { ...(crossref ? { crossref } : {}), ...(xdata.length > 0 ? { xdata } : {}) }
    return { properties, links, withheld: [...new Set(withheld.get(entry.label))], problems: linkProblems(entry, parents) }
  }
}

/** What stops an entry inheriting, in words: a parent missing from the file, or a crossref loop (biber refuses those files). */
function linkProblems(entry: BibtexRawEntry, byKey: ReadonlyMap<string, BibtexRawEntry>): string[] {
  const missing = referencedKeys(entry).filter((key) => !byKey.has(key))
  const problems = missing.map((key) => `"${key}", which it inherits from (crossref or xdata), is not in this file, so nothing is inherited from it; import that entry in the same file to fill in its fields`)
  const chain = [entry.label]
  for (let parent = byKey.get(keyList(entry.properties.crossref)[0] ?? ''); parent; parent = byKey.get(keyList(parent.properties.crossref)[0] ?? '')) {
    if (chain.includes(parent.label)) {
      problems.push(`its crossref chain ${[...chain, parent.label].map((key) => `"${key}"`).join(' → ')} loops, which biber refuses; inheritance stops at the loop`)
      break
    }
    chain.push(parent.label)
  }
  return problems
}

/**
 * BibLaTeX `crossref` and `xdata` for export, naming only entries written in the same file:
 * biber then links the child to its parent (and lists the parent once enough children are
 * cited), while a key missing from the file would only be a dangling reference. The child
 * keeps its inherited fields either way, so nothing is lost when the parent is not exported.
 */
export function linkFields(record: { extension?: InheritanceLinks }, exportedKeys: ReadonlySet<string>): Array<readonly [string, string]> {
  const { crossref, xdata = [] } = record.extension ?? {}
  const keys = xdata.filter((key) => exportedKeys.has(key))
  return [...(crossref && exportedKeys.has(crossref) ? [['crossref', `{${crossref}}`] as const] : []), ...(keys.length > 0 ? [['xdata', `{${keys.join(', ')}}`] as const] : [])]
}
