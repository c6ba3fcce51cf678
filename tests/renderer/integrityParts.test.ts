import { describe, expect, it } from 'vitest'
import { contract, LIBRARY_CHECK_BATCH, type ChannelInput, type IntegrityFinding } from '../../shared/ipc/contract'
import { ok } from '../../shared/ipc/result'
import { openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { newPaperRow } from '../../renderer/src/db/papers'
import { checkLibraryIntegrity } from '../../renderer/src/features/integrity'

let count = 0
const hashOf = (index: number): string => index.toString(16).padStart(2, '0').repeat(32)

/** Papers with a PDF record each (and their papers, so that no record is dangling). */
async function library(records: readonly { hash: string; id: string }[]): Promise<AxisRefDatabase> {
  const db = openDatabase(`integrity-parts-${++count}`)
  await db.papers.bulkAdd(records.map(({ id }) => newPaperRow(`paper-${id}`, { id, type: 'article-journal', title: id }, `key-${id}`, 1)))
  await db.attachments.bulkAdd(records.map(({ hash, id }) => ({ id, paperId: `paper-${id}`, hash, size: 10, originalName: `${id}.pdf`, textExtracted: false, addedAt: 1 })))
  return db
}

/**
 * The host's side at the IPC edge: each call's input is parsed by the contract, as main does,
 * and answered for a folder holding `stored`, as main's check of that part answers (see
 * tests/electron/integrityRange.test.ts for main's side over real files).
 */
function folderHolding(stored: ReadonlySet<string>) {
  const calls: ChannelInput<'checkLibraryIntegrity'>[] = []
  const inRange = (hash: string, range: { after?: string; through?: string } = {}) => (range.after === undefined || hash > range.after) && (range.through === undefined || hash <= range.through)
  const api = {
    checkLibraryIntegrity: async (input: ChannelInput<'checkLibraryIntegrity'>) => {
      const { attachments, range } = contract.checkLibraryIntegrity.input.parse(input)
      calls.push(input)
      expect(attachments.every((ref) => inRange(ref.hash, range))).toBe(true)
      const findings: IntegrityFinding[] = attachments
        .filter((ref) => !stored.has(ref.hash))
        .map((ref) => ({ kind: 'missing', path: `files/${ref.hash.slice(0, 2)}/${ref.hash}.pdf`, hash: ref.hash, paperIds: [ref.paperId], attachmentIds: [ref.attachmentId], repairs: ['relink'], message: 'The PDF is not in the library folder.' }))
      return ok({ checkedFiles: [...stored].filter((hash) => inRange(hash, range)).length, findings })
    },
  }
  return { api, calls }
}

describe('the library check in parts', () => {
  it('never sends more than a batch of records per call, covers every hash once, waits for idle between calls, and still finds every missing PDF', async () => {
    const records = Array.from({ length: 100 }, (_, index) => ({ hash: hashOf(index), id: `att-${index}` }))
    const db = await library(records)
    const missing = [3, 41, 42, 97].map(hashOf)
    const { api, calls } = folderHolding(new Set(records.map((record) => record.hash).filter((hash) => !missing.includes(hash))))
    let idle = 0
    const outcome = await checkLibraryIntegrity(api, db, { verifyHashes: false, batch: 12, whenIdle: async () => void (idle += 1) })

    expect(Math.max(...calls.map((call) => call.attachments.length))).toBeLessThanOrEqual(12)
    expect(calls.length).toBe(9)
    expect(idle).toBe(calls.length - 1)
    // the parts follow each other: the first from the start, each after the one before, the last to the end
    expect(calls[0]?.range?.after).toBeUndefined()
    expect(calls.at(-1)?.range?.through).toBeUndefined()
    for (const [index, call] of calls.slice(1).entries()) expect(call.range?.after).toBe(calls[index]?.range?.through)
    expect(calls.flatMap((call) => call.attachments.map((ref) => ref.attachmentId)).sort()).toEqual(records.map((record) => record.id).sort())
    expect(outcome.checkedFiles).toBe(96)
    expect(outcome.problems.map((problem) => problem.hash).sort()).toEqual(missing)
  })

  it('keeps the records of one PDF in one call, so a PDF several records share is never split between parts', async () => {
    const db = await library([
      { hash: hashOf(1), id: 'att-0' },
      { hash: hashOf(2), id: 'att-1' },
      { hash: hashOf(2), id: 'att-2' },
      { hash: hashOf(2), id: 'att-3' },
      { hash: hashOf(3), id: 'att-4' },
    ])
    const { api, calls } = folderHolding(new Set([hashOf(1), hashOf(2), hashOf(3)]))
    expect(await checkLibraryIntegrity(api, db, { verifyHashes: false, batch: 2, whenIdle: async () => undefined })).toEqual({ checkedFiles: 3, problems: [] })
    expect(calls.map((call) => call.attachments.map((ref) => ref.attachmentId))).toEqual([['att-0'], ['att-1', 'att-2', 'att-3'], ['att-4']])
  })

  it('a small library is checked in one call, as before', async () => {
    const db = await library([{ hash: hashOf(1), id: 'att-0' }])
    const { api, calls } = folderHolding(new Set([hashOf(1)]))
    await checkLibraryIntegrity(api, db, { verifyHashes: true })
    expect(calls).toEqual([{ attachments: [{ attachmentId: 'att-0', paperId: 'paper-att-0', hash: hashOf(1) }], verifyHashes: true }])
  })

  it('the contract refuses more than a batch of records in one call', () => {
    const refs = Array.from({ length: LIBRARY_CHECK_BATCH + 1 }, (_, index) => ({ attachmentId: `a${index}`, paperId: 'p', hash: 'a'.repeat(64) }))
    expect(contract.checkLibraryIntegrity.input.safeParse({ attachments: refs }).success).toBe(false)
    expect(contract.checkLibraryIntegrity.input.safeParse({ attachments: refs.slice(1) }).success).toBe(true)
  })
})
