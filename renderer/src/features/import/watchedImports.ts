import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { ImportOutcome, ImportSource } from './importPdfs'

/**
 * Watched-folder files whose papers are in the library after an import: added now, or found
 * to be there already. A failed or unfinished file is not among them, so the host offers it
 * again at the next start.
 */
export function collectWrittenWatchedFiles(): { paths: string[]; onSettled: (source: ImportSource, outcome: ImportOutcome) => void } {
  const paths: string[] = []
  return {
    paths,
    onSettled: (source, outcome) => {
      if (source.kind === 'path' && source.watched && outcome.status !== 'failed') paths.push(source.path)
    },
  }
}

/**
 * Tells the host those files are done. A failure costs nothing but a second look at the next
 * start (the file is then found to be in the library already); it is still said, as an outcome.
 */
export async function confirmWatchedFiles(api: Pick<AxisRefApi, 'confirmWatchedFilesImported'>, paths: readonly string[]): Promise<ImportOutcome[]> {
  if (paths.length === 0) return []
  const answer = await api.confirmWatchedFilesImported({ paths: [...paths] })
  if (answer.ok) return []
  return [{ name: 'Watched folder', status: 'failed', reason: `AxisRef could not note that ${paths.length} file(s) were imported (${answer.error.message}); they will be looked at again at the next start and found to be in the library already.` }]
}
