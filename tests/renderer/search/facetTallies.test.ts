import { afterEach, describe, expect, it } from 'vitest'
import type { PaperSummary } from '../../../shared/search'
import { generateLibrary } from '../../../bench/fixtures/generateLibrary'
import { createRandom } from '../../../bench/fixtures/random'
import { applyEdit, invertEdit, openDatabase, restorePapers, trashPapers, type EditPatch } from '../../../renderer/src/db'
import { toSummary, type PaperSource } from '../../../renderer/src/search/documents'
import { SearchEngine } from '../../../renderer/src/search/engine'
import { countFacets } from '../../../renderer/src/search/facets'
import { readSources } from '../../../renderer/src/search/sources'
import { closeSearchHosts, startSearchHost } from './testSearchHost'

// The sidebar's counts after an edit used to be counted afresh over every paper (100,000 at
// once); now the worker keeps running counts, adjusted by each paper's old and new values.
// The counts must stay exactly what a fresh count says, through edits, deletes and undo.

const POOL = { titles: ['A corpus title about stress'], sentences: ['Real abstracts mention cortisol.'], familyNames: ['Corpusson'], journals: ['Corpus Journal'] }
/** Generous: a busy machine runs a few hundred fresh counts slowly; no figure is asserted. */
const SLOW = 60_000
const NODES = ['gut.barrier', 'glia.microglia', 'immune.cytokines', 'gut', 'not-a-node']

function sources(count: number, seed: number): PaperSource[] {
  const library = generateLibrary(POOL, { count, seed })
  const pdfs = new Set(library.attachments.map((attachment) => attachment.paperId))
  return library.papers.map((paper) => ({ paper, notes: [], fullTexts: [], attachmentIds: pdfs.has(paper.id) ? [`a-${paper.id}`] : [] }))
}

/** The old way: every paper of the library (or the trash) counted afresh. */
function freshCounts(summaries: Iterable<PaperSummary>, trash: boolean) {
  return countFacets([...summaries].filter((summary) => summary.trashed === trash))
}

/** One paper changed as a user (or a sync) would change it: tags, nodes, year, journal, type, PDF, trash. */
function edited(source: PaperSource, random: ReturnType<typeof createRandom>): PaperSource {
  const paper = { ...source.paper, csl: { ...source.paper.csl } }
  const change = random.int(7)
  if (change === 0) paper.tags = random.chance(0.5) ? [...paper.tags, random.pick(['to-read', 'ch2', 'new-tag'])] : paper.tags.slice(1)
  if (change === 1) paper.axisNodes = random.chance(0.3) ? [] : [random.pick(NODES), random.pick(NODES)]
  if (change === 2) paper.csl.issued = random.chance(0.2) ? undefined : { 'date-parts': [[1990 + random.int(36)]] }
  if (change === 3) paper.csl['container-title'] = random.chance(0.2) ? undefined : random.pick(['Gut', 'Brain Behav Immun', 'New Journal'])
  if (change === 4) paper.studyType = random.chance(0.2) ? undefined : random.pick(['rct', 'review', 'cohort'])
  if (change === 5) paper.axisSuggested = random.chance(0.3) ? [] : [random.pick(NODES)]
  if (change === 6) paper.trashedAt = paper.trashedAt === undefined ? 5 : undefined
  return { ...source, paper, attachmentIds: random.chance(0.1) ? [] : source.attachmentIds }
}

