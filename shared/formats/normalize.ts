import { cslItemSchema, type CslItem, type ImportedEntry, type ItemExtension } from './item'
import { toLanguageCode } from './languages'
import { cleanDoi, collapseWhitespace, splitKeywords } from './text'

/**
 * The last step of every reader: whatever the source, the item leaves as checked CSL-JSON
 * with tidy Unicode, a bare DOI, a BCP 47 language and keywords also kept as a list.
 */

const DOTLESS_BEFORE_ACCENT = /[ıȷ](?=[\u0300-\u036f])/g
const NEEDS_TIDYING = /[^\t\n\r\x20-\x7e]/

/** NFC text, where `{\'\i}` (read by citation-js as dotless i + accent) becomes í. */
function tidyText(value: string): string {
  if (!NEEDS_TIDYING.test(value)) return value
  return value.replace(DOTLESS_BEFORE_ACCENT, (char) => (char === 'ı' ? 'i' : 'j')).normalize('NFC')
}

// Tidies every string of a record in place: records come fresh from a reader, and copying
// 10,000 of them cost more than the tidying itself.
function tidyDeep(value: unknown): unknown {
  if (typeof value === 'string') return tidyText(value)
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = tidyDeep(value[index])
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) Reflect.set(value, key, tidyDeep(inner))
  }
  return value
}

// BibLaTeX list fields (`location = {Berlin and New York}`) arrive as arrays; CSL wants text.
function flattenLists(record: Record<string, unknown>): Record<string, unknown> {
  for (const [field, value] of Object.entries(record)) {
    if (Array.isArray(value) && value.length > 0 && value.every((part) => typeof part === 'string')) record[field] = value.join('; ')
  }
  return record
}

export interface NormalizeInput {
  record: Record<string, unknown>
  line: number
  citationKey?: string
  extension?: ItemExtension
}

/**
 * Checks and tidies one reader's record. Returns an error message instead of throwing when
 * the record is not CSL-JSON (a reader bug or a hostile CSL-JSON file).
 */
export function normalizeEntry(input: NormalizeInput): ImportedEntry | { error: string } {
  const record = tidyDeep(flattenLists({ ...input.record, id: input.citationKey ?? `line-${input.line}` }))
  const parsed = cslItemSchema.safeParse(record)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { error: `not a valid record: field "${issue?.path.join('.') ?? '?'}" ${issue?.message ?? ''}`.trim() }
  }
  const item: CslItem = parsed.data
  delete item['citation-key']
  const doi = cleanDoi(item.DOI)
  if (doi) item.DOI = doi
  else delete item.DOI
  if (item.language) item.language = toLanguageCode(item.language)
  if (item.PMID) item.PMID = item.PMID.replace(/^PMID:?\s*/i, '').trim()
  // Zotero and others keep identifiers as "PMID: 123" lines in the note.
  const note = item.note ?? ''
  if (!item.PMID && /\bPMID:?\s*\d/i.test(note)) item.PMID = /\bPMID:?\s*(\d{1,9})\b/i.exec(note)?.[1]
  if (!item.PMCID && /\bPMCID:?\s*PMC\d/i.test(note)) item.PMCID = /\bPMCID:?\s*(PMC\d+)/i.exec(note)?.[1]
  const extension: ItemExtension = { ...input.extension }
  if (item.keyword && !extension.keywords) extension.keywords = splitKeywords(item.keyword)
  // The list is the reader's best reading; CSL's one-string `keyword` follows it.
  if (extension.keywords) item.keyword = extension.keywords.join(extension.keywords.some((keyword) => keyword.includes(',')) ? '; ' : ', ')
  if (item.title) item.title = collapseWhitespace(item.title)
  const entry: ImportedEntry = { item, extension, line: input.line }
  if (input.citationKey) entry.citationKey = input.citationKey
  return entry
}
