import { describe, expect, it } from 'vitest'
import { addPaper, enqueueLookups, newPaperRow, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { backoffDelay, createAddHandler, createLookupQueue, lookupStatusText, OFFLINE_MESSAGE, type LookupHandlers, type LookupQueueDeps } from '../../../renderer/src/features/lookup'
import { countsWithHold, timedCounts } from '../../../renderer/src/features/lookup/status'
import { crossrefRecord, fakeTime, pubmedRecord, recordedLookupApi, type Answers } from './recordedLookups'

let count = 0

const PMID = { purpose: 'add', input: 'PMID: 33856845', identifier: { kind: 'pmid', value: '33856845' } } as const
const DOI = { purpose: 'add', input: 'https://doi.org/10.7554/eLife.01567', identifier: { kind: 'doi', value: '10.7554/elife.01567' } } as const
const UNKNOWN = { purpose: 'add', input: '10.1371/notarealdoi', identifier: { kind: 'doi', value: '10.1371/notarealdoi' } } as const

function answers(): Answers {
  return { '33856845': pubmedRecord('33856845'), '10.7554/elife.01567': crossrefRecord('10.7554_elife.01567') }
}

function setUp(options: { db?: AxisRefDatabase; handlers?: LookupHandlers; answers?: Answers } = {}) {
  const db = options.db ?? openDatabase(`lookup-queue-${++count}`)
  const time = fakeTime()
  const recorded = recordedLookupApi(options.answers ?? answers())
  const errors: string[] = []
  const applied = { count: 0 }
  const holds: (string | undefined)[] = []
  const deps: LookupQueueDeps = {
    db,
    api: recorded.api,
    clock: time.clock,
    schedule: time.schedule,
    handlers: { add: createAddHandler(db), ...options.handlers },
    onError: (message) => errors.push(message),
    onApplied: () => (applied.count += 1),
    onHold: (error) => holds.push(error?.code),
  }
  return { db, time, ...recorded, errors, applied, holds, queue: createLookupQueue(deps) }
}

async function rows(db: AxisRefDatabase) {
  return db.lookups.orderBy('createdAt').toArray()
}

describe('the lookup queue', () => {
  it('adds looked-up papers with MeSH, publication types, study type and provenance, and fails an unknown id without retrying it', async () => {
    const { db, queue, calls, time } = setUp()
    await queue.enqueue([PMID, DOI, UNKNOWN])
    await queue.run()
    expect(calls).toEqual([['33856845', '10.7554/elife.01567', '10.1371/notarealdoi']])
    const [pmid, doi, unknown] = await rows(db)
    expect(pmid).toMatchObject({ state: 'done', attempts: 1 })
    expect(pmid?.outcome).toMatch(/^Added: Impact of insight and metacognition on vocational rehabilitation/)
    expect(doi?.state).toBe('done')
    expect(doi?.outcome).toMatch(/^Added: /)
    expect(unknown).toMatchObject({ state: 'failed', attempts: 1, error: { code: 'NOT_FOUND' } })

    const paper = await db.papers.get(pmid?.paperId ?? '')
    expect(paper?.pmid).toBe('33856845')
    expect(paper?.citationKey).toMatch(/^\w+2021/)
    expect(paper?.extension?.publicationTypes).toContain('Systematic Review')
    expect(paper?.extension?.mesh?.length).toBeGreaterThan(0)
    expect(paper?.studyType).toBe('systematic-review')
    expect(paper?.fieldSources?.title).toEqual({ source: 'registry', confidence: 1, at: time.clock(), by: 'pubmed' })
    expect(paper?.fieldSources?.mesh?.by).toBe('pubmed')
    expect(paper?.retraction).toEqual({ status: null, source: 'pubmed', checkedAt: time.clock() })
    const fromCrossref = await db.papers.get(doi?.paperId ?? '')
    expect(fromCrossref?.doi).toBe('10.7554/elife.01567')
    expect(fromCrossref?.fieldSources?.DOI?.by).toBe('crossref')

    // nothing due: another run sends nothing, and no retry timer is set for the failed row
    await queue.run()
    expect(calls).toHaveLength(1)
    expect(time.nextDelay()).toBeUndefined()
  })

  it('with lookups off leaves every row waiting with why, loses nothing, and adds them once lookups are on', async () => {
    const { db, queue, calls, down, time, applied } = setUp()
    down.error = { code: 'OFFLINE', message: 'Online lookups are turned off in Settings.' }
    await queue.enqueue([PMID, DOI])
    await queue.run()
    expect((await rows(db)).map((row) => [row.state, row.attempts, row.error?.message])).toEqual([
      ['waiting', 0, OFFLINE_MESSAGE],
      ['waiting', 0, OFFLINE_MESSAGE],
    ])
    expect(await db.papers.count()).toBe(0)
    expect(calls).toHaveLength(1)
    expect(applied.count).toBe(0)

    down.error = undefined
    expect(time.nextDelay()).toBe(60_000)
    time.advance(60_000)
    await queue.run()
    expect((await rows(db)).map((row) => row.state)).toEqual(['done', 'done'])
    expect(await db.papers.count()).toBe(2)
    // what follows new records (axis suggestions) is told once for the batch
    expect(applied.count).toBe(1)
  })

  it('backs off exponentially while the registries cannot be reached, counting attempts, then succeeds', async () => {
    const { db, queue, down, time, calls } = setUp()
    down.error = { code: 'UNAVAILABLE', message: 'PubMed could not be reached (connection refused).' }
    await queue.enqueue([PMID])
    await queue.run()
    let [row] = await rows(db)
    expect(row).toMatchObject({ state: 'waiting', attempts: 1, notBefore: time.clock() + 30_000, error: { code: 'UNAVAILABLE' } })

    // a run before the row is due sends nothing
    await queue.run()
    expect(calls).toHaveLength(1)
    time.advance(30_000)
    await queue.run()
    ;[row] = await rows(db)
    expect(row).toMatchObject({ state: 'waiting', attempts: 2, notBefore: time.clock() + 60_000 })
    expect(time.nextDelay()).toBe(60_000)
    expect([1, 2, 3, 8, 20].map(backoffDelay)).toEqual([30_000, 60_000, 120_000, 3_600_000, 3_600_000])

    down.error = undefined
    time.advance(60_000)
    await queue.run()
    ;[row] = await rows(db)
    expect(row).toMatchObject({ state: 'done', attempts: 3 })
    expect(row?.error).toBeUndefined()
  })

  it('runs the lookups waiting for the network as soon as the browser says it is back, their backoff cut short', async () => {
    const { db, queue, down, time } = setUp()
    down.error = { code: 'UNAVAILABLE', message: 'PubMed could not be reached (connection refused).' }
    await queue.enqueue([PMID])
    await queue.run()
    expect((await rows(db))[0]?.notBefore).toBe(time.clock() + 30_000)
    down.error = undefined
    await queue.networkBack()
    expect((await rows(db))[0]).toMatchObject({ state: 'done', attempts: 2 })
  })

  it('after a restart, resumes at once the rows waiting for the network and those a crash left running', async () => {
    const name = `lookup-restart-${++count}`
    const first = setUp({ db: openDatabase(name) })
    first.down.error = { code: 'TIMEOUT', message: 'Crossref did not answer within 20 s.' }
    await first.queue.enqueue([PMID, DOI])
    await first.queue.run()
    // the window closed while the second was being looked up
    const [, crashed] = await rows(first.db)
    await first.db.lookups.update(crashed?.id ?? '', { state: 'running' })
    first.queue.stop()
    first.db.close()

    // the next start tries at once what waited for the network (its backoff is not waited out)
    const second = setUp({ db: openDatabase(name) })
    await second.queue.start()
    expect((await rows(second.db)).map((row) => row.state)).toEqual(['done', 'done'])
    expect(await second.db.papers.count()).toBe(2)
  })

  it('stopped while a pass waits for the registries (the window closes), finishes the pass but reports nothing more', async () => {
    const { db, time, api, errors, applied } = setUp()
    let answer: () => void = () => undefined
    const answered = new Promise<void>((resolve) => (answer = resolve))
    const slow: LookupQueueDeps['api'] = {
      lookupIdentifiers: async (request) => {
        await answered
        return api.lookupIdentifiers(request)
      },
    }
    const queue = createLookupQueue({ db, api: slow, clock: time.clock, schedule: time.schedule, handlers: { add: createAddHandler(db) }, onError: (message) => errors.push(message), onApplied: () => (applied.count += 1) })
    await queue.enqueue([PMID])
    const pass = queue.run()
    queue.stop()
    answer()
    await pass
    // the record is stored (the rows are the queue), but no one is told: the window is gone
    expect((await rows(db))[0]?.state).toBe('done')
    expect(applied.count).toBe(0)
    expect(errors).toEqual([])
    // started again (the next window), it reports as before
    await queue.start()
    await queue.enqueue([DOI])
    await queue.run()
    expect(applied.count).toBe(1)
  })

  it('links a paper already in the library by DOI (any case) or PMID instead of adding it twice', async () => {
    const db = openDatabase(`lookup-link-${++count}`)
    const existing = await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: 'Stem cells in the eLife paper', DOI: '10.7554/eLife.01567' }, citationKey: 'elife2014' })
    const { queue, calls } = setUp({ db })
    // the same PMID twice: asked once, added once, the second linked to the first
    await queue.enqueue([DOI, PMID, { ...PMID, input: 'https://pubmed.ncbi.nlm.nih.gov/33856845/' }])
    await queue.run()
    expect(calls).toEqual([['10.7554/elife.01567', '33856845']])
    const [doi, pmid, again] = await rows(db)
    expect(doi).toMatchObject({ state: 'done', paperId: existing.id, outcome: 'Already in the library: Stem cells in the eLife paper' })
    expect(pmid?.outcome).toMatch(/^Added: /)
    expect(again).toMatchObject({ state: 'done', paperId: pmid?.paperId })
    expect(again?.outcome).toMatch(/^Already in the library: Impact of insight and metacognition/)
    expect(await db.papers.count()).toBe(2)
  })

  it('runs one pass at a time: a trigger during a run makes one more pass, never a second call at once', async () => {
    const { db, time } = setUp()
    let inFlight = 0
    let most = 0
    const sent: string[][] = []
    let release: () => void = () => undefined
    const recorded = recordedLookupApi(answers())
    const queue = createLookupQueue({
      db,
      clock: time.clock,
      schedule: time.schedule,
      handlers: { add: createAddHandler(db) },
      api: {
        lookupIdentifiers: async (input) => {
          inFlight += 1
          most = Math.max(most, inFlight)
          sent.push(input.ids)
          await new Promise<void>((resolve) => (release = resolve))
          inFlight -= 1
          return recorded.api.lookupIdentifiers(input)
        },
      },
    })
    const firstRun = queue.enqueue([PMID])
    await firstRun
    await waitUntil(() => sent.length === 1)
    await queue.enqueue([DOI])
    void queue.run()
    release()
    await waitUntil(() => sent.length === 2)
    release()
    await queue.run()
    expect(most).toBe(1)
    expect(sent).toEqual([['33856845'], ['10.7554/elife.01567']])
    expect((await rows(db)).map((row) => row.state)).toEqual(['done', 'done'])
  })

  it('sends at most 200 identifiers a call', async () => {
    const { queue, calls } = setUp({ answers: {} })
    const many = Array.from({ length: 250 }, (_, index) => ({ purpose: 'add' as const, input: String(index + 1), identifier: { kind: 'pmid' as const, value: String(index + 1) } }))
    await queue.enqueue(many)
    await queue.run()
    expect(calls.map((ids) => ids.length)).toEqual([200, 50])
  })

  it('hands completions to their handler, drops a lookup whose paper is gone, and leaves purposes nobody handles waiting', async () => {
    const db = openDatabase(`lookup-handlers-${++count}`)
    const paper = await addPaper(db, { csl: { id: 'p', type: 'article-journal', title: 'Peer support' }, citationKey: 'peer2021' })
    const handled: string[] = []
    const { queue, calls } = setUp({
      db,
      handlers: {
        complete: async (found) => {
          handled.push(...found.map(({ row, record }) => `${row.paperId}:${record.item.PMID}`))
          return found.map(() => ({ kind: 'done', outcome: 'Completed 5 fields' }))
        },
      },
    })
    await queue.enqueue([
      { purpose: 'complete', input: '33856845', identifier: { kind: 'pmid', value: '33856845' }, paperId: paper.id },
      { purpose: 'complete', input: '10.7554/elife.01567', identifier: { kind: 'doi', value: '10.7554/elife.01567' }, paperId: 'deleted-paper' },
      { purpose: 'retraction', input: '10.7554/elife.01567', identifier: { kind: 'doi', value: '10.7554/elife.01567' }, paperId: paper.id },
    ])
    await queue.run()
    expect(calls).toEqual([['33856845']])
    expect(handled).toEqual([`${paper.id}:33856845`])
    expect((await rows(db)).map((row) => [row.purpose, row.state, row.outcome, row.paperId])).toEqual([
      ['complete', 'done', 'Completed 5 fields', paper.id],
      ['retraction', 'waiting', undefined, paper.id],
    ])
  })

  it('retries a failed lookup on request, and a handler that throws puts its rows back with the error', async () => {
    const db = openDatabase(`lookup-retry-${++count}`)
    const registry = answers()
    const { queue, errors } = setUp({ db, answers: registry })
    await queue.enqueue([UNKNOWN])
    await queue.run()
    const [failed] = await rows(db)
    expect(failed?.state).toBe('failed')
    // the registry knows it now (the DOI was registered meanwhile)
    registry['10.1371/notarealdoi'] = crossrefRecord('10.1371_journal.pone.0000030')
    await queue.retry(failed?.id)
    expect((await rows(db))[0]).toMatchObject({ state: 'done', attempts: 1 })
    expect(errors).toEqual([])

    const broken = setUp({ handlers: { add: async () => Promise.reject(new Error('QuotaExceededError: the disk is full')) } })
    await broken.queue.enqueue([PMID])
    await broken.queue.run()
    expect((await rows(broken.db))[0]).toMatchObject({ state: 'waiting', attempts: 1, error: { code: 'INTERNAL', message: 'Saving the looked-up record failed: QuotaExceededError: the disk is full' } })
    expect(broken.errors).toEqual(['Saving the looked-up record failed: QuotaExceededError: the disk is full'])
  })
})

