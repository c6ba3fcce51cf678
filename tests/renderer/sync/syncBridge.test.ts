import { afterEach, describe, expect, it } from 'vitest'
import { addPaper, applyEdit, createCollection, markNotDuplicates, newPaperRow, openDatabase, writeSetting, type AxisRefDatabase, type PaperRecord } from '../../../renderer/src/db'
import { OUTBOX_DEBOUNCE_MS, startSyncBridge, watchOutboxOf, type SyncBridge } from '../../../renderer/src/features/sync/syncBridge'
import { MAX_HOLDS } from '../../../renderer/src/features/sync/receivedChanges'
import { RETRY_MIN_MS } from '../../../renderer/src/features/sync/syncSession'
import { createSyncStatusStore, type SyncStatusStore, type SyncViewState } from '../../../renderer/src/features/sync/syncStatusStore'
import type { RowChange } from '../../../shared/sync/documents'
import { connectedStatus, fakeSyncMain, manualSchedule } from './fakeSyncMain'
import { NOT_CONNECTED } from './notConnected'

let count = 0
const running: SyncBridge[] = []
afterEach(() => running.splice(0).forEach((bridge) => bridge.stop()))

function start(options: { db?: AxisRefDatabase; main?: ReturnType<typeof fakeSyncMain> } = {}) {
  const db = options.db ?? openDatabase(`sync-bridge-${++count}`)
  const main = options.main ?? fakeSyncMain()
  const store = createSyncStatusStore()
  const timers = manualSchedule()
  const bridge = startSyncBridge({ api: main.api, db, store, schedule: timers.schedule, watchOutbox: watchOutboxOf(db) })
  running.push(bridge)
  return { db, main, store, timers, bridge }
}

/** Resolves once the store's state passes `check`. */
function storeReaches(store: SyncStatusStore, check: (state: SyncViewState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const test = () => {
      if (!check(store.state())) return
      unsubscribe()
      resolve()
    }
    const unsubscribe = store.subscribe(test)
    test()
  })
}

/** The window waits for changes after `since`: everything before it is applied and stored. */
function parkedAt(main: ReturnType<typeof fakeSyncMain>, since: number): Promise<void> {
  return main.when(() => main.waiting().includes(since))
}

const pushes = (main: ReturnType<typeof fakeSyncMain>) => main.calls.filter((call) => call.channel === 'pushSyncChanges').map((call) => (call.input as { changes: RowChange[] }).changes)

function otherDevicePaper(id: string, citationKey: string, addedAt = 2_000): PaperRecord {
  return { ...newPaperRow(id, { id, type: 'article-journal', title: `Paper ${id} from the lab laptop` }, citationKey, addedAt), revision: 3 }
}

describe('a library that is not synced', () => {
  it('asks main once and never pushes or polls; the edits wait in the outbox for a connection', async () => {
    const main = fakeSyncMain({ status: NOT_CONNECTED })
    const { db, store } = start({ main })
    await storeReaches(store, (state) => state.status?.state === 'off')
    await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'Gut' }, citationKey: 'gut' })
    expect(await db.syncOutbox.count()).toBe(1)
    // nothing is scheduled while not connected: no outbox count, no send
    expect(main.calls.map((call) => call.channel)).toEqual(['getSyncStatus'])
    expect(store.state().outbox).toBe(0)
  })
})

describe('a new connection', () => {
  it('hands every row of every synced table to main in calls of at most 500, once per connection, and again for another connection', async () => {
    const db = openDatabase(`sync-bridge-${++count}`)
    await db.papers.bulkAdd(Array.from({ length: 501 }, (_, index) => newPaperRow(`p${String(index).padStart(4, '0')}`, { id: 'x', type: 'article-journal', title: `Paper ${index}` }, `key${index}`, 1)))
    await db.notes.add({ id: 'n1', paperId: 'p0001', markdown: 'IL-6', createdAt: 1, modifiedAt: 1 })
    const collection = await createCollection(db, 'Thesis')
    await markNotDuplicates(db, ['p0001', 'p0002'])
    await writeSetting(db, 'list.sort', { column: 'year', direction: 'desc' })
    await db.syncOutbox.clear()

    const first = start({ db })
    await first.main.when(() => first.main.waiting().length > 0)
    const pushed = pushes(first.main)
    expect(pushed.map((changes) => changes.length)).toEqual([500, 4])
    const ids = pushed.flat().map((change) => `${change.table}:${change.id}`)
    expect(ids.filter((id) => id.startsWith('papers:'))).toHaveLength(501)
    expect(ids).toEqual(expect.arrayContaining(['notes:n1', `collections:${collection.id}`, 'settings:notDuplicates']))
    // the list's sort is this device's, not the library's
    expect(ids).not.toContain('settings:list.sort')
    expect(await db.syncState.get('conn-1')).toMatchObject({ pushedAll: true })
    first.bridge.stop()

    // the window opened again: the rows went already
    const again = start({ db })
    await again.main.when(() => again.main.waiting().length > 0)
    expect(pushes(again.main)).toEqual([])

    // Settings connects the library to another database: everything goes again
    again.store.update({ status: connectedStatus('conn-2') })
    await again.main.when(() => pushes(again.main).flat().length >= 504)
    await again.main.when(() => again.main.calls.some((call) => call.channel === 'waitForSyncChanges' && (call.input as { connectionId: string }).connectionId === 'conn-2'))
    expect(await db.syncState.get('conn-2')).toMatchObject({ pushedAll: true })
  }, 30_000)
})

