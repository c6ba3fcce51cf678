import type { AxisRefApi } from '../../../../shared/ipc/api'
import { attachmentsWithoutText, saveFullText, type AxisRefDatabase } from '../../db'

/** Files read at once: the host's parser workers (about one per core) stay busy between calls. */
const LANES = 3

/**
 * The background phase after papers are visible: the text of every page of each new PDF,
 * for full-text search, a few files at a time. It cannot starve a next import: the host's
 * parser takes any waiting metadata read before the next full text. A file that fails is
 * marked and not tried again in this session.
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
    const lane = async (): Promise<void> => {
      for (let attachment = pending.shift(); attachment && !signal?.aborted; attachment = pending.shift()) {
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
    await Promise.all(Array.from({ length: LANES }, lane))
  }
}
