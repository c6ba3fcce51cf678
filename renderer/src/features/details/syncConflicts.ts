import { cslItemSchema, type CslDate, type CslItem } from '../../../../shared/domain/csl'
import type { SyncConflict } from '../../../../shared/domain/rows'
import type { EditPatch, PaperRecord } from '../../db'
import { cslEdit, fieldsFor } from './fields'
import { displayValue } from './provenance'

/** The paper's own fields as the pane names them (CSL fields are named by `fieldsFor`). */
const OWN_FIELDS: Readonly<Record<string, string>> = {
  tags: 'Tags',
  studyType: 'Study type',
  axisNodes: 'Axis tags',
  collections: 'Collections',
  citationKey: 'Citation key',
  trashedAt: 'In the trash',
}
const CSL_NAMES: Readonly<Record<string, string>> = { author: 'Authors', editor: 'Editors', type: 'Type' }
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A conflict's field as the details pane labels it ("Journal", a thesis's "University", "Tags"). */
export function conflictFieldLabel(field: string, item: CslItem): string {
  const key = cslKeyOf(field)
  if (key === undefined) return OWN_FIELDS[field] ?? field
  return fieldsFor(item).find((spec) => spec.key === key)?.label ?? CSL_NAMES[key] ?? key
}

/** The CSL field a conflict names (`csl.title` → `title`), or undefined for a field of the paper's own. */
export function cslKeyOf(field: string): string | undefined {
  return field.startsWith('csl.') ? field.slice('csl.'.length) : undefined
}

/** The other device's value in words: names as names, a date as a date, a list as a list; a removed field says so. */
export function conflictValueWords(conflict: SyncConflict): string {
  const { value } = conflict
  if (value === undefined || value === null || value === '') return '(removed)'
  if (isDate(value)) return dateWords(value)
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (conflict.field === 'trashedAt' && typeof value === 'number') return new Date(value).toLocaleDateString()
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value.length === 0 ? '(none)' : value.join(', ')
  return displayValue(value)
}

function isDate(value: unknown): value is CslDate {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('date-parts' in value || 'literal' in value || 'raw' in value)
}

function dateWords(date: CslDate): string {
  const [year, month, day] = date['date-parts']?.[0] ?? []
  if (year === undefined) return date.literal ?? date.raw ?? '(no date)'
  const monthName = typeof month === 'number' ? MONTHS[month - 1] : undefined
  if (!monthName) return String(year)
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`
}

/** Keeping the paper's value: the edit that takes the conflict away (undoable like any edit). */
export function keepEdit(paper: PaperRecord, conflict: SyncConflict): EditPatch {
  return { kind: 'paper', paperId: paper.id, before: { syncConflicts: paper.syncConflicts ?? [] }, after: { syncConflicts: without(paper, conflict) } }
}

/**
 * Restoring the other device's value: the user's edit of that field (marked "you", so a
 * lookup never overwrites it) and the conflict taken away, in one undoable edit. A value the
 * record's schema refuses, or a field the pane cannot edit, is refused in words.
 */
export function restoreEdit(paper: PaperRecord, conflict: SyncConflict, now: number): { patch: EditPatch } | { refused: string } {
  const rest = { before: { syncConflicts: paper.syncConflicts ?? [] }, after: { syncConflicts: without(paper, conflict) } }
  const key = cslKeyOf(conflict.field)
  if (key !== undefined) {
    const checked = cslItemSchema.safeParse({ ...paper.csl, [key]: conflict.value })
    if (!checked.success || key === 'id') return { refused: `The other device's ${conflictFieldLabel(conflict.field, paper.csl)} is not a value this record can hold, so it was not restored.` }
    const edit = cslEdit(paper.id, paper.csl, { [key]: conflict.value }, { sources: paper.fieldSources, at: now })
    if (!edit || edit.kind !== 'paper') return { patch: { kind: 'paper', paperId: paper.id, ...rest } }
    return { patch: { ...edit, before: { ...edit.before, ...rest.before }, after: { ...edit.after, ...rest.after } } }
  }
  if (conflict.field === 'tags' && Array.isArray(conflict.value) && conflict.value.every((tag) => typeof tag === 'string')) {
    return { patch: { kind: 'paper', paperId: paper.id, before: { tags: paper.tags, ...rest.before }, after: { tags: conflict.value, ...rest.after } } }
  }
  return { refused: `${conflictFieldLabel(conflict.field, paper.csl)} cannot be restored from here: set it in its own place.` }
}

/** Whether Restore can put this field back (the CSL fields and the tags). */
export function canRestore(conflict: SyncConflict): boolean {
  return cslKeyOf(conflict.field) !== undefined || conflict.field === 'tags'
}

function without(paper: PaperRecord, conflict: SyncConflict): SyncConflict[] {
  return (paper.syncConflicts ?? []).filter((other) => other !== conflict)
}