describe('changes made in this window', () => {
  it('go to main 250 ms after they commit, as the rows are then; sent entries leave the outbox', async () => {
    const { db, main, store, timers } = start()
    await main.when(() => main.waiting().length > 0)
    const paper = await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'Gut' }, citationKey: 'gut' })
    await applyEdit(db, { kind: 'paper', paperId: paper.id, before: { tags: [] }, after: { tags: ['PNI'] } })
    await timers.set(OUTBOX_DEBOUNCE_MS)
    expect(pushes(main)).toEqual([])
    timers.fire(OUTBOX_DEBOUNCE_MS)
    await storeReaches(store, (state) => state.outbox === 0 && pushes(main).length === 1)
    expect(pushes(main)[0]).toEqual([{ table: 'papers', id: paper.id, row: expect.objectContaining({ tags: ['PNI'], citationKey: 'gut' }) }])
  })

  it('a row written again while its push was on the way stays in the outbox and goes with the next drain', async () => {
    const { db, main, store, timers } = start()
    await main.when(() => main.waiting().length > 0)
    const paper = await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'Gut' }, citationKey: 'gut' })
    let release = () => {}
    main.control.pushGate = new Promise((resolve) => (release = resolve))
    await timers.set(OUTBOX_DEBOUNCE_MS)
    timers.fire(OUTBOX_DEBOUNCE_MS)
    await main.when(() => pushes(main).length === 1)
    await applyEdit(db, { kind: 'paper', paperId: paper.id, before: { tags: [] }, after: { tags: ['PNI'] } })
    main.control.pushGate = undefined
    release()
    await timers.set(OUTBOX_DEBOUNCE_MS)
    expect(await db.syncOutbox.count()).toBe(1)
    timers.fire(OUTBOX_DEBOUNCE_MS)
    await storeReaches(store, (state) => state.outbox === 0 && pushes(main).length === 2)
    expect(pushes(main)[1]?.[0]?.row).toMatchObject({ tags: ['PNI'] })
  })

  it('a deletion goes as row: null; a row main refuses is said in words and not tried again until it changes', async () => {
    const { db, main, store, timers } = start()
    await main.when(() => main.waiting().length > 0)
    const thesis = await createCollection(db, 'Thesis')
    const review = await createCollection(db, 'Review')
    await db.collections.delete(thesis.id)
    main.control.refuses.set(review.id, 'the server refused it (forbidden)')
    await timers.set(OUTBOX_DEBOUNCE_MS)
    timers.fire(OUTBOX_DEBOUNCE_MS)
    await storeReaches(store, (state) => state.outbox === 0 && pushes(main).length > 0)
    expect(pushes(main).flat()).toEqual(expect.arrayContaining([{ table: 'collections', id: thesis.id, row: null }]))
    expect(store.state().problem).toContain('The change to the collection "Review" was not sent: the server refused it (forbidden)')
  })
  it('a row here that fails its own schema is not sent (main would refuse the whole call): said in words, the rest goes', async () => {
    const { db, main, store, timers } = start()
    await main.when(() => main.waiting().length > 0)
    // a row an older version or a bug left without a name
    await db.table('collections').put({ id: 'c-bad', createdAt: 1 })
    const good = await createCollection(db, 'Thesis')
    await timers.set(OUTBOX_DEBOUNCE_MS)
    timers.fire(OUTBOX_DEBOUNCE_MS)
    await storeReaches(store, (state) => state.outbox === 0 && pushes(main).length > 0)
    expect(pushes(main).flat().map((change) => change.id)).toEqual([good.id])
    expect(store.state().problem).toContain('The collection c-bad could not be sent (row.name: ')
  })
})

