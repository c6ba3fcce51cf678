import type { AxisRefApi } from '../../../../shared/ipc/api'
import { clearFullTextFailure, findPaperByKey, reattachOrphanedRows, recoverAsPaper, removeAttachmentRecords, replaceAttachmentFile, trashPapers, type AxisRefDatabase } from '../../db'
import { citationKeyBase, importPdfs, indexFullTexts } from '../import'
import type { LibraryProblem, RepairAction } from './problems'

export type RepairApi = Pick<
  AxisRefApi,
  'relinkLibraryFile' | 'moveLibraryFileToTrash' | 'openFileDialog' | 'storePdfFile' | 'storePdfData' | 'discardStoredPdf' | 'extractPdfMetadata' | 'extractPdfFullText' | 'getLibraryLocation'
>

/** What a repair did, in words; `done: false` when the user canceled or it failed (the problem stays). */
export interface RepairResult {
  done: boolean
  message: string
}

const canceled: RepairResult = { done: false, message: '' }

/**
 * Carries out one repair. Files are only ever moved into the library's trash folder, never
 * deleted; records change only in IndexedDB, through the repository functions.
 */
export async function repairProblem(action: RepairAction, problem: LibraryProblem, deps: { api: RepairApi; db: AxisRefDatabase }): Promise<RepairResult> {
  const { api, db } = deps
  switch (action) {
    case 'relink': {
      const relinked = await api.relinkLibraryFile({ hash: problem.hash ?? '' })
      if (!relinked.ok) return { done: false, message: relinked.error.message }
      if (relinked.value.canceled) return canceled
      const trashed = relinked.value.trashed ? ` The damaged file was moved to ${relinked.value.trashed}.` : ''
      // its text could not be read while the file was lost: read it now that it is back
      for (const id of problem.attachmentIds) await clearFullTextFailure(db, id)
      void indexFullTexts(api, db)
      return { done: true, message: `The PDF is back in the library.${trashed}` }
    }
    case 'replace':
      return replaceFile(problem, deps)
    case 'import':
      return importAsPaper(problem, deps)
    case 'trash-file':
      return trashFile(api, problem.path)
    case 'remove-attachment': {
      if (problem.kind === 'mismatch') {
        const trashed = await trashFile(api, problem.path)
        if (!trashed.done) return trashed
      }
      await removeAttachmentRecords(db, [...problem.attachmentIds, ...(problem.orphans?.rows.fullTexts ?? [])])
      return { done: true, message: problem.kind === 'dangling' ? 'The record was removed.' : 'The paper is kept without its PDF.' }
    }
    case 'trash-paper':
      await trashPapers(db, problem.paperIds)
      return { done: true, message: `${problem.paperIds.length === 1 ? 'The paper was' : 'The papers were'} moved to the trash.` }
    case 'reattach': {
      const home = problem.orphans?.home
      if (!problem.orphans || !home) return { done: false, message: 'The check does not know where these belong: attach them by citation key instead.' }
      await reattachOrphanedRows(db, problem.orphans.paperId, home.paperId)
      return { done: true, message: `${orphanWords(problem)} attached to ${(await db.papers.get(home.paperId))?.citationKey ?? 'the paper'}.` }
    }
    case 'recover-paper': {
      if (!problem.orphans) return { done: false, message: 'Nothing to recover.' }
      const paper = await recoverAsPaper(db, problem.orphans.paperId)
      return { done: true, message: `${orphanWords(problem)} kept as the paper “${paper.csl.title ?? ''}” (${paper.citationKey}), tagged “recovered”.` }
    }
  }
}

/**
 * Attaches the rows of a gone paper to the paper with this citation key (or the key a merge
 * made an alias); says in words when no paper has it.
 */
export async function attachOrphansToKey(problem: LibraryProblem, key: string, db: AxisRefDatabase): Promise<RepairResult> {
  if (!problem.orphans) return { done: false, message: 'Nothing to attach.' }
  const paper = await findPaperByKey(db, key)
  if (!paper) return { done: false, message: `No paper has the citation key “${key.trim()}”: copy it from the paper's details and try again.` }
  await reattachOrphanedRows(db, problem.orphans.paperId, paper.id)
  return { done: true, message: `${orphanWords(problem)} attached to ${paper.citationKey}.` }
}

function orphanWords(problem: LibraryProblem): string {
  const rows = problem.orphans?.rows
  const total = rows ? rows.annotations.length + rows.notes.length + rows.attachments.length : 0
  return total === 1 ? 'It was' : `${total} records were`
}

async function trashFile(api: RepairApi, path: string): Promise<RepairResult> {
  const moved = await api.moveLibraryFileToTrash({ path })
  return moved.ok ? { done: true, message: `Moved to ${moved.value.trashedTo} in the library folder.` } : { done: false, message: moved.error.message }
}

/** The user picks another PDF to stand for the lost or damaged one; the records point at it. */
async function replaceFile(problem: LibraryProblem, deps: { api: RepairApi; db: AxisRefDatabase }): Promise<RepairResult> {
  const picked = await deps.api.openFileDialog({ purpose: 'pdf', multiple: false })
  if (!picked.ok) return { done: false, message: picked.error.message }
  const file = picked.value.files[0]
  if (picked.value.canceled || !file) return canceled
  if (problem.kind === 'mismatch') {
    const trashed = await trashFile(deps.api, problem.path)
    if (!trashed.done) return trashed
  }
  const stored = await deps.api.storePdfFile({ path: file.path })
  if (!stored.ok) return { done: false, message: stored.error.message }
  await replaceAttachmentFile(deps.db, problem.attachmentIds, { hash: stored.value.hash, size: stored.value.size, originalName: file.name })
  void indexFullTexts(deps.api, deps.db)
  return { done: true, message: `${file.name} is now the paper's PDF.` }
}

/** A PDF in the library folder that no paper points to becomes a paper of its own. */
async function importAsPaper(problem: LibraryProblem, deps: { api: RepairApi; db: AxisRefDatabase }): Promise<RepairResult> {
  const location = await deps.api.getLibraryLocation()
  if (!location.ok) return { done: false, message: location.error.message }
  const name = problem.path.split('/').pop() ?? problem.path
  const [outcome] = await importPdfs([{ kind: 'path', path: `${location.value.path}/${problem.path}`, name }], { api: deps.api, db: deps.db, keyBase: (item) => citationKeyBase(item) })
  if (!outcome || outcome.status === 'failed') return { done: false, message: outcome ? `${name} could not be imported: ${outcome.reason}` : '' }
  // a stray file was copied into the store under its hash: the original goes to the trash, not away
  if (problem.kind === 'unexpected') await trashFile(deps.api, problem.path)
  void indexFullTexts(deps.api, deps.db)
  return { done: true, message: outcome.status === 'added' ? `Imported as “${outcome.title}”.` : `Already in the library as “${outcome.title}”.` }
}
