import { bibtexEntriesToCsl } from '../citationJs'
import type { ImportIssue } from '../item'
import type { ConvertedBlock } from './convert'
import { describe } from './errors'
import { predecodeLatex } from './math'
import type { BibtexBlock } from './split'

/**
 * Very long field values (a full text pasted into `abstract`, a base64 blob in `file`) are
 * kept out of citation-js's grammar. Its lexer matches a whole braced value with one
 * regular expression whose backtracking overflows the stack somewhere past 5 MB, and its
 * LaTeX decoder reads such a value token by token for many seconds. Each long value is
 * swapped for a short placeholder before parsing and put back, decoded here, afterwards.
 * BibTeX and biber read long fields, so the entry is imported with its field, not refused.
 */

/** Values longer than this (in characters, braces or quotes included) are stashed. */
export const LONG_VALUE_CHARS = 100_000

/** Placeholder text → the value's text between its braces or quotes, as written in the file. */
export type LongValues = Map<string, string>

const PLACEHOLDER = 'axisreflongvalue'
const HEADER = /^@[ \t]*[A-Za-z][\w-]*[ \t\n]*[{(]/
const VALUE_SYNTAX = /[{}"\\%]/g

/** The block with its long values replaced by placeholders (newlines kept, so lines still count), and what they stand for. */
export function stashLongValues(block: BibtexBlock): { block: BibtexBlock; values: LongValues } {
  const values: LongValues = new Map()
  if (block.text.length <= LONG_VALUE_CHARS) return { block, values }
  const spans = topLevelValues(block.text).filter(([start, end]) => end - start > LONG_VALUE_CHARS)
  if (spans.length === 0) return { block, values }
  let text = ''
  let last = 0
  for (const [start, end] of spans) {
    const placeholder = `${PLACEHOLDER}${values.size}x`
    values.set(placeholder, block.text.slice(start + 1, end - 1))
    text += `${block.text.slice(last, start)}{${placeholder}}${'\n'.repeat(countNewlines(block.text, start, end))}`
    last = end
  }
  return { block: { ...block, text: text + block.text.slice(last) }, values }
}

/**
 * [start, end) of every field value in braces or quotes at the entry's top level, read with
 * the escapes of split.ts (`\{`, `\}`, `\\` are text). Iterative: nesting costs no stack.
 */
function topLevelValues(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const header = HEADER.exec(text)
  let depth = 0
  let quoteStart = -1
  let braceStart = -1
  VALUE_SYNTAX.lastIndex = header ? header[0].length : 0
  for (let found = VALUE_SYNTAX.exec(text); found; found = VALUE_SYNTAX.exec(text)) {
    const index = found.index
    const char = found[0]
    if (char === '\\') {
      if ('\\{}'.includes(text[index + 1] ?? '')) VALUE_SYNTAX.lastIndex = index + 2
    } else if (char === '%') {
      // a comment between fields runs to the end of its line; inside a value it is text
      if (depth === 0 && quoteStart === -1) VALUE_SYNTAX.lastIndex = lineEnd(text, index)
    } else if (char === '{') {
      if (depth === 0 && quoteStart === -1) braceStart = index
      depth++
    } else if (char === '}') {
      if (depth === 0) break
      depth--
      if (depth === 0 && quoteStart === -1) spans.push([braceStart, index + 1])
    } else if (depth === 0) {
      if (quoteStart === -1) quoteStart = index
      else {
        spans.push([quoteStart, index + 1])
        quoteStart = -1
      }
    }
  }
  return spans
}

/**
 * Puts the stashed values back into a converted entry: in the raw properties as written, and
 * in the CSL record decoded. A value that did not come through as text (a 5 MB author list
 * becomes names) is left out, and the entry says so.
 */
export function restoreLongValues(converted: ConvertedBlock, values: LongValues, errors: ImportIssue[]): void {
  for (const [placeholder, value] of values) {
    for (const [field, raw] of Object.entries(converted.raw.properties)) {
      if (typeof raw === 'string' && raw.includes(placeholder)) converted.raw.properties[field] = raw.replace(placeholder, () => value)
    }
    const target = Object.entries(converted.record).find(([, text]) => typeof text === 'string' && text.includes(placeholder))
    const decoded = target ? decodeLongValue(value) : undefined
    if (target && decoded !== undefined) {
      converted.record[target[0]] = String(target[1]).replace(placeholder, () => decoded)
      continue
    }
    if (target) Reflect.deleteProperty(converted.record, target[0])
    const field = fieldHolding(converted, value) ?? 'a field'
    errors.push({
      line: converted.block.line,
      message: `${describe(converted.block)} is imported without ${field} (${megabytes(value.length)}), which could not be read as text.`,
    })
  }
}

/**
 * LaTeX to text for one long value. Plain text (no commands, braces or math) only has its
 * white space collapsed, as citation-js would; anything else goes through citation-js's decoder.
 */
export function decodeLongValue(value: string): string | undefined {
  const text = predecodeLatex(value)
  if (!/[\\{}$]/.test(text)) return text.replace(/~/g, '\u00a0').replace(/\s+/g, ' ')
  try {
    const [record] = bibtexEntriesToCsl([{ type: 'misc', label: 'long', properties: { note: text } }])
    const note = record?.note
    return typeof note === 'string' ? note : undefined
  } catch {
    // a RangeError (nesting) or a construct the decoder rejects: the caller leaves the field out and says so
    return undefined
  }
}

function fieldHolding(converted: ConvertedBlock, value: string): string | undefined {
  const field = Object.entries(converted.raw.properties).find(([, raw]) => typeof raw === 'string' && raw.includes(value))?.[0]
  return field ? `the field "${field}"` : undefined
}

function megabytes(chars: number): string {
  return `${(chars / 1_048_576).toFixed(1)} MB`
}

function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index)
  return end === -1 ? text.length : end
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++
  return count
}