describe('changes from main', () => {
  it('are written in one transaction, exactly as sent, not recorded to be sent back, and where they ended is stored', async () => {
    const db = openDatabase(`sync-bridge-${++count}`)
    const mine = await createCollection(db, 'Old name')
    const { main } = start({ db })
    // the collection went with every row, and came back as main's change 1
    await parkedAt(main, 1)
    const paper = otherDevicePaper('p-lab', 'lee2020gut')
    main.forge('papers:p-lab', { table: 'papers', id: 'p-lab', row: paper })
    main.forge('notes:n-lab', { table: 'notes', id: 'n-lab', row: { id: 'n-lab', paperId: 'p-lab', markdown: 'from the lab', createdAt: 5, modifiedAt: 6, revision: 2 } })
    main.forge(`collections:${mine.id}`, { table: 'collections', id: mine.id, row: null })
    const last = 4
    await parkedAt(main, last)
    expect(await db.papers.get('p-lab')).toEqual(paper)
    expect((await db.notes.get('n-lab'))?.markdown).toBe('from the lab')
    expect(await db.collections.get(mine.id)).toBeUndefined()
    expect(await db.syncOutbox.count()).toBe(0)
    expect((await db.syncState.get('conn-1'))?.since).toBe(String(last))
  })

  it('a forged change is checked again: skipped and said in words, never written, and the rest of the batch is applied', async () => {
    const { db, main, store } = start()
    await main.when(() => main.waiting().length > 0)
    const base = main.waiting()[0] ?? 0
    main.forge('papers:bad', { table: 'papers', id: 'bad', row: { id: 'bad', citationKey: 'x', revision: 1, modifiedAt: 1 } })
    main.forge('settings:list.sort', { table: 'settings', id: 'list.sort', row: { id: 'list.sort', key: 'list.sort', value: { column: 'year', direction: 'asc' }, modifiedAt: 1, revision: 1 } })
    main.forge('settings:notDuplicates', { table: 'settings', id: 'notDuplicates', row: { id: 'notDuplicates', key: 'list.sort', value: [['a', 'b']], modifiedAt: 1, revision: 1 } })
    main.forge('notes:n1', { table: 'notes', id: 'n1', row: { id: 'n2', paperId: 'p', markdown: 'x', createdAt: 1, modifiedAt: 1, revision: 1 } })
    main.forge('papers:good', { table: 'papers', id: 'good', row: otherDevicePaper('good', 'good2020') })
    await parkedAt(main, base + 5)
    expect(await db.papers.get('bad')).toBeUndefined()
    expect(await db.settings.count()).toBe(0)
    expect(await db.notes.count()).toBe(0)
    expect((await db.papers.get('good'))?.citationKey).toBe('good2020')
    const problem = store.state().problem ?? ''
    expect(problem).toContain('A change from the server was not applied (paper:bad): row.csl')
    expect(problem).toContain('the setting "list.sort" is not one a library shares')
    expect(problem).toContain('the setting\'s key "list.sort" is not its id "notDuplicates"')
    expect(problem).toContain('the row\'s id "n2" is not the document\'s "n1"')
  })

  it('a paper whose key a paper here holds, not yet sent: the outbox goes first, main renames one, the window asks again', async () => {
    const { db, main, timers } = start()
    await main.when(() => main.waiting().length > 0)
    const mine = await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'Mine' }, citationKey: 'maes2008gut' }, 1_000)
    main.forge('papers:p-lab', { table: 'papers', id: 'p-lab', row: otherDevicePaper('p-lab', 'maes2008gut', 2_000) })
    // held: the window sends its own paper at once (no debounce), then waits a moment for main's rename
    await main.when(() => pushes(main).flat().some((change) => change.id === mine.id))
    await timers.set(RETRY_MIN_MS)
    timers.fire(RETRY_MIN_MS)
    await main.when(() => main.waiting().length > 0)
    await main.when(() => main.waiting().length > 0 && (main.waiting()[0] ?? 0) >= 3)
    expect(await db.papers.get(mine.id)).toMatchObject({ citationKey: 'maes2008gut' })
    expect(await db.papers.get('p-lab')).toMatchObject({ citationKey: 'maes2008guta', citationKeyAliases: ['maes2008gut'] })
  })

  it('a paper whose key a paper here gives up later in the same batch is written in that batch, without asking again', async () => {
    const db = openDatabase(`sync-bridge-${++count}`)
    const mine = await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'Mine' }, citationKey: 'maes2008gut' }, 1_000)
    const { main } = start({ db })
    // everything went, and came back as main's change 1
    await parkedAt(main, 1)
    const stored = await db.papers.get(mine.id)
    if (!stored) throw new Error('the paper was not added')
    const pushesBefore = pushes(main).length
    main.forgeBatch([
      ['papers:p-lab', { table: 'papers', id: 'p-lab', row: otherDevicePaper('p-lab', 'maes2008gut', 500) }],
      [`papers:${mine.id}`, { table: 'papers', id: mine.id, row: { ...stored, citationKey: 'maes2008guta', citationKeyAliases: ['maes2008gut'], revision: stored.revision + 1 } }],
    ])
    await parkedAt(main, 3)
    expect((await db.papers.get('p-lab'))?.citationKey).toBe('maes2008gut')
    expect((await db.papers.get(mine.id))?.citationKey).toBe('maes2008guta')
    // not held: nothing was sent to make way for it
    expect(pushes(main)).toHaveLength(pushesBefore)
  })

  it('a clash main never resolves is skipped after a few tries and said, not asked for forever', async () => {
    const { db, main, store, timers } = start()
    main.control.renamesClashes = false
    await main.when(() => main.waiting().length > 0)
    await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'Mine' }, citationKey: 'maes2008gut' }, 1_000)
    main.forge('papers:p-lab', { table: 'papers', id: 'p-lab', row: otherDevicePaper('p-lab', 'maes2008gut', 2_000) })
    const delays: number[] = []
    for (let hold = 1; hold <= MAX_HOLDS; hold++) {
      const delay = await timers.next((candidate) => candidate >= RETRY_MIN_MS)
      delays.push(delay)
      timers.fire(delay)
    }
    await storeReaches(store, (state) => (state.problem ?? '').includes('The paper maes2008gut from another device was not added'))
    expect(delays).toEqual([1_000, 2_000, 4_000])
    expect(await db.papers.get('p-lab')).toBeUndefined()
    await main.when(() => main.waiting().length > 0)
  })
})

