import { describe, expect, it } from 'vitest'
import { ROW_SCHEMAS } from '../../../shared/sync/documents'
import { mergeVersions, type SyncVersion } from '../../../shared/sync/merge'
import { annotationRow, by, deleted, edited, noteRow, paperRow } from './rows'

const ancestor = paperRow()
const base: SyncVersion = { row: ancestor, changedBy: by('origin', 100) }

/** `from` null: no common ancestor. */
function mergedPaper(versions: SyncVersion[], from: SyncVersion | null = base) {
  const { merged } = mergeVersions('papers', from ?? undefined, versions)
  return ROW_SCHEMAS.papers.parse(merged)
}

function withCsl(fields: Record<string, unknown>) {
  return { csl: { ...ancestor.csl, ...fields } }
}

describe('a paper edited on two devices while apart', () => {
  it('keeps both edits when they changed different fields, with nothing recorded as lost', () => {
    const paper = mergedPaper([edited(ancestor, 'laptop', 200, withCsl({ title: 'The gut–brain barrier in depression' })), edited(ancestor, 'desktop', 300, { ...withCsl({ volume: '30' }), studyType: 'cohort' })])
    expect(paper.csl).toMatchObject({ title: 'The gut–brain barrier in depression', volume: '30' })
    expect(paper.studyType).toBe('cohort')
    expect(paper.syncConflicts).toBeUndefined()
  })

  it('gives a field both changed to the later edit and keeps the other value with who made it, and the provenance follows the winner', () => {
    const laptop = edited(ancestor, 'laptop', 200, { ...withCsl({ title: 'Title from the laptop' }), fieldSources: { title: { source: 'user', confidence: 1 } } })
    const desktop = edited(ancestor, 'desktop', 300, { ...withCsl({ title: 'Title from the desktop' }), fieldSources: { title: { source: 'registry', confidence: 0.9 } } })
    const paper = mergedPaper([laptop, desktop])
    expect(paper.csl.title).toBe('Title from the desktop')
    expect(paper.fieldSources?.title).toEqual({ source: 'registry', confidence: 0.9 })
    expect(paper.syncConflicts).toEqual([{ field: 'csl.title', value: 'Title from the laptop', device: 'laptop', deviceName: "laptop's laptop", user: 'laptop-user', at: 200 }])
  })

  it('keeps the provenance of the value kept, even when the other device changed only the provenance later', () => {
    const laptop = edited(ancestor, 'laptop', 200, { ...withCsl({ title: 'Typed on the laptop' }), fieldSources: { title: { source: 'user', confidence: 1 } } })
    const desktop = edited(ancestor, 'desktop', 300, { ...withCsl({ title: 'Looked up on the desktop' }), fieldSources: { title: { source: 'registry', confidence: 0.9 } } })
    const laterProvenanceOnly = edited(ancestor, 'tablet', 400, { fieldSources: { title: { source: 'layout', confidence: 0.3 } } })
    const paper = mergedPaper([laptop, desktop, laterProvenanceOnly])
    expect(paper.csl.title).toBe('Looked up on the desktop')
    expect(paper.fieldSources?.title).toEqual({ source: 'registry', confidence: 0.9 })
  })

  it('breaks a tie of edit times by the device id, the same whichever device resolves it', () => {
    const a = edited(ancestor, 'device-a', 200, { studyType: 'rct' })
    const b = edited(ancestor, 'device-b', 200, { studyType: 'cohort' })
    expect(mergedPaper([a, b]).studyType).toBe('cohort')
    expect(mergedPaper([b, a]).studyType).toBe('cohort')
    expect(mergedPaper([a, b]).syncConflicts).toEqual([expect.objectContaining({ field: 'studyType', value: 'rct', device: 'device-a' })])
  })

  it('records a losing removal as a kept conflict without a value', () => {
    const { volume: _volume, ...withoutVolume } = ancestor.csl
    const paper = mergedPaper([edited(ancestor, 'laptop', 200, { csl: withoutVolume }), edited(ancestor, 'desktop', 300, withCsl({ volume: '31' }))])
    expect(paper.csl.volume).toBe('31')
    expect(paper.syncConflicts).toEqual([{ field: 'csl.volume', device: 'laptop', deviceName: "laptop's laptop", user: 'laptop-user', at: 200 }])
  })

  it('merges CSL names as one field: the later author list wins whole, the other is kept', () => {
    const laptop = edited(ancestor, 'laptop', 200, withCsl({ author: [{ family: 'Maes', given: 'Michael' }] }))
    const desktop = edited(ancestor, 'desktop', 300, withCsl({ author: [{ family: 'Maes', given: 'M' }, { family: 'Kubera', given: 'M' }] }))
    const paper = mergedPaper([desktop, laptop])
    expect(paper.csl.author).toEqual([{ family: 'Maes', given: 'M' }, { family: 'Kubera', given: 'M' }])
    expect(paper.syncConflicts?.[0]).toMatchObject({ field: 'csl.author', value: [{ family: 'Maes', given: 'Michael' }] })
  })

  it('merges tags, axis nodes, collections and rejected suggestions as sets: added on either side is in, removed on either side is out', () => {
    const laptop = edited(ancestor, 'laptop', 200, { tags: ['depression', 'inflammation', 'cytokines'], axisRejected: { nodes: ['node:liver'], pathways: [], studyTypes: [] }, collections: ['c1'] })
    const desktop = edited(ancestor, 'desktop', 300, { tags: ['depression', 'microbiome'], axisNodes: [], axisRejected: { nodes: [], pathways: ['pw:1'], studyTypes: [] } })
    const paper = mergedPaper([laptop, desktop])
    expect([...paper.tags].sort()).toEqual(['cytokines', 'depression', 'microbiome'])
    expect(paper.axisNodes).toEqual([])
    expect(paper.collections).toEqual(['c1'])
    expect(paper.axisRejected).toEqual({ nodes: ['node:liver'], pathways: ['pw:1'], studyTypes: [] })
    expect(paper.syncConflicts).toBeUndefined()
  })

  it('keeps the later time in the trash, and a restore from the trash beats a side that did not touch it', () => {
    expect(mergedPaper([edited(ancestor, 'laptop', 400, { trashedAt: 400 }), edited(ancestor, 'desktop', 300, { trashedAt: 300 })]).trashedAt).toBe(400)
    const trashed = paperRow({ trashedAt: 150 })
    const restored = mergedPaper([edited(trashed, 'laptop', 200, { trashedAt: undefined }), edited(trashed, 'desktop', 300, { tags: ['x'] })], { row: trashed, changedBy: by('origin', 150) })
    expect(restored.trashedAt).toBeUndefined()
    expect(restored.tags).toEqual(['x'])
  })

  it('takes the later machine answer (suggestions, retraction notice) without offering the other back', () => {
    const suggestions = (version: string) => ({ ontologyVersion: version, withFullText: false, nodes: [], pathways: [], studyType: null })
    const paper = mergedPaper([edited(ancestor, 'laptop', 200, { axisSuggestions: suggestions('1') }), edited(ancestor, 'desktop', 300, { axisSuggestions: suggestions('2') })])
    expect(paper.axisSuggestions?.ontologyVersion).toBe('2')
    expect(paper.syncConflicts).toBeUndefined()
  })

  it('keeps the registry values still waiting for a choice: one chosen on a side is gone, a new one from the other side is in', () => {
    const waiting = (field: string) => ({ field, registryValue: 'x', source: 'crossref' as const, at: 1 })
    const before = paperRow({ lookupConflicts: [waiting('title'), waiting('page')] })
    const laptop = edited(before, 'laptop', 200, { lookupConflicts: [waiting('page')] })
    const desktop = edited(before, 'desktop', 300, { lookupConflicts: [waiting('title'), waiting('page'), waiting('issue')] })
    const paper = mergedPaper([laptop, desktop], { row: before })
    expect(paper.lookupConflicts?.map((conflict) => conflict.field).sort()).toEqual(['issue', 'page'])
    expect(paper.syncConflicts).toBeUndefined()
  })

  it('takes the highest revision and modification time of the versions', () => {
    const laptop = { row: { ...ancestor, revision: 7, modifiedAt: 900, tags: ['a'] }, changedBy: by('laptop', 900) }
    const desktop = { row: { ...ancestor, revision: 9, modifiedAt: 500, tags: ['b'] }, changedBy: by('desktop', 500) }
    expect(mergedPaper([laptop, desktop])).toMatchObject({ revision: 9, modifiedAt: 900 })
  })

  it('keeps the values each side had kept before, and does not bring back one a side dismissed', () => {
    const kept = { field: 'csl.title', value: 'Old title', device: 'phone', deviceName: 'phone', user: 'u', at: 90 }
    const dismissed = { field: 'studyType', value: 'rct', device: 'phone', deviceName: 'phone', user: 'u', at: 80 }
    const before = paperRow({ syncConflicts: [kept, dismissed] })
    const laptop = edited(before, 'laptop', 200, { syncConflicts: [kept], studyType: 'cohort' })
    const desktop = edited(before, 'desktop', 300, { studyType: 'meta-analysis' })
    const paper = mergedPaper([laptop, desktop], { row: before, changedBy: by('origin', 100) })
    expect(paper.syncConflicts).toEqual([kept, expect.objectContaining({ field: 'studyType', value: 'cohort', device: 'laptop', at: 200 })])
  })

  it('unions the kept values of both sides and never lists the same one twice', () => {
    const one = { field: 'csl.title', value: 'A', device: 'phone', deviceName: 'phone', user: 'u', at: 90 }
    const two = { field: 'csl.page', value: '1-9', device: 'tablet', deviceName: 'tablet', user: 'u', at: 95 }
    const paper = mergedPaper([edited(ancestor, 'laptop', 200, { syncConflicts: [one, two] }), edited(ancestor, 'desktop', 300, { syncConflicts: [two, { ...one }] })])
    expect(paper.syncConflicts).toEqual([one, two])
  })

  it('without an ancestor (the same paper created on both devices), every differing field counts as changed by both', () => {
    const laptop = { row: paperRow({ tags: ['a'], studyType: 'rct', addedAt: 100 }), changedBy: by('laptop', 200) }
    const desktop = { row: paperRow({ tags: ['b'], addedAt: 150 }), changedBy: by('desktop', 300) }
    const paper = mergedPaper([laptop, desktop], null)
    expect([...paper.tags].sort()).toEqual(['a', 'b'])
    expect(paper.studyType).toBeUndefined()
    expect(paper.addedAt).toBe(150)
    expect(paper.syncConflicts).toEqual([expect.objectContaining({ field: 'addedAt', value: 100 }), expect.objectContaining({ field: 'studyType', value: 'rct' })])
  })
})