describe('the lookup queue at the size of a large import', { timeout: 60_000 }, () => {
  /** `n` completions of papers in the library, queued as an import queues them (not through `enqueue`). */
  async function queueCompletions(db: AxisRefDatabase, n: number, now: number) {
    const papers = Array.from({ length: n }, (_, index) => newPaperRow(`p${index}`, { id: `p${index}`, type: 'article-journal', title: `Paper ${index}` }, `key${index}`, now))
    await db.papers.bulkAdd(papers)
    const lookups = papers.map((paper, index) => ({ purpose: 'complete' as const, input: String(index + 1), identifier: { kind: 'pmid' as const, value: String(index + 1) }, paperId: paper.id }))
    await enqueueLookups(db, lookups, now)
  }
  const complete: LookupHandlers = { complete: async (found) => found.map(() => ({ kind: 'done', outcome: 'Completed' })) }
  const registry = (n: number): Answers => {
    const record = pubmedRecord('33856845')
    return Object.fromEntries(Array.from({ length: n }, (_, index) => [String(index + 1), record]))
  }

  it('with lookups off marks only the batch it tried, holds the rest without rewriting them, and says all wait for Settings', async () => {
    const { db, queue, calls, down, time, holds } = setUp({ handlers: complete, answers: registry(450) })
    await queueCompletions(db, 450, time.clock())
    down.error = { code: 'OFFLINE', message: 'Online lookups are turned off in Settings.' }
    await queue.run()
    const all = await rows(db)
    expect(calls).toHaveLength(1)
    expect(all.filter((row) => row.error?.code === 'OFFLINE')).toHaveLength(200)
    expect(all.filter((row) => row.error === undefined && row.notBefore === undefined && row.state === 'waiting')).toHaveLength(250)
    expect(holds).toEqual(['OFFLINE'])
    // the status line counts every waiting lookup as held by Settings
    const counts = countsWithHold({ waiting: 450, running: 0, failed: 0, ...timedCounts(all) }, { code: 'OFFLINE', message: OFFLINE_MESSAGE })
    expect(lookupStatusText(counts)).toBe('Lookups: 450 waiting — online lookups are off in Settings')

    // an import's trigger while held sends nothing; the recheck a minute later does
    await queue.run()
    expect(calls).toHaveLength(1)
    expect(time.nextDelay()).toBe(60_000)
    down.error = undefined
    time.advance(60_000)
    await queue.run()
    expect(calls.map((ids) => ids.length)).toEqual([200, 200, 200, 50])
    expect((await rows(db)).every((row) => row.state === 'done')).toBe(true)
    expect(holds).toEqual(['OFFLINE', undefined])
  })

  it('while the registries are out of reach backs off the batch tried and holds the queue until it is due; the network back runs everything', async () => {
    const { db, queue, calls, down, time, holds } = setUp({ handlers: complete, answers: registry(500) })
    await queueCompletions(db, 500, time.clock())
    down.error = { code: 'UNAVAILABLE', message: 'PubMed could not be reached (connection refused).' }
    await queue.run()
    const tried = (await rows(db)).filter((row) => row.error !== undefined)
    expect(tried).toHaveLength(200)
    expect(tried.every((row) => row.attempts === 1 && row.notBefore === time.clock() + 30_000)).toBe(true)
    expect(holds).toEqual(['UNAVAILABLE'])
    await queue.run()
    expect(calls).toHaveLength(1)
    expect(time.nextDelay()).toBe(30_000)

    down.error = undefined
    await queue.networkBack()
    expect(calls.map((ids) => ids.length)).toEqual([200, 200, 200, 100])
    expect((await rows(db)).every((row) => row.state === 'done')).toBe(true)
  })

  it('runs what the user added before the completions an import queued earlier', async () => {
    const { db, queue, calls, time } = setUp({ handlers: complete, answers: { ...registry(450), ...answers() } })
    await queueCompletions(db, 450, time.clock())
    time.advance(1000)
    await queue.enqueue([DOI])
    await queue.run()
    expect(calls[0]?.[0]).toBe('10.7554/elife.01567')
    expect(calls[0]).toHaveLength(200)
  })
})

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 1000) throw new Error('the condition never held')
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
