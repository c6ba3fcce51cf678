import type { CslItem } from '../../../shared/domain/csl'
import type { FieldProvenance } from '../../../shared/domain/provenance'
import type { SyncConflict } from '../../../shared/domain/rows'
import type { AxisRefDatabase } from './database'
import { asRewrite } from './revisions'
import type { NoteRecord, PaperRecord, Unstamped } from './schema'

/** Provenance of some fields; undefined: the field has none (it was removed, or never marked). */
export type FieldSources = Record<string, FieldProvenance | undefined>

/**
 * The part of a paper an edit touches: CSL fields (undefined: the field is removed), tags,
 * and where the edited fields came from (an edit marks them `user`; undo puts back the old marks).
 */
export interface PaperFields {
  csl?: Partial<CslItem>
  tags?: string[]
  fieldSources?: FieldSources
  /** The values other devices' edits kept beside the paper (sync): keep or restore takes one away. */
  syncConflicts?: SyncConflict[]
}

/**
 * One user edit as the values before and after it, so that undo is the same edit the other
 * way round. A note `null` before is a new note; `null` after is a deleted one.
 */
export type EditPatch =
  | { kind: 'paper'; paperId: string; before: PaperFields; after: PaperFields }
  | { kind: 'note'; paperId: string; noteId: string; before: Unstamped<NoteRecord> | null; after: Unstamped<NoteRecord> | null }
  | { kind: 'attachmentName'; paperId: string; attachmentId: string; before: string; after: string }
  | { kind: 'citationKey'; paperId: string; before: string; after: string }

/** The record is no longer what the edit expects (changed elsewhere, or gone). Nothing was written. */
export class EditConflictError extends Error {
  override name = 'EditConflictError'
}

/** The same edit backwards: what undo applies. */
export function invertEdit(patch: EditPatch): EditPatch {
  switch (patch.kind) {
    case 'paper':
      return { ...patch, before: patch.after, after: patch.before }
    case 'note':
      return { ...patch, before: patch.after, after: patch.before }
    case 'attachmentName':
      return { ...patch, before: patch.after, after: patch.before }
    case 'citationKey':
      return { ...patch, before: patch.after, after: patch.before }
  }
}

/**
 * Applies an edit in one transaction, after checking that the record still holds the
 * `before` values (else EditConflictError, and nothing changes). A paper edit updates
 * modifiedAt and the lower-case DOI and PMID copies the duplicate look-ups use.
 */
export async function applyEdit(db: AxisRefDatabase, patch: EditPatch, now = Date.now()): Promise<void> {
  switch (patch.kind) {
    case 'paper':
      return applyPaperEdit(db, patch, now)
    case 'note':
      return applyNoteEdit(db, patch, now)
    case 'citationKey':
      return applyCitationKeyEdit(db, patch, now)
    case 'attachmentName':
      return db.transaction('rw', db.attachments, async () => {
        const attachment = await db.attachments.get(patch.attachmentId)
        if (!attachment) throw new EditConflictError('This PDF is no longer in the library.')
        if (attachment.originalName !== patch.before) throw new EditConflictError(`The PDF is now named ${attachment.originalName}; the change was not made.`)
        await db.attachments.update(patch.attachmentId, { originalName: patch.after })
      })
  }
}

async function applyPaperEdit(db: AxisRefDatabase, patch: Extract<EditPatch, { kind: 'paper' }>, now: number): Promise<void> {
  await db.transaction('rw', db.papers, async () => {
    const paper = await db.papers.get(patch.paperId)
    if (!paper) throw new EditConflictError('This paper is no longer in the library.')
    const changed = Object.keys(patch.before.csl ?? {}).find((key) => !sameValue(paper.csl[key], patch.before.csl?.[key]))
    if (changed !== undefined) throw new EditConflictError(`The ${changed} of this paper changed meanwhile; the edit was not made.`)
    if (patch.before.tags && !sameValue(paper.tags, patch.before.tags)) throw new EditConflictError('The tags of this paper changed meanwhile; the edit was not made.')
    if (patch.before.syncConflicts && !sameValue(paper.syncConflicts ?? [], patch.before.syncConflicts)) throw new EditConflictError('Another device changed this paper meanwhile; the edit was not made.')
    await db.papers.put(withUserProvenance(withFields(paper, patch.after, now), paper, patch.after, now))
  })
}