describe('a deletion against an edit', () => {
  it('keeps the row with its edits when one side edited it after the ancestor and the other deleted it', () => {
    const result = mergeVersions('papers', base, [deleted('laptop', 500), edited(ancestor, 'desktop', 300, { tags: ['kept'] })])
    expect(result.merged).toMatchObject({ id: 'p1', tags: ['kept'] })
    expect(result.changedBy?.device).toBe('desktop')
  })

  it('deletes the row when the other side did not change it, and when every side deleted it', () => {
    expect(mergeVersions('papers', base, [deleted('laptop', 300), { row: { ...ancestor, revision: 2 }, changedBy: by('desktop', 400) }]).merged).toBeNull()
    const gone = mergeVersions('notes', { row: noteRow() }, [deleted('laptop', 300), deleted('desktop', 400)])
    expect(gone).toEqual({ merged: null, changedBy: by('desktop', 400), extraRows: [] })
  })
})

describe('notes and annotations never lose text', () => {
  const note = noteRow()
  const noteBase = { row: note, changedBy: by('origin', 50) }

  it('keeps the later note and the other as a copy of its own, with an id every device derives alike', () => {
    const laptop = edited(note, 'laptop', 200, { markdown: 'IL-6 and CRP are raised.' })
    const desktop = edited(note, 'desktop', 300, { markdown: 'IL-6 is raised in 2 of 3 cohorts.' })
    const result = mergeVersions('notes', noteBase, [laptop, desktop])
    expect(result.merged).toMatchObject({ id: 'n1', markdown: 'IL-6 is raised in 2 of 3 cohorts.', revision: 2 })
    expect(result.extraRows).toHaveLength(1)
    const [copy] = result.extraRows
    expect(copy?.table).toBe('notes')
    expect(copy?.row).toMatchObject({ paperId: 'p1', markdown: 'IL-6 and CRP are raised.', createdAt: 50, revision: 1, modifiedAt: 200 })
    expect(copy?.id).not.toBe('n1')
    expect(copy?.row?.id).toBe(copy?.id)
    expect(mergeVersions('notes', noteBase, [desktop, laptop])).toEqual(result)
  })

  it('makes one copy of a text two devices both wrote, whichever wrote it', () => {
    const winner = edited(note, 'laptop', 400, { markdown: 'Final text' })
    const same = [edited(note, 'desktop', 300, { markdown: 'Same draft' }), edited(note, 'tablet', 200, { markdown: 'Same draft' })]
    const result = mergeVersions('notes', noteBase, [winner, ...same])
    expect(result.extraRows.map((change) => change.row)).toEqual([expect.objectContaining({ markdown: 'Same draft', modifiedAt: 200 })])
    expect(mergeVersions('notes', noteBase, [...same].reverse().concat(winner))).toEqual(result)
  })

  it('makes no copy when only one side changed the text', () => {
    const result = mergeVersions('notes', noteBase, [edited(note, 'laptop', 200, { markdown: 'New text' }), edited(note, 'desktop', 300, { paperId: 'p2' })])
    expect(result.merged).toMatchObject({ markdown: 'New text', paperId: 'p2' })
    expect(result.extraRows).toEqual([])
  })

  it('keeps an annotation both commented as two, on the same page of the same PDF', () => {
    const highlight = annotationRow()
    const result = mergeVersions('annotations', { row: highlight }, [edited(highlight, 'laptop', 300, { comment: 'key finding' }), edited(highlight, 'desktop', 200, { comment: 'check the methods' })])
    expect(result.merged).toMatchObject({ comment: 'key finding' })
    expect(result.extraRows.map((change) => change.row)).toEqual([expect.objectContaining({ comment: 'check the methods', attachmentId: 'a1', paperId: 'p1', page: 2, createdAt: 60 })])
  })
})

