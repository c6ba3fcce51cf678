import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { AxisRefDatabase } from '../../db'
import { indexFullTexts } from '../import'
import { restoreLibrarySnapshot } from './snapshot'

/**
 * "Restore from archive…": only into an empty library. The host checks every PDF in the
 * archive against its hash and writes them into the (empty) library folder; then its
 * snapshot is loaded into IndexedDB. Resolves to what happened, in words.
 */
export async function restoreFromArchive(api: Pick<AxisRefApi, 'restoreLibraryArchive' | 'extractPdfFullText'>, db: AxisRefDatabase): Promise<string> {
  const papers = await db.papers.count()
  if (papers > 0) {
    return `Your library already has ${papers} paper${papers === 1 ? '' : 's'}. An archive is restored only into an empty library, so nothing you have is overwritten: choose a new, empty library folder first (Library folder → Change…).`
  }
  const result = await api.restoreLibraryArchive()
  if (!result.ok) return result.error.message
  const { restored } = result.value
  if (result.value.canceled || !restored) return ''
  const count = await restoreLibrarySnapshot(db, restored.snapshot)
  void indexFullTexts(api, db)
  const missing = restored.missing.length > 0 ? ` ${restored.missing.length} PDFs were already missing when the archive was made.` : ''
  return `Restored ${count} paper${count === 1 ? '' : 's'} and ${restored.files} PDF${restored.files === 1 ? '' : 's'} from ${restored.archive}, every PDF checked.${missing}`
}