describe('running facet counts in the search engine', () => {
  it('equal a fresh count of the library and of the trash after every one of 250 edits, deletes, re-adds and undos', () => {
    const random = createRandom(7)
    const library = sources(200, 3)
    const engine = new SearchEngine(undefined, library.map(toSummary))
    expect(engine.facets({ query: '' })).toEqual(freshCounts(engine.summaries.values(), false))
    const undo: PaperSource[] = []
    const removed: PaperSource[] = []
    for (let step = 0; step < 250; step++) {
      const choice = random.int(10)
      const id = `p${String(1 + random.int(library.length)).padStart(6, '0')}`
      const current = library.find((source) => source.paper.id === id)
      if (choice === 0 && current && engine.summaries.has(id)) {
        engine.remove(id)
        removed.push(current)
      } else if (choice === 1 && removed.length > 0) {
        const back = removed.pop()
        if (back) engine.upsert(toSummary(back), undefined)
      } else if (choice === 2 && undo.length > 0) {
        const previous = undo.pop()
        if (previous && engine.summaries.has(previous.paper.id)) engine.upsert(toSummary(previous), undefined)
      } else if (current && engine.summaries.has(id)) {
        const next = edited(current, random)
        undo.push(current)
        library[library.indexOf(current)] = next
        engine.upsert(toSummary(next), undefined)
      }
      expect(engine.facets({ query: '' }), `step ${step}`).toEqual(freshCounts(engine.summaries.values(), false))
      expect(engine.facets({ query: '', trash: true }), `step ${step}`).toEqual(freshCounts(engine.summaries.values(), true))
    }
  }, SLOW)

  it('still count what a query, a filter or a collection finds afresh', () => {
    const engine = new SearchEngine(undefined, sources(200, 4).map(toSummary))
    engine.facets({ query: '' })
    const rct = engine.facets({ query: 'type:rct' })
    expect(rct.total).toBe([...engine.summaries.values()].filter((summary) => !summary.trashed && summary.studyType === 'rct').length)
    expect(rct.studyTypes).toEqual({ rct: rct.total })
    const collection = engine.facets({ query: '', collectionId: 'c01' })
    expect(collection.total).toBe([...engine.summaries.values()].filter((summary) => !summary.trashed && summary.collections.includes('c01')).length)
  })
})

describe('the sidebar counts the search worker answers after a change', () => {
  afterEach(closeSearchHosts)

  async function startedHost() {
    const name = `facet-tallies-${Math.random()}`
    const db = openDatabase(name)
    const library = generateLibrary(POOL, { count: 200, seed: 9 })
    await db.papers.bulkAdd(library.papers)
    await db.attachments.bulkAdd(library.attachments)
    const { host, events } = startSearchHost(name, db)
    const changes = () => events.filter((event) => event.type === 'changed').length
    /** Runs a write and waits until the worker has taken it in (its next "changed" notice). */
    async function after(write: () => Promise<unknown>): Promise<void> {
      const before = changes()
      await write()
      for (let waited = 0; changes() === before; waited += 5) {
        if (waited > 20_000) throw new Error('the worker never took the write in')
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      await host.idle()
    }
    /** What a fresh count of the stored library says. */
    async function stored(trash: boolean) {
      const { sources: all } = await readSources(db, await db.papers.toCollection().primaryKeys())
      return freshCounts(all.map(toSummary), trash)
    }
    await host.handlers.search({ query: '', sort: 'relevance' })
    await host.idle()
    return { db, host, after, stored, library }
  }

  it('are right at once after an edit, a trash, a delete and their undo', async () => {
    const { db, host, after, stored, library } = await startedHost()
    const counts = (trash = false) => host.handlers.facets({ query: '', trash })
    const before = await counts()
    expect(before).toEqual(await stored(false))

    const paper = library.papers[0]
    if (!paper) throw new Error('no paper')
    const edit: EditPatch = { kind: 'paper', paperId: paper.id, before: { tags: paper.tags }, after: { tags: [...paper.tags, 'chapter-3'] } }
    await after(() => applyEdit(db, edit))
    expect((await counts()).tags).toContainEqual(['chapter-3', 1])
    expect(await counts()).toEqual(await stored(false))
    await after(() => applyEdit(db, invertEdit(edit)))
    expect(await counts()).toEqual(before)

    await after(() => trashPapers(db, [paper.id], 10))
    expect((await counts()).total).toBe(before.total - 1)
    expect(await counts(true)).toEqual(await stored(true))
    await after(() => restorePapers(db, [paper.id], 11))
    expect(await counts()).toEqual(before)

    const other = library.papers.find((candidate) => candidate.trashedAt === undefined && candidate.axisNodes.length > 0 && candidate.id !== paper.id)
    if (!other) throw new Error('no paper on the axis')
    await after(() => db.papers.delete(other.id))
    expect(await counts()).toEqual(await stored(false))
    expect((await counts()).total).toBe(before.total - 1)
    await after(() => db.papers.add(other))
    expect(await counts()).toEqual(before)
  }, SLOW)
})
