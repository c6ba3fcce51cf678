import type { AxisRefApi } from '../../../../shared/ipc/api'
import { attachmentsWithoutText, saveFullText, type AxisRefDatabase } from '../../db'

/**
 * The background phase after papers are visible: the text of every page of each new PDF,
 * for full-text search. One file at a time so the metadata phase of a next import is not
 * starved; a file that fails is marked and not tried again in this session.
 */
export async function indexFullTexts(
  api: Pick<AxisRefApi, 'extractPdfFullText'>,
  db: AxisRefDatabase,
  signal?: AbortSignal,
): Promise<{ indexed: number; failed: number }> {
  let indexed = 0
  let failed = 0
  const tried = new Set<string>()
  for (;;) {
    const pending = (await attachmentsWithoutText(db)).filter((attachment) => !tried.has(attachment.id))
    if (pending.length === 0 || signal?.aborted) return { indexed, failed }
    for (const attachment of pending) {
      if (signal?.aborted) return { indexed, failed }
      tried.add(attachment.id)
      const result = await api.extractPdfFullText({ hash: attachment.hash })
      if (result.ok && result.value.ok) {
        await saveFullText(db, attachment, result.value.text, result.value.truncated)
        indexed++
      } else {
        failed++
      }
    }
  }
}
