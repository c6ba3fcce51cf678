import { itemExtensionSchema, type ImportResult, type ItemExtension } from '../item'
import { normalizeEntry } from '../normalize'
import { lineAt, lineStarts, normalizeNewlines } from '../text'

/**
 * Reads CSL-JSON: an array of items, one item, or `{ "items": [...] }`. Each item is checked
 * against the CSL schema on its own; when the file is not valid JSON as a whole, each
 * top-level item is tried separately so one bad item is reported with its line.
 */
export function importCslJson(input: string): ImportResult {
  const text = normalizeNewlines(input)
  const result: ImportResult = { format: 'csl-json', entries: [], errors: [] }
  const starts = lineStarts(text)
  const spans = topLevelSpans(text)
  let whole: unknown
  try {
    whole = JSON.parse(text)
  } catch (error) {
    if (spans.length === 0) {
      result.errors.push({ line: 1, message: isTooDeep(error) ? `The file ${TOO_DEEP}.` : `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` })
      return result
    }
  }
  const items = whole === undefined ? undefined : itemsOf(whole)
  const refusal = items ? refuseUnlessCsl(items) : undefined
  if (refusal) {
    result.errors.push({ line: 1, message: refusal })
    return result
  }
  // Line numbers come from the spans when they line up with the parsed items.
  if (items && spans.length !== items.length) {
    items.forEach((value) => addItemOrSayTooDeep(result, value, 1))
    return result
  }
  spans.forEach((span, index) => {
    const line = lineAt(starts, span.start)
    let value: unknown = items?.[index]
    if (items === undefined) {
      try {
        value = JSON.parse(text.slice(span.start, span.end))
      } catch (error) {
        const reason = isTooDeep(error) ? TOO_DEEP : `invalid JSON (${error instanceof Error ? error.message : String(error)})`
        result.errors.push({ line, message: `CSL-JSON item is skipped: ${reason}.` })
        return
      }
    }
    addItemOrSayTooDeep(result, value, line)
  })
  return result
}

function itemsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (value !== null && typeof value === 'object' && 'items' in value && Array.isArray(value.items)) return value.items
  return [value]
}

// Any of these on an item marks it as CSL-JSON; a JSON file whose items have none is something else.
const CSL_MARKS = ['type', 'id', 'title', 'author', 'editor', 'issued', 'container-title', 'DOI', 'URL', 'ISBN', 'citation-key', 'page', 'volume', 'publisher']

/** Why the parsed JSON is not a bibliography, or undefined when any item looks like CSL-JSON. */
function refuseUnlessCsl(items: readonly unknown[]): string | undefined {
  const objects = items.filter((item): item is object => item !== null && typeof item === 'object' && !Array.isArray(item))
  // Read as CSL-JSON (`--from csl-json`), a Zotero export would pass as typeless documents.
  if (objects.some((item) => 'itemType' in item) && !objects.some((item) => 'type' in item)) {
    return 'This JSON is a Zotero/Better BibTeX JSON export, not CSL-JSON: import it as Zotero JSON (let AxisRef detect the format, or give --from zotero-json).'
  }
  if (items.length === 0 || objects.some((item) => CSL_MARKS.some((mark) => mark in item))) return undefined
  const keys = [...new Set(objects.flatMap((item) => Object.keys(item)))].slice(0, 8)
  const found = keys.length > 0 ? `its entries have the keys ${keys.join(', ')} and none of CSL's (type, title, author, issued…)` : 'it holds no objects with CSL fields'
  return `This JSON is neither CSL-JSON nor a Zotero/Better BibTeX JSON export: ${found}. Export the library from your reference manager as CSL-JSON, Zotero JSON or BibTeX.`
}

const TOO_DEEP = 'is nested too deeply to read (arrays or objects inside one another thousands of levels deep); check that it is a CSL-JSON export'

// JSON.parse and the checks after it recurse: a stack overflow is a property of the file
function isTooDeep(error: unknown): boolean {
  return error instanceof RangeError
}

/** One item, or one error in words when the item's nesting overflows the stack; the other items still import. */
function addItemOrSayTooDeep(result: ImportResult, value: unknown, line: number): void {
  try {
    addItem(result, value, line)
  } catch (error) {
    if (!isTooDeep(error)) throw error
    result.errors.push({ line, message: `CSL-JSON item is skipped: it ${TOO_DEEP}.` })
  }
}

function addItem(result: ImportResult, value: unknown, line: number): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    result.errors.push({ line, message: 'CSL-JSON item is skipped: it is not an object.' })
    return
  }
  const record: Record<string, unknown> = { ...value }
  const key = typeof record['citation-key'] === 'string' ? record['citation-key'] : typeof record.id === 'string' && /^[A-Za-z][\w:.+-]*$/.test(record.id) ? record.id : undefined
  const extension = takeExtension(record)
  if (typeof record.type !== 'string' || !record.type) record.type = 'document'
  const entry = normalizeEntry({ record, line, extension, ...(key ? { citationKey: key } : {}) })
  if ('error' in entry) result.errors.push({ line, message: `CSL-JSON item is skipped: ${entry.error}.` })
  else result.entries.push(entry)
}

// AxisRef writes its extension under `custom.axisref`, CSL-JSON's place for app data.
function takeExtension(record: Record<string, unknown>): ItemExtension {
  const custom = record.custom
  if (custom === null || typeof custom !== 'object' || !('axisref' in custom)) return {}
  const parsed = itemExtensionSchema.safeParse(custom.axisref)
  const rest = Object.fromEntries(Object.entries(custom).filter(([key]) => key !== 'axisref'))
  if (Object.keys(rest).length > 0) record.custom = rest
  else delete record.custom
  return parsed.success ? parsed.data : {}
}

/**
 * Start and end offsets of each element of the top-level array (or of the `items` array, or
 * of the single top-level object), found by tracking strings and nesting, not by parsing.
 */
function topLevelSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  const first = text.search(/\S/)
  if (first === -1) return spans
  const arrayDepth = text[first] === '[' ? 1 : text[first] === '{' && /^\{\s*"items"\s*:\s*\[/.test(text.slice(first)) ? 2 : 0
  if (arrayDepth === 0) return text[first] === '{' ? [{ start: first, end: text.length }] : spans
  let depth = 0
  let inString = false
  let start = -1
  for (let index = first; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
      continue
    }
    if (char === '"') inString = true
    if (char === '{' || char === '[') {
      depth++
      if (depth === arrayDepth + 1 && start === -1) start = index
    } else if (char === '}' || char === ']') {
      if (depth === arrayDepth + 1 && start !== -1) {
        spans.push({ start, end: index + 1 })
        start = -1
      }
      depth--
    }
  }
  return spans
}
