import type { CslItem, ExtractedItem } from '../../../../shared/domain/csl'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import { attachPdfToPaper, detachPdf, type AxisRefDatabase } from '../../db'
import { storePdf, type ImportSource } from './importPdfs'
import { titlesMatch } from '../../../../shared/lookup/titleMatch'

export type AttachOutcome =
  /** Attached; `warnings` say, in words, where the PDF does not fit the record. */
  | { status: 'attached'; name: string; paperId: string; attachmentId: string; hash: string; newlyStored: boolean; warnings: string[] }
  | { status: 'refused'; name: string; message: string }

export interface AttachPdfDeps {
  api: Pick<AxisRefApi, 'storePdfFile' | 'storePdfData' | 'discardStoredPdf' | 'extractPdfMetadata'>
  db: AxisRefDatabase
}

/**
 * Attaches a PDF to a paper already in the library, as an import stores it: the bytes under
 * their hash, the metadata read (for the page count, and to compare), an attachment row on
 * THAT paper. A PDF any paper has already is not attached again. The PDF is attached even
 * when its DOI or title does not fit the record (the user chose this file for this paper);
 * the outcome says so, and the details pane offers to detach it.
 */
export async function attachPdf(paperId: string, source: ImportSource, deps: AttachPdfDeps): Promise<AttachOutcome> {
  const { api, db } = deps
  const name = source.name
  const paper = await db.papers.get(paperId)
  if (!paper) return { status: 'refused', name, message: `${name} was not attached: the paper is no longer in the library.` }
  const stored = await storePdf(source, api)
  if (!stored.ok) return { status: 'refused', name, message: stored.error.message }
  const { hash, newlyStored, size } = stored.value
  const read = await api.extractPdfMetadata({ hash, originalName: name })
  if (!read.ok) return { status: 'refused', name, message: read.error.message + (newlyStored ? await discard(api, hash) : '') }
  const { item, pageCount, noTextLayer } = read.value
  const result = await attachPdfToPaper(db, paperId, { hash, size, originalName: name, pageCount, scanned: noTextLayer })
  if (result.status === 'gone') return { status: 'refused', name, message: `${name} was not attached: the paper is no longer in the library.${newlyStored ? await discard(api, hash) : ''}` }
  if (result.status === 'already') {
    const holder = result.paper
    const message =
      holder?.id === paperId
        ? `${name} is already attached to this paper.`
        : `${name} was not attached: it is already the PDF of “${holder?.csl.title ?? holder?.citationKey ?? 'another paper'}”${holder ? ` (${holder.citationKey})` : ''}. If the two are the same paper, merge them in Find duplicates.`
    return { status: 'refused', name, message }
  }
  return { status: 'attached', name, paperId, attachmentId: result.attachment.id, hash, newlyStored, warnings: mismatchWarnings(paper.csl, item) }
}

/**
 * Where a PDF's own metadata does not fit the record it is attached to: another DOI, or
 * (when the DOIs do not already agree) another title. Empty when nothing disagrees.
 */
export function mismatchWarnings(record: CslItem, pdf: ExtractedItem): string[] {
  const warnings: string[] = []
  const sameDoi = record.DOI !== undefined && pdf.DOI !== undefined && record.DOI.toLowerCase() === pdf.DOI.toLowerCase()
  if (record.DOI && pdf.DOI && !sameDoi) warnings.push(`The PDF's DOI is ${pdf.DOI}, the record's ${record.DOI}.`)
  if (!sameDoi && record.title && pdf.title && !titlesMatch(record.title, pdf.title)) warnings.push(`The PDF's title, “${pdf.title}”, is not the record's.`)
  return warnings
}

/** The outcome in words, for the status line or the details pane. */
export function describeAttach(outcome: AttachOutcome): string {
  if (outcome.status === 'refused') return outcome.message
  if (outcome.warnings.length === 0) return `Attached ${outcome.name}.`
  return `Attached ${outcome.name}, but check that it is this paper's PDF: ${outcome.warnings.join(' ')}`
}

/** Takes a just-attached PDF off its paper again; its file goes too unless it was in the library before. */
export async function detachAttached(outcome: Extract<AttachOutcome, { status: 'attached' }>, deps: AttachPdfDeps): Promise<string> {
  const { removed, hashStillUsed } = await detachPdf(deps.db, outcome.attachmentId)
  if (!removed) return `${outcome.name} is no longer attached.`
  return `Detached ${outcome.name}.${outcome.newlyStored && !hashStillUsed ? await discard(deps.api, outcome.hash) : ''}`
}

/** Removes a stored file no paper points to; what went wrong is said after the outcome, not hidden. */
async function discard(api: AttachPdfDeps['api'], hash: string): Promise<string> {
  const result = await api.discardStoredPdf({ hash })
  return result.ok ? '' : ` Its stored copy could not be removed (${result.error.message}); Check library lists it.`
}
