import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PaperRow } from '../../../shared/domain/rows'
import { ROW_SCHEMAS } from '../../../shared/sync/documents'
import { mergeVersions, type SyncVersion } from '../../../shared/sync/merge'
import { by, edited, noteRow, paperRow } from './rows'

/**
 * The merge's promises over many random edits: the same bytes for versions in any order, a
 * version merged with itself (or with its ancestor) is that version, and no value a device
 * changed is lost: it is merged, kept in `syncConflicts`, or kept as a copy.
 */

const RUNS = { seed: 1717, numRuns: 200 }
const REMOVE = '(removed)'
const TAGS = ['depression', 'inflammation', 'cytokines', 'microbiome', 'sleep']
const ancestor = paperRow()
const base: SyncVersion = { row: ancestor, changedBy: by('origin', 100) }

/** Few devices and times, so ties of time and of device come up often. */
const who = fc.record({ device: fc.constantFrom('a', 'b', 'c'), at: fc.integer({ min: 100, max: 103 }) })
const choice = (values: string[]) => fc.option(fc.constantFrom(...values, REMOVE), { nil: undefined })
const rarely = fc.integer({ min: 0, max: 9 }).map((value) => value === 0)

const paperEdit = fc.record({ who, title: choice(['T1', 'T2']), volume: choice(['30', '31']), studyType: choice(['rct', 'cohort']), tags: fc.subarray(TAGS), deleted: rarely })
type PaperEdit = typeof paperEdit extends fc.Arbitrary<infer T> ? T : never

function withCsl(csl: PaperRow['csl'], name: 'title' | 'volume', value: string | undefined): PaperRow['csl'] {
  const { [name]: _old, ...rest } = csl
  if (value === undefined) return csl
  return value === REMOVE ? rest : { ...rest, [name]: value }
}

function paperVersion(edit: PaperEdit): SyncVersion {
  if (edit.deleted) return { row: null, changedBy: by(edit.who.device, edit.who.at) }
  const csl = withCsl(withCsl(ancestor.csl, 'title', edit.title), 'volume', edit.volume)
  const studyType = edit.studyType === REMOVE ? undefined : (edit.studyType ?? ancestor.studyType)
  return edited(ancestor, edit.who.device, edit.who.at, { csl, tags: edit.tags, studyType })
}

/** Versions and the same versions in another order. */
function permuted<T>(items: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return items.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })))
}

const paperVersions = fc.array(paperEdit, { minLength: 1, maxLength: 4 }).map((edits) => edits.map(paperVersion))

type Read = (paper: PaperRow) => unknown
const FIELDS: Array<[string, Read]> = [
  ['csl.title', (paper) => paper.csl.title],
  ['csl.volume', (paper) => paper.csl.volume],
  ['studyType', (paper) => paper.studyType],
]

function changedContent(row: PaperRow): boolean {
  return FIELDS.some(([, read]) => read(row) !== read(ancestor)) || row.tags.join() !== ancestor.tags.join()
}

/** Each field the version changed: merged, or kept in syncConflicts with who changed it. */
function expectNothingLost(version: SyncVersion, merged: PaperRow): void {
  const row = ROW_SCHEMAS.papers.parse(version.row)
  for (const [field, read] of FIELDS) {
    const value = read(row)
    if (value === read(ancestor) || value === read(merged)) continue
    expect(merged.syncConflicts).toContainEqual({ field, ...(value === undefined ? {} : { value }), device: version.changedBy?.device, deviceName: version.changedBy?.deviceName, user: version.changedBy?.user, at: version.changedBy?.at })
  }
  for (const tag of row.tags) if (!ancestor.tags.includes(tag)) expect(merged.tags).toContain(tag)
  for (const tag of ancestor.tags) if (!row.tags.includes(tag)) expect(merged.tags).not.toContain(tag)
}

describe('the merge of a paper, over random edits on several devices', () => {
  it('gives byte-identical results for the versions in any order, with or without an ancestor', () => {
    fc.assert(
      fc.property(permuted(paperVersions), fc.boolean(), ([versions, shuffled], withAncestor) => {
        const from = withAncestor ? base : undefined
        expect(JSON.stringify(mergeVersions('papers', from, shuffled))).toBe(JSON.stringify(mergeVersions('papers', from, versions)))
      }),
      RUNS,
    )
  })

  it('returns a version merged with itself, or with its unchanged ancestor, as it is', () => {
    fc.assert(
      fc.property(paperEdit, (edit) => {
        const version = paperVersion({ ...edit, deleted: false })
        expect(mergeVersions('papers', version, [version, version]).merged).toEqual(version.row)
        expect(mergeVersions('papers', base, [base, version]).merged).toEqual(version.row)
        expect(mergeVersions('papers', base, [version]).merged).toEqual(version.row)
      }),
      RUNS,
    )
  })

  it('loses no value a device changed: each is merged or kept with who changed it, and an edited paper is never deleted', () => {
    fc.assert(
      fc.property(paperVersions, (versions) => {
        const { merged } = mergeVersions('papers', base, versions)
        const live = versions.flatMap((version) => (version.row ? [ROW_SCHEMAS.papers.parse(version.row)] : []))
        if (merged === null) {
          expect(live.some(changedContent)).toBe(false)
          return
        }
        const paper = ROW_SCHEMAS.papers.parse(merged)
        for (const version of versions) if (version.row) expectNothingLost(version, paper)
      }),
      RUNS,
    )
  })
})

describe('the merge of a note, over random edits on several devices', () => {
  const note = noteRow()
  const noteBase: SyncVersion = { row: note, changedBy: by('origin', 50) }
  const noteVersions = fc.array(fc.record({ who, markdown: fc.constantFrom(note.markdown, 'IL-6', 'CRP', 'TNF') }), { minLength: 1, maxLength: 4 }).map((edits) => edits.map(({ who: { device, at }, markdown }) => edited(note, device, at, { markdown })))

  it('keeps every text a device changed, in the note or in a copy, the same in any order', () => {
    fc.assert(
      fc.property(permuted(noteVersions), ([versions, shuffled]) => {
        const result = mergeVersions('notes', noteBase, versions)
        expect(JSON.stringify(mergeVersions('notes', noteBase, shuffled))).toBe(JSON.stringify(result))
        const texts = [result.merged, ...result.extraRows.map((change) => change.row)].map((row) => ROW_SCHEMAS.notes.parse(row).markdown)
        const written = versions.map((version) => ROW_SCHEMAS.notes.parse(version.row).markdown).filter((text) => text !== note.markdown)
        for (const text of written) expect(texts).toContain(text)
        expect(new Set(result.extraRows.map((change) => change.id)).size).toBe(result.extraRows.length)
      }),
      RUNS,
    )
  })
})
