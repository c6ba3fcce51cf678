import { describe, expect, it, vi } from 'vitest'
import { buildSnapshot } from '../../shared/backup/snapshot'
import { ok } from '../../shared/ipc/result'
import { addPaper, openDatabase } from '../../renderer/src/db'
import { buildLibrarySnapshot, restoreFromArchive } from '../../renderer/src/features/backup'

let count = 0
const HASH = 'e'.repeat(64)

const snapshot = buildSnapshot(
  {
    papers: [{ id: 'p1', citationKey: 'maes2008gut', csl: { id: 'p1', type: 'article-journal', title: 'The gut-brain barrier' }, tags: ['PNI'], axisNodes: [], collections: [], addedAt: 1, modifiedAt: 2 }],
    attachments: [{ id: 'a1', paperId: 'p1', hash: HASH, size: 10, originalName: 'maes.pdf', textExtracted: true, addedAt: 1 }],
    notes: [{ id: 'n1', paperId: 'p1', markdown: 'IL-6 ↑', createdAt: 1, modifiedAt: 1 }],
  },
  { createdAt: '2026-11-26T12:00:00.000Z' },
)

describe('restoring an archive in the renderer', () => {
  it('refuses a library that has papers without asking the host, saying what to do', async () => {
    const db = openDatabase(`restore-${++count}`)
    await addPaper(db, { csl: { id: 'x', type: 'book', title: 'Mine' }, citationKey: 'mine' })
    const api = { restoreLibraryArchive: vi.fn(), extractPdfFullText: vi.fn() }
    expect(await restoreFromArchive(api, db)).toMatch(/already has 1 paper\. An archive is restored only into an empty library/)
    expect(api.restoreLibraryArchive).not.toHaveBeenCalled()
    expect(await db.papers.count()).toBe(1)
  })

  it('loads the archive\'s snapshot into an empty library, every record equal, and reads each PDF\'s text again', async () => {
    const db = openDatabase(`restore-${++count}`)
    const api = {
      restoreLibraryArchive: vi.fn(async () => ok({ canceled: false, restored: { snapshot, files: 1, missing: [], archive: 'AxisRef library.zip' } })),
      extractPdfFullText: vi.fn(async () => ok({ text: 'IL-6 and the gut barrier', pageCount: 3, truncated: false })),
    }
    expect(await restoreFromArchive(api, db)).toBe('Restored 1 paper and 1 PDF from AxisRef library.zip, every PDF checked.')
    await vi.waitFor(async () => expect(await db.fullTexts.get('a1')).toMatchObject({ text: 'IL-6 and the gut barrier' }))
    expect(api.extractPdfFullText).toHaveBeenCalledWith({ hash: HASH })
    const again = await buildLibrarySnapshot(db)
    // every record as it was, now with what sync needs (this snapshot is older than the sync fields)
    const stamped = { modifiedAt: expect.any(Number), revision: 1 }
    expect({ ...again, createdAt: snapshot.createdAt, appVersion: snapshot.appVersion }).toEqual({
      ...snapshot,
      papers: snapshot.papers.map((paper) => ({ ...paper, revision: 1 })),
      // read again after the restore: a second revision
      attachments: snapshot.attachments.map((attachment) => ({ ...attachment, ...stamped, revision: 2 })),
      notes: snapshot.notes.map((note) => ({ ...note, revision: 1 })),
      settings: snapshot.settings.map((setting) => ({ ...setting, id: setting.key, ...stamped })),
    })
  })

  it('passes the host\'s refusal on in words, and a canceled dialog says nothing', async () => {
    const db = openDatabase(`restore-${++count}`)
    const refused = { extractPdfFullText: vi.fn(), restoreLibraryArchive: vi.fn(async () => ({ ok: false as const, error: { code: 'INVALID_INPUT' as const, message: 'library.zip cannot be restored: the content of files/ee/… does not match its name.' } })) }
    expect(await restoreFromArchive(refused, db)).toMatch(/cannot be restored/)
    expect(await restoreFromArchive({ extractPdfFullText: vi.fn(), restoreLibraryArchive: async () => ok({ canceled: true }) }, db)).toBe('')
    expect(await db.papers.count()).toBe(0)
  })
})