describe('when main cannot be reached', () => {
  it('asks again after 1 s, then 2 s, 4 s …, says why in words, and clears it once main answers', async () => {
    const main = fakeSyncMain()
    const { store, timers } = start({ main })
    await main.when(() => main.waiting().length > 0)
    main.control.failure = 'AxisRef lost contact with its host process.'
    main.timeOut()
    const delays: number[] = []
    for (let failure = 1; failure <= 3; failure++) {
      const delay = await timers.next((candidate) => candidate >= RETRY_MIN_MS)
      delays.push(delay)
      timers.fire(delay)
    }
    expect(delays).toEqual([1_000, 2_000, 4_000])
    expect(store.state().problem).toContain('AxisRef could not receive changes from sync: AxisRef lost contact with its host process.')
    // the fourth failure waits 8 s; main answers again before it runs out
    const fourth = await timers.next((candidate) => candidate >= RETRY_MIN_MS)
    expect(fourth).toBe(8_000)
    main.control.failure = undefined
    timers.fire(fourth)
    await main.when(() => main.waiting().length > 0)
    // main's wait answers (here: ran out with nothing new): the problem is gone
    main.timeOut()
    await storeReaches(store, (state) => state.problem === undefined)
  })
})

describe('sync now, disconnection, unmounting', () => {
  it('sync now asks main to sync and sends the outbox at once, without the debounce', async () => {
    const { db, main, store } = start()
    await main.when(() => main.waiting().length > 0)
    await createCollection(db, 'Thesis')
    store.syncNow()
    await main.when(() => main.calls.some((call) => call.channel === 'syncNow') && pushes(main).length === 1)
  })

  it('a status saying the library is no longer connected stops the polling; unmounting stops everything', async () => {
    const { main, store, bridge } = start()
    await main.when(() => main.waiting().length > 0)
    main.setStatus(NOT_CONNECTED)
    main.timeOut()
    await storeReaches(store, (state) => state.status?.connection === null)
    const callsThen = main.calls.length
    store.syncNow()
    await main.when(() => main.calls.some((call) => call.channel === 'syncNow'))
    expect(main.waiting()).toEqual([])
    bridge.stop()
    store.syncNow()
    expect(main.calls.length).toBe(callsThen + 1)
  })
})
