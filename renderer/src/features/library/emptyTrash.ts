import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { ChannelOutput } from '../../../../shared/ipc/contract'
import { emptyTrashFreeingFiles, type AxisRefDatabase } from '../../db'

function papers(count: number): string {
  return `${count.toLocaleString('en')} paper${count === 1 ? '' : 's'}`
}

function pdfs(count: number): string {
  return `${count.toLocaleString('en')} PDF${count === 1 ? '' : 's'}`
}

/**
 * Empties the trash, then asks the host to take away the PDFs no remaining paper uses (a
 * PDF shared with a paper that stays is kept). Resolves to what happened, in words: the
 * papers are deleted whatever becomes of the files, and files that could not be removed are
 * named, for the library check offers them again.
 */
export async function emptyTrashAndRemoveFiles(db: AxisRefDatabase, api: Pick<AxisRefApi, 'removeUnusedPdfs'>): Promise<string> {
  const { deleted, unusedHashes } = await emptyTrashFreeingFiles(db)
  const done = `Deleted ${papers(deleted)} for good`
  if (unusedHashes.length === 0) return `${done}.`
  const answer = await api.removeUnusedPdfs({ hashes: unusedHashes })
  if (!answer.ok) return `${done}, but their ${pdfs(unusedHashes.length)} could not be removed from the library folder: ${answer.error.message} The library check will offer them again.`
  return `${done}${removedPart(answer.value)}${failedPart(answer.value)}`
}

function removedPart({ removed }: ChannelOutput<'removeUnusedPdfs'>): string {
  if (removed.length === 0) return ''
  const where = removed.every((file) => file.to === 'system-trash') ? 'the system trash' : "the library's trash folder"
  return `; ${pdfs(removed.length)} no other paper uses went to ${where}`
}

function failedPart({ failed }: ChannelOutput<'removeUnusedPdfs'>): string {
  if (failed.length === 0) return '.'
  const named = failed.slice(0, 3).map((file) => `${file.hash.slice(0, 12)}… (${file.message})`)
  const more = failed.length > 3 ? ` and ${failed.length - 3} more` : ''
  return `. ${pdfs(failed.length)} could not be removed: ${named.join('; ')}${more}. The library check will offer ${failed.length === 1 ? 'it' : 'them'} again.`
}
