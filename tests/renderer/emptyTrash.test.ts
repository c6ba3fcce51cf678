import { describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract'
import { fail, ok, type Result } from '../../shared/ipc/result'
import { addPaper, openDatabase, trashPapers, type AxisRefDatabase } from '../../renderer/src/db'
import { emptyTrashAndRemoveFiles } from '../../renderer/src/features/library/emptyTrash'

let count = 0
const HASH = { shared: 'a'.repeat(64), onlyTrashed: 'b'.repeat(64), twiceTrashed: 'c'.repeat(64), kept: 'd'.repeat(64) }

async function paperWith(db: AxisRefDatabase, key: string, hashes: string[]): Promise<string> {
  const { id } = await addPaper(db, { csl: { id: key, type: 'article-journal', title: key }, citationKey: key }, 1)
  for (const [index, hash] of hashes.entries()) {
    await db.attachments.add({ id: `${key}-${index}`, paperId: id, hash, size: 1, originalName: `${key}.pdf`, textExtracted: false, addedAt: 1 })
  }
  return id
}

/** A host that records what it is asked to remove, and what the database held at that moment. */
function recordingHost(db: AxisRefDatabase, answer?: (hashes: string[]) => Result<ChannelOutput<'removeUnusedPdfs'>>) {
  const calls: { hashes: string[]; attachmentsStillThere: number }[] = []
  return {
    calls,
    api: {
      removeUnusedPdfs: async ({ hashes }: ChannelInput<'removeUnusedPdfs'>) => {
        calls.push({ hashes, attachmentsStillThere: await db.attachments.where('hash').anyOf(hashes).count() })
        return answer ? answer(hashes) : ok({ removed: hashes.map((hash) => ({ hash, to: 'library-trash' as const })), failed: [] })
      },
    },
  }
}

async function libraryWithTrash() {
  const db = openDatabase(`empty-trash-${++count}`)
  const trashedA = await paperWith(db, 'maes2008', [HASH.shared, HASH.onlyTrashed, HASH.twiceTrashed])
  const trashedB = await paperWith(db, 'cryan2012', [HASH.twiceTrashed])
  await paperWith(db, 'raison2013', [HASH.shared, HASH.kept])
  await trashPapers(db, [trashedA, trashedB])
  return db
}

describe('emptying the trash', () => {
  it('sends exactly the hashes no remaining paper uses, once each, after the papers are deleted', async () => {
    const db = await libraryWithTrash()
    const host = recordingHost(db)
    const message = await emptyTrashAndRemoveFiles(db, host.api)
    expect(host.calls).toHaveLength(1)
    expect(host.calls[0]?.hashes.sort()).toEqual([HASH.onlyTrashed, HASH.twiceTrashed])
    expect(host.calls[0]?.attachmentsStillThere).toBe(0)
    expect(message).toBe("Deleted 2 papers for good; 2 PDFs no other paper uses went to the library's trash folder.")
    expect((await db.attachments.toArray()).map((attachment) => attachment.hash).sort()).toEqual([HASH.shared, HASH.kept])
  })

  it('asks nothing of the host when every PDF is still used, or the trash is empty', async () => {
    const db = openDatabase(`empty-trash-${++count}`)
    const trashed = await paperWith(db, 'maes2008', [HASH.shared])
    await paperWith(db, 'raison2013', [HASH.shared])
    await trashPapers(db, [trashed])
    const host = recordingHost(db)
    expect(await emptyTrashAndRemoveFiles(db, host.api)).toBe('Deleted 1 paper for good.')
    expect(await emptyTrashAndRemoveFiles(db, host.api)).toBe('Deleted 0 papers for good.')
    expect(host.calls).toEqual([])
  })

  it('says which files could not be removed, and that the papers are deleted all the same', async () => {
    const db = await libraryWithTrash()
    const host = recordingHost(db, (hashes) =>
      ok({ removed: [{ hash: HASH.onlyTrashed, to: 'system-trash' as const }], failed: hashes.filter((hash) => hash !== HASH.onlyTrashed).map((hash) => ({ hash, message: 'files/cc/c….pdf could not be moved to the trash (EACCES).' })) }),
    )
    expect(await emptyTrashAndRemoveFiles(db, host.api)).toBe(
      `Deleted 2 papers for good; 1 PDF no other paper uses went to the system trash. 1 PDF could not be removed: ${HASH.twiceTrashed.slice(0, 12)}… (files/cc/c….pdf could not be moved to the trash (EACCES).). The library check will offer it again.`,
    )
    expect(await db.papers.count()).toBe(1)

    const again = await libraryWithTrash()
    const down = recordingHost(again, () => fail('UNAVAILABLE', 'AxisRef lost contact with its host process.'))
    expect(await emptyTrashAndRemoveFiles(again, down.api)).toMatch(/^Deleted 2 papers for good, but their 2 PDFs could not be removed from the library folder: AxisRef lost contact.*The library check will offer them again\.$/)
    expect(await again.papers.count()).toBe(1)
  })
})
