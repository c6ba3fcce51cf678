import { bibtexEntriesToCsl, type BibtexRawEntry } from '../citationJs'
import type { ImportIssue } from '../item'
import { describe } from './errors'
import type { BibtexBlock } from './split'

export interface ParsedBlock {
  block: BibtexBlock
  raw: BibtexRawEntry
}

export interface ConvertedBlock {
  block: BibtexBlock
  raw: BibtexRawEntry
  record: Record<string, unknown>
}

/**
 * Converts grammar output to CSL-JSON, crossref and xdata already resolved (inherit.ts), so
 * each entry converts on its own. All entries go in one call; if that call fails (a LaTeX
 * construct citation-js cannot decode, such as `\enquote*{…}` in a note), it falls back to
 * halves, and a single failing entry is rescued field by field rather than dropped.
 */
export function convertIsolated(parsed: ParsedBlock[], errors: ImportIssue[]): ConvertedBlock[] {
  const [only] = parsed
  if (!only) return []
  try {
    const records = bibtexEntriesToCsl(parsed.map(({ raw }) => raw))
    if (records.length === parsed.length) return parsed.map(({ block, raw }, index) => ({ block, raw, record: records[index] ?? {} }))
  } catch {
    // handled below by splitting
  }
  if (parsed.length === 1) return rescue(only, errors)
  const middle = parsed.length >> 1
  return [...convertIsolated(parsed.slice(0, middle), errors), ...convertIsolated(parsed.slice(middle), errors)]
}

function converts(raw: BibtexRawEntry): boolean {
  try {
    return bibtexEntriesToCsl([raw]).length === 1
  } catch {
    return false
  }
}

// Starred commands and commands with no argument (`{\d}ur`) are what trips the decoder in
// real files; without them the value reads as the text it was meant to be.
function simplifyLatex(value: string): string {
  return value.replace(/(\\[A-Za-z]+)\*/g, '$1').replace(/\\[A-Za-z]+(?=\})/g, '')
}

function rescue({ block, raw }: ParsedBlock, errors: ImportIssue[]): ConvertedBlock[] {
  const properties: Record<string, string | number> = {}
  const simplified: string[] = []
  const dropped: string[] = []
  for (const [field, value] of Object.entries(raw.properties)) {
    if (converts({ ...raw, properties: { [field]: value } })) {
      properties[field] = value
      continue
    }
    const plainer = simplifyLatex(String(value))
    if (converts({ ...raw, properties: { [field]: plainer } })) {
      properties[field] = plainer
      simplified.push(field)
    } else {
      dropped.push(field)
    }
  }
  try {
    const [record] = bibtexEntriesToCsl([{ ...raw, properties }])
    if (!record) throw new Error('no record')
    if (simplified.length > 0) {
      errors.push({ line: block.line, message: `${describe(block)} is imported, but LaTeX in ${fieldList(simplified)} could not be decoded and was simplified.` })
    }
    if (dropped.length > 0) {
      errors.push({ line: block.line, message: `${describe(block)} is imported without ${fieldList(dropped)}, which could not be decoded.` })
    }
    return [{ block, raw, record }]
  } catch {
    errors.push({ line: block.line, message: `${describe(block)} is skipped: its fields could not be decoded.` })
    return []
  }
}

function fieldList(fields: string[]): string {
  return fields.length === 1 ? `the field "${fields[0]}"` : `the fields ${fields.map((field) => `"${field}"`).join(', ')}`
}
