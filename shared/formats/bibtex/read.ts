import { parseBibtexText, type BibtexRawEntry } from '../citationJs'
import type { CslItem, ImportedEntry, ImportIssue, ImportResult } from '../item'
import { normalizeEntry } from '../normalize'
import { normalizeNewlines } from '../text'
import { convertIsolated, type ParsedBlock } from './convert'
import { describe, describeSyntaxError } from './errors'
import { inheritanceResolver, referencedKeys, type InheritanceLinks } from './inherit'
import { LONG_VALUE_CHARS, restoreLongValues, stashLongValues, type LongValues } from './longValues'
import { predecodeLatex } from './math'
import { MISSING_KEY_PREFIX, splitBibtex, type BibtexBlock } from './split'

/**
 * Reads BibTeX and BibLaTeX. The file is split into entries first (split.ts), then read in
 * batches: parsed by citation-js, inherited into, converted and kept, before the next batch
 * is parsed, so a large file's parse is never held whole. Only a batch that fails is parsed
 * again, in halves of it, down to the single entry that is broken: each broken entry costs a
 * few parses, and only it is lost. Never throws; errors carry the entry's first line.
 */
export function importBibtex(input: string): ImportResult {
  const text = normalizeNewlines(input)
  const errors: ImportIssue[] = []
  const entries: BibtexBlock[] = []
  const strings: BibtexBlock[] = []
  for (const block of splitBibtex(text)) {
    if (block.kind === 'error') errors.push({ line: block.line, message: block.message })
    else if (block.kind === 'string') strings.push(block)
    else entries.push(block)
  }
  const prefix = checkedStrings(strings, errors)
  const inherit = inheritFrom(parentEntries(entries, prefix))
  const result: ImportResult = { format: 'bibtex', entries: [], errors }
  for (let start = 0; start < entries.length; start += BATCH) {
    for (const entry of readBatch(entries.slice(start, start + BATCH), prefix, inherit, errors)) result.entries.push(entry)
  }
  errors.sort((a, b) => a.line - b.line)
  return result
}

type Inherit = (parsed: ParsedBlock[], errors: ImportIssue[]) => Map<BibtexBlock, InheritanceLinks>

/** One batch of entries, parsed, inherited into, converted and normalised; what fails is said in `errors`. */
function readBatch(blocks: BibtexBlock[], prefix: string, inherit: Inherit, errors: ImportIssue[]): ImportedEntry[] {
  const longValues = new Map<BibtexBlock, LongValues>()
  const parsed = parsedEntries(blocks, prefix, errors, longValues)
  const links = inherit(parsed, errors)
  const converted = convertIsolated(parsed, errors)
  for (const entry of converted) {
    const values = longValues.get(entry.block)
    if (values) restoreLongValues(entry, values, errors)
  }
  const entries: ImportedEntry[] = []
  for (const { block, raw, record } of converted) {
    const key = block.key && !block.key.startsWith(MISSING_KEY_PREFIX) ? block.key : undefined
    const keywords = keywordList(raw.properties.keywords)
    const extension = { ...(keywords ? { keywords } : {}), ...links.get(block), entryType: raw.type.toLowerCase() }
    const entry = normalizeEntry({ record, line: block.line, ...(Object.keys(extension).length > 0 ? { extension } : {}), ...(key ? { citationKey: key } : {}) })
    if ('error' in entry) errors.push({ line: block.line, message: `${describe(block)} is skipped: ${entry.error}.` })
    else entries.push({ ...entry, item: compact(entry.item) })
  }
  return entries
}

/**
 * The item as a plain object again. normalizeEntry deletes fields (`citation-key`, an empty
 * DOI), which turns an object into a hash table in V8, about three times its size: held for
 * every entry of a large file, that was a tenth of its import's memory. A copy is compact.
 */
function compact(item: CslItem): CslItem {
  return { ...item }
}

/**
 * The blocks parsed (long values stashed, named in `longValues`) and their LaTeX that
 * citation-js leaves undecoded resolved; a block that does not parse is said in `errors`.
 */
function parsedEntries(blocks: BibtexBlock[], prefix: string, errors: ImportIssue[], longValues: Map<BibtexBlock, LongValues>): ParsedBlock[] {
  const stashed = blocks.map((entry) => {
    const { block, values } = stashLongValues(entry)
    if (values.size > 0) longValues.set(block, values)
    return block
  })
  const parsed: ParsedBlock[] = []
  for (let start = 0; start < stashed.length; start += BATCH) parsed.push(...parseIsolated(stashed.slice(start, start + BATCH), prefix, errors))
  for (const { raw } of parsed) {
    for (const [field, value] of Object.entries(raw.properties)) if (typeof value === 'string') raw.properties[field] = predecodeLatex(value)
  }
  return parsed
}

// A field name the grammar reads as crossref or xdata is written in the entry's text.
const INHERITS = /crossref|xdata/i

interface Parents {
  byKey: Map<string, BibtexRawEntry>
  /** The placeholders of the parents' long values, which no child inherits. */
  placeholders: Set<string>
}

/**
 * The entries others inherit from, parsed ahead of the batches because a parent may come
 * after its children (BibTeX even wants it so). The entries that may name a parent are
 * parsed first for the keys they name, then the entries under those keys are parsed and
 * kept: they are few, where keeping every entry's parse held a large file twice over.
 * What fails to parse here is said when its batch is read, so these errors are not kept.
 */
