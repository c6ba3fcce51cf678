import { parseBibtexText } from '../citationJs'
import type { ImportIssue, ImportResult } from '../item'
import { normalizeEntry } from '../normalize'
import { normalizeNewlines } from '../text'
import { convertIsolated, type ParsedBlock } from './convert'
import { describe, describeSyntaxError } from './errors'
import { resolveInheritance, type InheritanceLinks } from './inherit'
import { LONG_VALUE_CHARS, restoreLongValues, stashLongValues, type LongValues } from './longValues'
import { predecodeLatex } from './math'
import { MISSING_KEY_PREFIX, splitBibtex, type BibtexBlock } from './split'

/**
 * Reads BibTeX and BibLaTeX. The file is split into entries first (split.ts), then parsed by
 * citation-js in batches, and only when a batch fails, in halves of it, down to the single
 * entry that is broken. A clean file costs one parse per batch; each broken entry costs a
 * few, and only it is lost. Never throws; errors carry the entry's first line.
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
  const longValues = new Map<BibtexBlock, LongValues>()
  const stashed = entries.map((entry) => {
    const { block, values } = stashLongValues(entry)
    if (values.size > 0) longValues.set(block, values)
    return block
  })
  const parsed: ParsedBlock[] = []
  for (let start = 0; start < stashed.length; start += BATCH) parsed.push(...parseIsolated(stashed.slice(start, start + BATCH), prefix, errors))
  for (const { raw } of parsed) {
    for (const [field, value] of Object.entries(raw.properties)) if (typeof value === 'string') raw.properties[field] = predecodeLatex(value)
  }
  const links = inherit(parsed, longValues, errors)
  const converted = convertIsolated(parsed, errors)
  for (const entry of converted) {
    const values = longValues.get(entry.block)
    if (values) restoreLongValues(entry, values, errors)
  }
  const result: ImportResult = { format: 'bibtex', entries: [], errors }
  for (const { block, raw, record } of converted) {
    const key = block.key && !block.key.startsWith(MISSING_KEY_PREFIX) ? block.key : undefined
    const keywords = keywordList(raw.properties.keywords)
    const extension = { ...(keywords ? { keywords } : {}), ...links.get(block), entryType: raw.type.toLowerCase() }
    const entry = normalizeEntry({ record, line: block.line, ...(Object.keys(extension).length > 0 ? { extension } : {}), ...(key ? { citationKey: key } : {}) })
    if ('error' in entry) errors.push({ line: block.line, message: `${describe(block)} is skipped: ${entry.error}.` })
    else result.entries.push(entry)
  }
  errors.sort((a, b) => a.line - b.line)
  return result
}

/**
 * Fills in what each entry inherits through crossref and xdata, and returns its links. A
 * long value stashed as a placeholder is not copied: the placeholder names only its own
 * entry's values (and the same names recur in every entry), so the child goes without it
 * and the import says so.
 */
function inherit(parsed: ParsedBlock[], longValues: ReadonlyMap<BibtexBlock, LongValues>, errors: ImportIssue[]): Map<BibtexBlock, InheritanceLinks> {
  const placeholders = [...longValues.values()].flatMap((values) => [...values.keys()])
  const inheritable = (value: string | number) => typeof value !== 'string' || !placeholders.some((placeholder) => value.includes(placeholder))
  const links = new Map<BibtexBlock, InheritanceLinks>()
  resolveInheritance(parsed.map(({ raw }) => raw), inheritable).forEach(({ properties, links: own, withheld, problems }, index) => {
    const entry = parsed[index]
    if (!entry) return
    entry.raw = { ...entry.raw, properties }
    links.set(entry.block, own)
    for (const problem of problems) errors.push({ line: entry.block.line, message: `${describe(entry.block)} is imported, but ${problem}.` })
    if (withheld.length > 0) {
      const fields = withheld.map((field) => `"${field}"`).join(', ')
      errors.push({ line: entry.block.line, message: `${describe(entry.block)} is imported without ${fields} from its crossref or xdata parent: the value is over ${LONG_VALUE_CHARS.toLocaleString('en')} characters; copy it into the entry if you need it.` })
    }
  })
  return links
}

// Files are parsed in batches so that a broken entry costs a few parses of its batch, not
// of the whole file; 256 entries keep the per-call overhead of citation-js negligible.
const BATCH = 256

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
