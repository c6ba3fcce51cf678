import { afterEach, describe, expect, it } from 'vitest'
import { generateLibrary, type GeneratedLibrary } from '../../../bench/fixtures/generateLibrary'
import { addPaper, openDatabase, saveFullText, type AxisRefDatabase, type PaperRecord } from '../../../renderer/src/db'
import type { SearchRequest } from '../../../renderer/src/search/engine'
import { createIdTableReader } from '../../../renderer/src/search/idTable'
import { SNAPSHOT_FORMAT, openSearchCache } from '../../../renderer/src/search/snapshotStore'
import { suggestAxis } from '../../../shared/axis'
import { importBibliography } from '../../../shared/formats'
import { commitBibliographyImport, planBibliographyImport } from '../../../renderer/src/features/bibliography'
import { refreshSuggestions } from '../../../renderer/src/features/axis/suggestions'
import { closeSearchHosts, startSearchHost, waitFor } from './testSearchHost'

const POOL = {
  titles: ['A corpus title about stress'],
  sentences: ['Real abstracts contain sentences like this one about cortisol.', 'Another sentence mentions the hippocampus.'],
  familyNames: ['Corpusson'],
  journals: ['Corpus Journal'],
}

let count = 0
afterEach(closeSearchHosts)

async function seededLibrary(papers: number): Promise<{ name: string; db: AxisRefDatabase; library: GeneratedLibrary }> {
  const name = `axisref-search-${++count}`
  const db = openDatabase(name)
  const library = generateLibrary(POOL, { count: papers, seed: count })
  await db.transaction('rw', [db.papers, db.attachments, db.fullTexts, db.notes], async () => {
    await db.papers.bulkAdd(library.papers)
    await db.attachments.bulkAdd(library.attachments)
    await db.fullTexts.bulkAdd(library.fullTexts)
    await db.notes.bulkAdd(library.notes)
  })
  return { name, db, library }
}

/** A host like the worker's, with its events collected and a search helper. */
function startHost(name: string, db: AxisRefDatabase, yieldToEvents?: () => Promise<void>, save: Pick<Parameters<typeof startSearchHost>[2] & object, 'saveMaxDelayMs' | 'now'> = {}) {
  const { host, events: messages } = startSearchHost(name, db, { ...(yieldToEvents && { yieldToEvents }), ...save })
  const states = () => messages.flatMap((message) => (message.type === 'status' ? [message.status.state] : []))
  const revision = () => messages.filter((message) => message.type === 'changed').length
  const idTable = createIdTableReader()
  async function search(query: string, request: Partial<SearchRequest> = {}) {
    const reply = await host.handlers.search({ query, sort: 'relevance', ...request, known: idTable.known() })
    return { ids: idTable.decode(reply.ids), state: reply.status.state }
  }
  async function ready() {
    await waitFor(() => states().includes('ready'))
    await host.idle()
  }
  return { host, messages, states, revision, search, ready }
}

const QUERIES = ['microglia', 'depression type:rct', '"randomized controlled trial"', 'cortis', 'node:gut year:2010-2025', 'has:fulltext', '-has:pdf tag:to-read']

