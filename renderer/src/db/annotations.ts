import { useLiveQuery } from 'dexie-react-hooks'
import type { AxisRefDatabase } from './database'
import { useDatabase } from './DatabaseContext'
import type { AnnotationRecord } from './schema'

export type NewAnnotation = Pick<AnnotationRecord, 'paperId' | 'attachmentId' | 'page' | 'kind' | 'rects'> &
  Partial<Pick<AnnotationRecord, 'quote' | 'comment' | 'color'>>

export type AnnotationChanges = Partial<Pick<AnnotationRecord, 'comment' | 'color' | 'quote'>>

/**
 * Stores a highlight or a note on a page. The attachment must be a file of the paper and the
 * page a real page number, so an annotation never points at nothing; a highlight needs the
 * rectangles it covers. Throws an Error in words otherwise (a bug in the caller, not the user).
 */
export async function addAnnotation(db: AxisRefDatabase, input: NewAnnotation, now: number = Date.now()): Promise<AnnotationRecord> {
  if (!Number.isInteger(input.page) || input.page < 1) throw new Error(`Page ${input.page} is not a page number.`)
  if (input.kind === 'highlight' && input.rects.length === 0) throw new Error('A highlight needs the area it covers.')
  return db.transaction('rw', db.attachments, db.annotations, async () => {
    const attachment = await db.attachments.get(input.attachmentId)
    if (!attachment || attachment.paperId !== input.paperId) throw new Error('That PDF is not a file of this paper.')
    if (attachment.pageCount !== undefined && input.page > attachment.pageCount) throw new Error(`The PDF has ${attachment.pageCount} pages, not ${input.page}.`)
    const record: AnnotationRecord = { ...withoutBlanks(input), id: crypto.randomUUID(), createdAt: now, modifiedAt: now, revision: 1 }
    await db.annotations.add(record)
    return record
  })
}

/** Changes an annotation's note, colour or quote; an emptied note is removed. False if it is gone. */
export async function updateAnnotation(db: AxisRefDatabase, id: string, changes: AnnotationChanges, now: number = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id)
    if (!current) return false
    await db.annotations.put({ ...withoutBlanks({ ...current, ...changes }), modifiedAt: now })
    return true
  })
}

export async function deleteAnnotation(db: AxisRefDatabase, id: string): Promise<void> {
  await db.annotations.delete(id)
}

/** A paper's annotations in reading order: by page, then top to bottom, then oldest first. */
export async function listPaperAnnotations(db: AxisRefDatabase, paperId: string): Promise<AnnotationRecord[]> {
  const annotations = await db.annotations.where('paperId').equals(paperId).toArray()
  return annotations.sort(compareReadingOrder)
}

export function compareReadingOrder(a: AnnotationRecord, b: AnnotationRecord): number {
  return a.page - b.page || topOf(b) - topOf(a) || leftOf(a) - leftOf(b) || a.createdAt - b.createdAt
}

/** Live list for components; undefined while loading. */
export function usePaperAnnotations(paperId: string | undefined): AnnotationRecord[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => (paperId ? listPaperAnnotations(db, paperId) : []), [db, paperId])
}

// PDF user space has its origin bottom-left: the top of a rectangle is its larger y
function topOf(annotation: AnnotationRecord): number {
  return Math.max(...annotation.rects.map((rect) => rect.y + rect.height), 0)
}

function leftOf(annotation: AnnotationRecord): number {
  return Math.min(...annotation.rects.map((rect) => rect.x), Number.MAX_SAFE_INTEGER)
}

/** Drops a whitespace-only note or quote so the Markdown export and lists never show empty lines. */
function withoutBlanks<T extends AnnotationChanges>(record: T): Omit<T, 'comment' | 'quote'> & Pick<AnnotationChanges, 'comment' | 'quote'> {
  const { comment, quote, ...rest } = record
  return { ...rest, ...(comment?.trim() ? { comment } : {}), ...(quote?.trim() ? { quote } : {}) }
}
