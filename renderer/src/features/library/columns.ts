import { STUDY_TYPES } from '../../../../shared/axis'
import { SORT_COLUMNS, type SortColumn, type SortSpec } from '../../search/listModel'
import type { PaperRow } from '../../search/protocol'

export interface ColumnDefinition {
  column: SortColumn
  label: string
  cell: (row: PaperRow) => string
}

/** Every column the list can show, in display order; each one sorts by its own key. */
export const LIST_COLUMNS: readonly ColumnDefinition[] = [
  { column: 'title', label: 'Title', cell: (row) => row.title || '(untitled)' },
  { column: 'firstAuthor', label: 'First author', cell: (row) => row.firstAuthor },
  { column: 'year', label: 'Year', cell: (row) => String(row.year ?? '') },
  { column: 'journal', label: 'Journal', cell: (row) => row.journal },
  { column: 'studyType', label: 'Study type', cell: (row) => STUDY_TYPES.find((type) => type.id === row.studyType)?.label ?? '' },
  { column: 'citationKey', label: 'Citation key', cell: (row) => row.citationKey },
  { column: 'addedAt', label: 'Added', cell: (row) => new Date(row.addedAt).toISOString().slice(0, 10) },
]

export const DEFAULT_COLUMNS: readonly SortColumn[] = ['title', 'firstAuthor', 'year', 'journal', 'studyType', 'addedAt']

/** The title is always shown: a list without it identifies nothing. */
export function toggleColumn(columns: readonly SortColumn[], column: SortColumn): SortColumn[] {
  if (column === 'title') return [...columns]
  const next = columns.includes(column) ? columns.filter((item) => item !== column) : [...columns, column]
  return LIST_COLUMNS.map((definition) => definition.column).filter((item) => next.includes(item))
}

/** Columns read back from settings: unknown names dropped, the title kept, display order restored. */
export function validColumns(value: unknown): SortColumn[] {
  if (!Array.isArray(value)) return [...DEFAULT_COLUMNS]
  const known = SORT_COLUMNS.filter((column) => value.includes(column))
  return known.includes('title') ? LIST_COLUMNS.map((definition) => definition.column).filter((column) => known.includes(column)) : [...DEFAULT_COLUMNS]
}

/** A sort read back from settings, or undefined if it is not one. */
export function validSort(value: unknown): SortSpec | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { column, direction } = value as Record<string, unknown>
  const known = SORT_COLUMNS.find((candidate) => candidate === column)
  return known && (direction === 'asc' || direction === 'desc') ? { column: known, direction } : undefined
}

/** A click on a header: the same column flips direction; another starts ascending (dates and years newest first). */
export function nextSort(current: SortSpec | 'relevance', column: SortColumn): SortSpec {
  if (current !== 'relevance' && current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
  return { column, direction: column === 'addedAt' || column === 'year' ? 'desc' : 'asc' }
}