/**
 * Marks the CSL fields an edit changed as the user's, so a registry lookup never overwrites
 * them (shared/lookup/complete.ts): a value the user chose outranks every source. Fields whose
 * provenance the patch carries itself (the details pane's edits and their undo) keep it.
 */
function withUserProvenance(next: PaperRecord, before: PaperRecord, fields: PaperFields, now: number): PaperRecord {
  // a patch that says where its values came from (an undo puts the old marks back) is taken at its word
  const changed = Object.keys(fields.csl ?? {}).filter((key) => !sameValue(before.csl[key], next.csl[key]) && !(fields.fieldSources && key in fields.fieldSources))
  if (changed.length === 0) return next
  const fieldSources = { ...next.fieldSources }
  for (const key of changed) fieldSources[key] = { source: 'user', confidence: 1, at: now, by: 'user' }
  return { ...next, fieldSources }
}

/** The paper with the fields set (removed where undefined) and its look-up copies in step. */
export function withFields(paper: PaperRecord, fields: PaperFields, now: number): PaperRecord {
  const csl: CslItem = { id: paper.csl.id, type: paper.csl.type }
  for (const [key, value] of Object.entries({ ...paper.csl, ...fields.csl })) if (value !== undefined) csl[key] = value
  const next: PaperRecord = { ...paper, csl, tags: fields.tags ?? paper.tags, modifiedAt: now }
  if (fields.fieldSources) next.fieldSources = withSources(paper.fieldSources, fields.fieldSources)
  if (fields.syncConflicts) next.syncConflicts = fields.syncConflicts
  if (next.syncConflicts?.length === 0) delete next.syncConflicts
  delete next.doi
  delete next.pmid
  if (csl.DOI) next.doi = csl.DOI.toLowerCase()
  if (csl.PMID !== undefined && csl.PMID !== '') next.pmid = String(csl.PMID)
  return next
}

function withSources(current: PaperRecord['fieldSources'], changes: FieldSources): PaperRecord['fieldSources'] {
  const next: NonNullable<PaperRecord['fieldSources']> = {}
  for (const [key, value] of Object.entries({ ...current, ...changes })) if (value !== undefined) next[key] = value
  return next
}

async function applyCitationKeyEdit(db: AxisRefDatabase, patch: Extract<EditPatch, { kind: 'citationKey' }>, now: number): Promise<void> {
  await db.transaction('rw', db.papers, async () => {
    const paper = await db.papers.get(patch.paperId)
    if (!paper) throw new EditConflictError('This paper is no longer in the library.')
    if (paper.citationKey !== patch.before) throw new EditConflictError(`The citation key is now ${paper.citationKey}; the change was not made.`)
    // keys differing only in case clash in BibTeX, so the check ignores case
    const holder = await db.papers.where('citationKey').equalsIgnoreCase(patch.after).filter((other) => other.id !== patch.paperId).first()
    if (holder) throw new EditConflictError(`Another paper has the key ${holder.citationKey} now; the change was not made.`)
    await db.papers.update(patch.paperId, { citationKey: patch.after, modifiedAt: now })
  })
}

async function applyNoteEdit(db: AxisRefDatabase, patch: Extract<EditPatch, { kind: 'note' }>, now: number): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(patch.noteId)
    if ((note?.markdown ?? null) !== (patch.before?.markdown ?? null)) throw new EditConflictError('This note changed meanwhile; the edit was not made.')
    if (patch.after === null) await db.notes.delete(patch.noteId)
    else await db.notes.put({ ...asRewrite(patch.after), id: patch.noteId, paperId: patch.paperId, modifiedAt: now })
  })
}

/** Deep equality of JSON-like values; a missing property equals an undefined one. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const left = new Map<string, unknown>(Object.entries(a))
  const right = new Map<string, unknown>(Object.entries(b))
  const keys = new Set([...left.keys(), ...right.keys()])
  return [...keys].every((key) => sameValue(left.get(key), right.get(key)))
}