function parentEntries(entries: BibtexBlock[], prefix: string): Parents {
  const children = entries.filter((block) => INHERITS.test(block.text))
  const keys = new Set<string>()
  for (let start = 0; start < children.length; start += BATCH) {
    for (const { raw } of parsedEntries(children.slice(start, start + BATCH), prefix, [], new Map())) for (const key of referencedKeys(raw)) keys.add(key)
  }
  const longValues = new Map<BibtexBlock, LongValues>()
  const parents = parsedEntries(
    entries.filter((block) => block.key !== undefined && keys.has(block.key)),
    prefix,
    [],
    longValues,
  )
  const placeholders = new Set([...longValues.values()].flatMap((values) => [...values.keys()]))
  return { byKey: new Map(parents.map(({ raw }) => [raw.label, raw])), placeholders }
}

/**
 * Fills in what each entry of a batch inherits through crossref and xdata, and returns its
 * links. A parent's long value stashed as a placeholder is not copied: the placeholder names
 * only its own entry's values (and the same names recur in every entry), so the child goes
 * without it and the import says so.
 */
function inheritFrom({ byKey, placeholders }: Parents): Inherit {
  const inheritable = (value: string | number) => typeof value !== 'string' || ![...placeholders].some((placeholder) => value.includes(placeholder))
  const resolve = inheritanceResolver(byKey, inheritable)
  return (parsed, errors) => {
    const links = new Map<BibtexBlock, InheritanceLinks>()
    for (const entry of parsed) {
      const { properties, links: own, withheld, problems } = resolve(entry.raw)
      entry.raw = { ...entry.raw, properties }
      links.set(entry.block, own)
      for (const problem of problems) errors.push({ line: entry.block.line, message: `${describe(entry.block)} is imported, but ${problem}.` })
      if (withheld.length > 0) {
        const fields = withheld.map((field) => `"${field}"`).join(', ')
        errors.push({ line: entry.block.line, message: `${describe(entry.block)} is imported without ${fields} from its crossref or xdata parent: the value is over ${LONG_VALUE_CHARS.toLocaleString('en')} characters; copy it into the entry if you need it.` })
      }
    }
    return links
  }
}

// Files are read in batches so that a broken entry costs a few parses of its batch, not of
// the whole file. Small batches also keep memory down: what a batch builds and drops is
// gone before the garbage collector would move it to the old generation, where it lingers
// (and V8's JSON.parse, used on each batch, allocates there directly past 100,000 characters).
// 32 entries cost no more time than 256.
const BATCH = 32

/**
 * Keywords as a list, split on the file's separator (";" if any, else ","), outside braces:
 * citation-js joins them into one comma-separated string, which loses "Aged, 80 and over".
 * Values with LaTeX are left to citation-js's decoded string.
 */
function keywordList(value: string | number | undefined): string[] | undefined {
  if (typeof value !== 'string' || value.includes('\\') || !value.trim()) return undefined
  const separator = topLevelIndexes(value, ';').length > 0 ? ';' : ','
  const cuts = [-1, ...topLevelIndexes(value, separator), value.length]
  return cuts
    .slice(1)
    .map((end, index) => value.slice((cuts[index] ?? -1) + 1, end).replace(/[{}]/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

function topLevelIndexes(value: string, char: string): number[] {
  const indexes: number[] = []
  let depth = 0
  for (let index = 0; index < value.length; index++) {
    if (value[index] === '{') depth++
    else if (value[index] === '}') depth--
    else if (depth === 0 && value[index] === char) indexes.push(index)
  }
  return indexes
}

/** The @string definitions that parse, joined; a broken one is reported and left out. */
function checkedStrings(strings: BibtexBlock[], errors: ImportIssue[]): string {
  const good: string[] = []
  for (const block of strings) {
    try {
      // Alone, a reference to an earlier @string reads as empty: this checks syntax only.
      parseBibtexText(block.text)
      good.push(block.text)
    } catch (error) {
      errors.push({ line: block.line, message: `@string definition is skipped: ${describeSyntaxError(error, block, 0)}.` })
    }
  }
  return good.join('\n')
}

function parseIsolated(blocks: BibtexBlock[], prefix: string, errors: ImportIssue[]): ParsedBlock[] {
  if (blocks.length === 0) return []
  const prefixLines = prefix ? prefix.split('\n').length : 0
  const text = (prefix ? [prefix, ...blocks.map((block) => block.text)] : blocks.map((block) => block.text)).join('\n')
  const [only] = blocks
  try {
    const raws = parseBibtexText(text)
    if (raws.length === blocks.length) return blocks.map((block, index) => ({ block, raw: raws[index] ?? { type: block.type, label: '', properties: {} } }))
    if (only && blocks.length === 1) {
      errors.push({ line: only.line, message: `${describe(only)} is skipped: it could not be read as an entry.` })
      return []
    }
  } catch (error) {
    if (only && blocks.length === 1) {
      errors.push({ line: only.line, message: `${describe(only)} is skipped: ${describeSyntaxError(error, only, prefixLines)}.` })
      return []
    }
  }
  const middle = blocks.length >> 1
  return [...parseIsolated(blocks.slice(0, middle), prefix, errors), ...parseIsolated(blocks.slice(middle), prefix, errors)]
}

