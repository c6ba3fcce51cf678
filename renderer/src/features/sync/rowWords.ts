import type { z } from 'zod'
import type { SyncedTable } from '../../../../shared/sync/documents'

const NOUNS: { readonly [T in SyncedTable]: string } = {
  papers: 'paper',
  attachments: 'PDF record',
  notes: 'note',
  collections: 'collection',
  annotations: 'highlight',
  savedSearches: 'saved search',
  mergedPapers: 'merge record',
  settings: 'setting',
}

/** A row as the user knows it: a paper by its citation key, a collection by its name, else by its id. */
export function rowInWords(table: SyncedTable, id: string, row?: unknown): string {
  const key = fieldOf(row, 'citationKey')
  const name = fieldOf(row, 'name')
  if (table === 'papers' && typeof key === 'string') return `the paper ${key}`
  if ((table === 'collections' || table === 'savedSearches') && typeof name === 'string') return `the ${NOUNS[table]} "${name}"`
  return `the ${NOUNS[table]} ${id}`
}

function fieldOf(row: unknown, name: string): unknown {
  return typeof row === 'object' && row !== null ? Reflect.get(row, name) : undefined
}

/** The text with its first letter in upper case, to begin a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The first thing a schema found wrong, with where: "csl.title: expected string". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'it is not a row AxisRef writes'
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message
}