// A rebuild of a few thousand papers in fake-indexeddb takes seconds on a busy machine
describe('the search worker host', { timeout: 60_000 }, () => {
  it('builds the index on first start while answering searches, saves it, and loads it next time instead of rebuilding', async () => {
    const { name, db, library } = await seededLibrary(1500)
    let release: () => void = () => undefined
    let paused = true
    const first = startHost(name, db, () => (paused ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()))
    await waitFor(() => first.states().includes('indexing') && first.messages.some((message) => message.type === 'status' && message.status.indexed >= 1000))
    const during = await first.search('type:rct', { sort: { column: 'year', direction: 'desc' } })
    expect(during.state).toBe('indexing')
    expect(during.ids.length).toBeGreaterThan(0)
    expect(during.ids.every((id) => library.papers.find((paper) => paper.id === id)?.studyType === 'rct')).toBe(true)
    paused = false
    release()
    await first.ready()
    const answers = await Promise.all(QUERIES.map((query) => first.search(query)))
    expect(answers.every((answer) => answer.state === 'ready')).toBe(true)
    expect(answers.map((answer) => answer.ids.length).every((length) => length > 0)).toBe(true)
    await first.host.handlers.flush(undefined)
    first.host.close()

    const second = startHost(name, db)
    await second.ready()
    expect(second.states()).not.toContain('indexing')
    expect(await Promise.all(QUERIES.map((query) => second.search(query)))).toEqual(answers)
  })

  it('saves the index while changes keep coming, at the latest a set time after the first unsaved one', async () => {
    const { name, db, library } = await seededLibrary(300)
    const cache = openSearchCache(name)
    // after every generated paper's modifiedAt, so the watermark is the edits' time
    let now = 2_000_000_000_000
    const saved = async () => (await cache.snapshots.get(name))?.watermark
    const host = startHost(name, db, undefined, { saveMaxDelayMs: 60_000, now: () => now })
    await host.ready()
    // the quiet time (60 s) is never reached in this test: nothing is saved on its account
    expect(await saved()).toBeUndefined()
    const paper = library.papers[0]
    if (!paper) throw new Error('no paper generated')
    const edit = async (tag: string) => {
      const revision = host.revision()
      now += 30_000
      await db.papers.update(paper.id, { tags: [tag], modifiedAt: now })
      await waitFor(() => host.revision() > revision)
      await host.host.idle()
      // the save, when due now, runs from a timer of 0 ms
      await new Promise((resolve) => setTimeout(resolve, 20))
      await host.host.idle()
    }
    await edit('first')
    expect(await saved()).toBeUndefined()
    // 60 s after the first unsaved state (the build): saved at once, quiet or not
    await edit('second')
    expect(await saved()).toBe(now)
    expect((await host.search('tag:second')).ids).toEqual([paper.id])
    cache.close()
  })

  it('keeps each paper\'s suggested nodes as a suggestion refresh writes them, in batches larger than Dexie names row by row', async () => {
    const { name, db } = await seededLibrary(300)
    await db.papers.toCollection().modify((paper) => {
      delete paper.axisSuggestions
      paper.axisSuggested = []
    })
    const live = startHost(name, db)
    await live.ready()
    const suggested = (counts: Awaited<ReturnType<typeof live.host.handlers.facets>>) => Object.values(counts.suggestedNodes).reduce((sum, count) => sum + count, 0)
    expect(suggested(await live.host.handlers.facets({ query: '' }))).toBe(0)
    await db.suggestionQueue.bulkPut((await db.papers.toCollection().primaryKeys()).map((paperId) => ({ paperId, seq: 0 })))
    expect(await refreshSuggestions(db, async (inputs) => inputs.map((input) => suggestAxis(input)), undefined, async () => undefined)).toBe(300)
    // what a start reading the library afresh counts
    const fresh = startHost(`${name}`, db)
    await fresh.ready()
    const expected = await fresh.host.handlers.facets({ query: '' })
    expect(suggested(expected)).toBeGreaterThan(100)
    let counts = await live.host.handlers.facets({ query: '' })
    // the same counts, whatever order the keys came in
    const same = (a: Record<string, number>, b: Record<string, number>) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort())
    for (let waited = 0; !same(counts.suggestedNodes, expected.suggestedNodes) && waited < 20_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      await live.host.idle()
      counts = await live.host.handlers.facets({ query: '' })
    }
    expect(counts.suggestedNodes).toEqual(expected.suggestedNodes)
  })

  it('finds words of abstracts and notes once the first build ends, and lists papers while it runs', async () => {
    const { name, db, library } = await seededLibrary(3500)
    const paper = await addPaper(db, { csl: { id: 'z', type: 'article-journal', title: 'An unremarkable title', abstract: 'Zymurgy of the gut: fermentation in quokkas.' }, citationKey: 'zymurgy2024' })
    await db.notes.add({ id: 'note-z', paperId: paper.id, markdown: 'Ask about the xylophonist cohort', createdAt: 1, modifiedAt: 1 })
    const abstractOnly = library.papers.filter((record) => record.csl.abstract?.includes('hippocampus') && !record.csl.title?.toLowerCase().includes('hippocampus')).map((record) => record.id)
    expect(abstractOnly.length).toBeGreaterThan(0)
    let release: () => void = () => undefined
    let paused = true
    // the build stops after its first chunk until released: a build as slow as can be
    const host = startHost(name, db, () => (paused ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()))
    await waitFor(() => host.states().includes('indexing') && host.revision() > 0)
    const during = await host.search('', { sort: { column: 'title', direction: 'asc' } })
    expect(during.state).toBe('indexing')
    expect(during.ids).toHaveLength(1000 - library.papers.slice(0, 1000).filter((record) => record.trashedAt !== undefined).length)
    paused = false
    release()
    await host.ready()
    expect(await host.search('zymurgy')).toEqual({ ids: [paper.id], state: 'ready' })
    expect((await host.search('xylophonist')).ids).toEqual([paper.id])
    const hippocampus = new Set((await host.search('hippocampus')).ids)
    const live = abstractOnly.filter((id) => library.papers.find((record) => record.id === id)?.trashedAt === undefined)
    expect(live.length).toBeGreaterThan(0)
    expect(live.filter((id) => !hippocampus.has(id))).toEqual([])
    // the list was told as what had been read doubled (1,000, 2,000), then once at the end: not after each of the four chunks
    expect(host.revision()).toBe(3)
  })

  it('catches up on start with what changed while it was closed', async () => {
    const { name, db, library } = await seededLibrary(300)
    const first = startHost(name, db)
    await first.ready()
    await first.host.handlers.flush(undefined)
    first.host.close()

    const [gone, edited, annotated] = library.papers
    await db.papers.delete(gone!.id)
    await db.papers.update(edited!.id, { 'csl.title': 'Zorbulon revisited', modifiedAt: Date.now() })
    await db.notes.add({ id: 'note-x', paperId: annotated!.id, markdown: 'Quokka anecdote', createdAt: 1, modifiedAt: Date.now() })
    const added = await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: 'Vagal tone in axolotls' }, citationKey: 'axolotl2024' })

    const second = startHost(name, db)
    await second.ready()
    expect(second.states()).not.toContain('indexing')
    expect((await second.search(gone!.citationKey)).ids).not.toContain(gone!.id)
    expect((await second.search('zorbulon')).ids).toEqual([edited!.id])
    expect((await second.search('quokka')).ids).toEqual([annotated!.id])
    expect((await second.search('axolotls')).ids).toEqual([added.id])
  })

  it('follows writes from anywhere in the app as they happen, one paper or a bulk import', async () => {
    const { name, db } = await seededLibrary(200)
    const host = startHost(name, db)
    await host.ready()
    const settle = async (before: number) => {
      await waitFor(() => host.revision() > before)
      await host.host.idle()
    }

    let before = host.revision()
    const paper = await addPaper(db, { csl: { id: 'y', type: 'article-journal', title: 'Glorptide challenge in volunteers' }, citationKey: 'lps2020' })
    await settle(before)
    expect((await host.search('glorptide challenge')).ids).toEqual([paper.id])

    before = host.revision()
    await db.attachments.add({ id: 'att-y', paperId: paper.id, hash: 'h', size: 1, originalName: 'y.pdf', textExtracted: false, addedAt: 1 })
    await saveFullText(db, { id: 'att-y', paperId: paper.id, hash: 'h', size: 1, originalName: 'y.pdf', textExtracted: false, addedAt: 1 }, 'Endotoxin raised sickness behaviour scores.', false)
    await settle(before)
    expect((await host.search('"sickness behaviour" has:pdf')).ids).toEqual([paper.id])

    before = host.revision()
    await db.papers.delete(paper.id)
    await settle(before)
    expect((await host.search('glorptide')).ids).toEqual([])

    before = host.revision()
    const imported = Array.from({ length: 60 }, (_, index) => ({ id: `bulk-${index}`, citationKey: `bulk${index}`, csl: { id: `bulk-${index}`, type: 'article-journal', title: `Tardigrade resilience ${index}` }, addedAt: Date.now(), modifiedAt: Date.now(), axisNodes: [], tags: [], collections: [] }))
    await db.papers.bulkAdd(imported)
    await settle(before)
    expect((await host.search('tardigrade')).ids).toHaveLength(60)
  })

  it('catches up after bulk writes once they pause (or after a longest wait), and meanwhile follows single writes at once', async () => {
    const { name, db, library } = await seededLibrary(200)
    let now = 1_000_000
    const { host: worker, events } = startSearchHost(name, db, { rangeQuietMs: 10_000, rangeMaxWaitMs: 30_000, now: () => now })
    const revision = () => events.filter((event) => event.type === 'changed').length
    const idTable = createIdTableReader()
    const search = async (query: string) => idTable.decode((await worker.handlers.search({ query, sort: 'relevance', known: idTable.known() })).ids)
    await waitFor(() => events.some((event) => event.type === 'status' && event.status.state === 'ready'))
    await worker.idle()
    const chunk = (word: string) => Array.from({ length: 60 }, (_, index) => ({ id: `${word}-${index}`, citationKey: `${word}${index}`, csl: { id: `${word}-${index}`, type: 'article-journal', title: `${word} resilience ${index}` }, addedAt: now, modifiedAt: now, axisNodes: [], tags: [], collections: [] }))
    const paper = library.papers[0]
    if (!paper) throw new Error('no paper generated')
    const edit = async (tags: string[]) => {
      const before = revision()
      await db.papers.update(paper.id, { tags })
      await waitFor(() => revision() > before)
      await worker.idle()
    }
    await db.papers.bulkAdd(chunk('tardigrade'))
    // a single write meanwhile is followed at once; the bulk write waits for a pause
    await edit(['screened'])
    expect(await search('tag:screened')).toEqual([paper.id])
    expect(await search('tardigrade')).toEqual([])
    now += 10_000
    await edit(['screened', 'read'])
    expect(await search('tardigrade')).toHaveLength(60)
    // chunk after chunk, 8 s apart: no pause, but none waits more than the longest wait
    const found: number[] = []
    for (const word of ['rotifer', 'nematode', 'copepod', 'ostracod', 'isopod']) {
      now += 8_000
      await db.papers.bulkAdd(chunk(word))
      await edit(['screened', word])
      found.push((await search('resilience')).length)
    }
    // the first of them waited 32 s by the fifth: all caught up then
    expect(found).toEqual([60, 60, 60, 60, 360])
  })

  it('indexes an import\'s papers from the rows the page sends, before any catch-up, and reads again those changed meanwhile', async () => {
    const { name, db } = await seededLibrary(20)
    let now = 1_000_000
    const { host: worker, events } = startSearchHost(name, db, { rangeQuietMs: 10_000, rangeMaxWaitMs: 30_000, now: () => now })
    const idTable = createIdTableReader()
    const search = async (query: string) => idTable.decode((await worker.handlers.search({ query, sort: 'relevance', known: idTable.known() })).ids)
    await waitFor(() => events.some((event) => event.type === 'status' && event.status.state === 'ready'))
    await worker.idle()
    const bib = Array.from({ length: 120 }, (_, index) => `@article{tardi${index}, author = {Maes, Michael}, title = {Tardigrade resilience ${index}}, year = {2020}}`).join('\n')
    const plan = await planBibliographyImport(db, 'import.bib', importBibliography(bib))
    const sent: PaperRecord[][] = []
    const ids = await commitBibliographyImport(db, plan, { chunk: 60, onWritten: (papers) => sent.push(papers) })
    // another window renames the second chunk's papers (a bulk write: a range notice) before this worker hears of them
    const renamed = ids.slice(60)
    const editedAt = (sent[1]?.[0]?.modifiedAt ?? 0) + 1
    await db.papers.bulkUpdate(renamed.map((id) => ({ key: id, changes: { 'csl.title': 'Rotifer dormancy', modifiedAt: editedAt } })))
    for (const papers of sent) worker.handlers.added({ papers })
    await worker.idle()
    // searchable from the rows sent, though the import's bulk writes wait for a pause to be caught up on
    expect(await search('tardigrade')).toHaveLength(120)
    // sent again (a chunk told twice): papers already indexed are left to the change notices
    worker.handlers.added({ papers: sent[0] ?? [] })
    await worker.idle()
    expect(await search('tardigrade')).toHaveLength(120)

    now += 10_000
    const before = events.filter((event) => event.type === 'changed').length
    await db.papers.update(ids[0] ?? '', { tags: ['screened'] })
    await waitFor(() => events.filter((event) => event.type === 'changed').length > before)
    await worker.idle()
    // the catch-up read the renamed papers as stored; the others stay as they were sent
    expect((await search('tardigrade')).sort()).toEqual(ids.slice(0, 60).sort())
    expect((await search('rotifer dormancy')).sort()).toEqual([...renamed].sort())
    expect(await search('tag:screened')).toEqual([ids[0]])
  })

  it('rebuilds when the saved index is of another format', async () => {
    const { name, db } = await seededLibrary(50)
    const cache = openSearchCache(name)
    await cache.snapshots.put({ library: name, format: -1, savedAt: 0, watermark: 0, text: undefined as never, summaries: '[]', owners: { notes: [], fullTexts: [], attachments: [] }, orders: {} })
    cache.close()
    const host = startHost(name, db)
    await host.ready()
    expect(host.states()).toContain('indexing')
    expect((await host.search('')).ids).toHaveLength(50 - (await db.papers.where('trashedAt').above(0).count()))
  })

  it('rebuilds when the saved index cannot be read, and says why while it does', async () => {
    const { name, db } = await seededLibrary(20)
    const cache = openSearchCache(name)
    await cache.snapshots.put({ library: name, format: SNAPSHOT_FORMAT, savedAt: 0, watermark: 0, text: undefined as never, summaries: '[{"id": "cut off', owners: { notes: [], fullTexts: [], attachments: [] }, orders: {} })
    cache.close()
    const host = startHost(name, db)
    await host.ready()
    const indexing = host.messages.flatMap((message) => (message.type === 'status' && message.status.state === 'indexing' ? [message.status.message] : []))
    expect(indexing.length).toBeGreaterThan(0)
    for (const message of indexing) expect(message).toMatch(/^The saved search index could not be read \(.*JSON.*\); it is being rebuilt, and until then words are found in titles and authors only\.$/)
    expect((await host.search('')).ids).toHaveLength(20 - (await db.papers.where('trashedAt').above(0).count()))
  })
})