describe('the library settings and the other tables', () => {
  const setting = (pairs: Array<[string, string]>, revision = 1) => ROW_SCHEMAS.settings.parse({ id: 'notDuplicates', key: 'notDuplicates', value: pairs, modifiedAt: 10, revision })

  it('keeps every pair either side marked as not duplicates, less the pairs a side unmarked', () => {
    const before = setting([['p1', 'p2'], ['p3', 'p4']])
    const laptop = { row: setting([['p1', 'p2'], ['p3', 'p4'], ['p5', 'p6']], 2), changedBy: by('laptop', 20) }
    const desktop = { row: setting([['p1', 'p2']], 2), changedBy: by('desktop', 30) }
    expect(mergeVersions('settings', { row: before }, [laptop, desktop]).merged).toMatchObject({ value: [['p1', 'p2'], ['p5', 'p6']] })
  })

  it('takes a pair written the other way round as the same pair', () => {
    const laptop = { row: setting([['p1', 'p2']], 2), changedBy: by('laptop', 20) }
    const desktop = { row: setting([['p2', 'p1']], 2), changedBy: by('desktop', 30) }
    expect(mergeVersions('settings', undefined, [laptop, desktop]).merged).toMatchObject({ value: [['p2', 'p1']] })
  })

  it('merges a collection field by field, the later name winning, without any kept-values list', () => {
    const collection = ROW_SCHEMAS.collections.parse({ id: 'c1', name: 'Gut', createdAt: 1, modifiedAt: 1, revision: 1 })
    const result = mergeVersions('collections', { row: collection }, [
      { row: { ...collection, name: 'Gut–brain', revision: 2 }, changedBy: by('laptop', 200) },
      { row: { ...collection, name: 'Microbiome', parentId: 'c0', revision: 2 }, changedBy: by('desktop', 100) },
    ])
    expect(result.merged).toEqual({ id: 'c1', name: 'Gut–brain', parentId: 'c0', createdAt: 1, modifiedAt: 1, revision: 2 })
    expect(result.extraRows).toEqual([])
  })
})

