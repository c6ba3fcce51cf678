import { describe, expect, it } from 'vitest'
import { snapshotRows } from '../../../shared/backup/restore'
import { buildSnapshot, parseSnapshot } from '../../../shared/backup/snapshot'
import { paperRowSchema } from '../../../shared/domain/rows'
import { settingValue } from '../../../shared/domain/settings'

const HASH = 'b'.repeat(64)

/** A snapshot as version 6 wrote it: no sync fields, numbers in the CSL item, an old provenance. */
const OLD = buildSnapshot(
  {
    papers: [
      {
        id: 'p1',
        citationKey: 'maes2008gut',
        csl: { id: 'p1', type: 'article-journal', title: 'The gut-brain barrier', volume: 29 },
        tags: [],
        axisNodes: [],
        collections: [],
        addedAt: 1,
        modifiedAt: 2,
        fieldSources: { title: { source: 'layout', confidence: 0.8 } },
      },
    ],
    attachments: [{ id: 'a1', paperId: 'p1', hash: HASH, size: 10, originalName: 'maes.pdf' }],
    notes: [{ id: 'n1', paperId: 'p1', markdown: 'IL-6' }],
    annotations: [{ id: 'h1', paperId: 'p1', attachmentId: 'a1', page: 1, kind: 'highlight', rects: [{ x: 1, y: 2, width: 3, height: 4 }], createdAt: 1, modifiedAt: 1 }],
  },
  { createdAt: '2026-01-01T00:00:00.000Z' },
)

describe('the stored record, defined once', () => {
  it('reads a snapshot written before the sync fields back as rows of the database, with the defaults restore has always used', () => {
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(OLD)))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const [paper] = snapshotRows(parsed.snapshot, 'papers')
    expect(paper).toMatchObject({ id: 'p1', csl: { volume: '29' }, modifiedAt: 2, fieldSources: { title: { source: 'layout', confidence: 0.8 } } })
    expect(paper?.revision).toBeUndefined()
    expect(snapshotRows(parsed.snapshot, 'notes')).toEqual([{ id: 'n1', paperId: 'p1', markdown: 'IL-6', createdAt: 0, modifiedAt: 0 }])
    expect(snapshotRows(parsed.snapshot, 'attachments')[0]?.addedAt).toEqual(expect.any(Number))
  })

  it('refuses a row that is not what AxisRef stores, naming the table, the row and the field', () => {
    const damaged = { ...OLD, annotations: [{ id: 'h1', paperId: 'p1', attachmentId: 'a1', page: 1, kind: 'highlight', rects: [[1, 2, 3, 4]], createdAt: 1, modifiedAt: 1 }] }
    expect(() => snapshotRows(damaged, 'annotations')).toThrow(/^The snapshot's annotations \(row 1\) cannot be restored: rects\.0: /)
  })

  it('a paper row needs what sync needs: an id, a modification time and a revision of at least 1', () => {
    const row = { id: 'p1', citationKey: 'k', csl: { id: 'p1', type: 'book' }, addedAt: 1, modifiedAt: 1, axisNodes: [], tags: [], collections: [] }
    expect(paperRowSchema.safeParse({ ...row, revision: 1 }).success).toBe(true)
    expect(paperRowSchema.safeParse(row).success).toBe(false)
    expect(paperRowSchema.safeParse({ ...row, revision: 0 }).success).toBe(false)
  })

  it('settings are read by key with their type: a value of another type reads as the default', () => {
    expect(settingValue('notDuplicates', [['a', 'b']])).toEqual([['a', 'b']])
    expect(settingValue('notDuplicates', { a: 'b' })).toEqual([])
    expect(settingValue('attachmentNamesAtImport', 'yes')).toBe(false)
    expect(settingValue('list.sort', { column: 'year', direction: 'desc' })).toEqual({ column: 'year', direction: 'desc' })
  })
})
