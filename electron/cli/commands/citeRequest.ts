import { z } from 'zod'
import { citationSchema, type CiteItem } from '../../../shared/cite/request'
import type { CslInputItem } from '../../../shared/formats'
import { readCslInput } from '../../../shared/formats/cslInput'

/**
 * `cite`'s request.json: CSL-JSON items and, optionally, the document's citations. Items are
 * read leniently, as CSL processors read them (any fields; citeproc copes with odd ones), but
 * each needs an id the citations can name.
 */
const requestSchema = z
  .object({
    items: z.array(z.looseObject({ id: z.union([z.string().min(1), z.number()]) })).max(100_000),
    citations: z.array(citationSchema).max(100_000).optional(),
  })
  .strict()

export interface CiteRequest {
  items: CslInputItem[]
  citations: CiteItem[][] | undefined
}

export type ParsedRequest = { ok: true; request: CiteRequest } | { ok: false; error: string }

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n')
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`
}

// V8 says where JSON went wrong as a character offset; people look for lines.
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const position = /at position (\d+)/.exec(message)?.[1]
  if (position !== undefined) return `${message.replace(/\s*in JSON at position \d+.*$/, '')} (${lineAndColumn(text, Number(position))})`
  if (/Unexpected end of JSON input/.test(message)) return `the JSON ends too early (${lineAndColumn(text, text.length)}): a bracket or quote is not closed`
  return message
}

/** `citations[1][0].id`, the way the request's author would write the path. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('')
}

/** Parses and checks request.json; the error names the line or field and what is wrong. */
export function parseCiteRequest(text: string): ParsedRequest {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, error: `request.json is not valid JSON: ${jsonProblem(text, error)}.` }
  }
  const parsed = requestSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? `${issuePath(issue.path)}: ` : ''
    return { ok: false, error: `request.json: ${where}${issue?.message ?? 'not a cite request'}. Expected {"items": [CSL-JSON…], "citations"?: [[{"id", "locator"?, …}, …], …]}.` }
  }
  const items: CslInputItem[] = []
  for (const [index, item] of parsed.data.items.entries()) {
    const read = readCslInput(item, `items[${index}]`)
    if (!read.ok) return { ok: false, error: `request.json: ${read.error}.` }
    items.push(read.item)
  }
  return { ok: true, request: { items, citations: parsed.data.citations } }
}