describe('the same output on every device', () => {
  it('writes byte-identical rows whatever the order of the versions and of their keys', () => {
    const laptop = edited(ancestor, 'laptop', 200, { ...withCsl({ title: 'L' }), tags: ['depression', 'l'] })
    const desktop = edited(ancestor, 'desktop', 300, { ...withCsl({ title: 'D' }), tags: ['d', 'depression'] })
    const reversedKeys = { ...desktop, row: Object.fromEntries(Object.entries(desktop.row ?? {}).reverse()) }
    const one = mergeVersions('papers', base, [laptop, desktop])
    const other = mergeVersions('papers', base, [ROW_SCHEMAS.papers.safeParse(reversedKeys.row).success ? { row: ROW_SCHEMAS.papers.parse(reversedKeys.row), changedBy: desktop.changedBy } : desktop, laptop])
    expect(JSON.stringify(other)).toBe(JSON.stringify(one))
  })

  it('orders versions of the same time and device by their content, not by the order given', () => {
    const first = edited(ancestor, 'laptop', 200, { studyType: 'rct' })
    const second = edited(ancestor, 'laptop', 200, { studyType: 'cohort' })
    expect(JSON.stringify(mergeVersions('papers', base, [first, second]))).toBe(JSON.stringify(mergeVersions('papers', base, [second, first])))
  })
})

describe('a caller that mixes tables', () => {
  it('is told in words which table the versions did not fit', () => {
    expect(() => mergeVersions('papers', undefined, [{ row: noteRow(), changedBy: by('laptop', 1) }])).toThrow(/^The merged versions of a row of papers do not make a valid row \(citationKey: .*were versions of another table's rows passed\?$/)
  })
})
