import { Dexie, type DBCore, type Middleware } from 'dexie'
import { describe, expect, it } from 'vitest'
import { ONTOLOGY_VERSION, suggestAxis, type PaperInput } from '../../../shared/axis'
import { openDatabase, saveFullText, type AxisRefDatabase } from '../../../renderer/src/db'
import { newPaperRow } from '../../../renderer/src/db/papers'
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/schema'
import { refreshSuggestions } from '../../../renderer/src/features/axis/suggestions'

let count = 0
const freshDatabase = () => openDatabase(`suggestion-queue-${++count}`)
const inline = async (inputs: readonly PaperInput[]) => inputs.map((input) => suggestAxis(input))
const noWait = async () => undefined

/** Counts the paper rows the database hands out, and whether anything walked the table with a cursor. */
function countPaperReads(db: AxisRefDatabase): { rows: number; cursors: number } {
  const reads = { rows: 0, cursors: 0 }
  const counting: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'CountPaperReads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        if (name !== 'papers') return table
        return {
          ...table,
          getMany: async (request) => {
            reads.rows += request.keys.length
            return table.getMany(request)
          },
          query: async (request) => {
            const response = await table.query(request)
            if (request.values) reads.rows += response.result.length
            return response
          },
          openCursor: async (request) => {
            reads.cursors += 1
            return table.openCursor(request)
          },
        }
      },
    }),
  }
  db.use(counting)
  return reads
}

async function addPapers(db: AxisRefDatabase, titles: readonly string[]): Promise<string[]> {
  const rows = titles.map((title, index) => newPaperRow(`p${index}`, { id: `p${index}`, type: 'article-journal', title }, `k${index}`, 1))
  await db.papers.bulkAdd(rows)
  return rows.map((row) => row.id)
}

describe('the axis suggestion refresh at start', () => {
  it('reads only the papers written since the last refresh, never every paper', async () => {
    const db = freshDatabase()
    // before the database opens: Dexie builds its middleware stack then
    const reads = countPaperReads(db)
    const ids = await addPapers(db, Array.from({ length: 300 }, (_, index) => `Microglia in depression, study ${index}`))
    expect(await refreshSuggestions(db, inline, undefined, noWait)).toBe(300)
    expect(await db.suggestionQueue.count()).toBe(0)

    Object.assign(reads, { rows: 0, cursors: 0 })
    expect(await refreshSuggestions(db, inline, undefined, noWait)).toBe(0)
    expect(reads).toEqual({ rows: 0, cursors: 0 })

    // MeSH headings arrive for two papers (a registry lookup): those two are read, and suggested again
    await db.papers.update(ids[7]!, { extension: { mesh: [{ descriptor: 'Gastrointestinal Microbiome', major: false }] } })
    await db.papers.update(ids[42]!, { extension: { mesh: [{ descriptor: 'Depression', major: false }] } })
    Object.assign(reads, { rows: 0, cursors: 0 })
    expect(await refreshSuggestions(db, inline, undefined, noWait)).toBe(2)
    // each of the two read to suggest, and again by Dexie's update that stores the suggestions: none of the other 298
    expect(reads.rows).toBeLessThanOrEqual(4)
    expect(reads.cursors).toBe(0)
    expect((await db.papers.get(ids[7]!))?.axisSuggestions?.registryKey).toBeTruthy()
  }, 60_000)

  it('suggests again for a paper whose PDF text arrived', async () => {
    const db = freshDatabase()
    const [paperId] = await addPapers(db, ['A study'])
    const attachment = { id: 'a1', paperId: paperId!, hash: 'a'.repeat(64), size: 10, originalName: 'gut.pdf', textExtracted: false, addedAt: 1 }
    await db.attachments.add(attachment)
    const paper = { id: paperId! }
    await refreshSuggestions(db, inline, undefined, noWait)
    expect((await db.papers.get(paper.id))?.axisSuggestions?.withFullText).toBe(false)

    await saveFullText(db, attachment, 'Microglial activation and the leaky gut in major depression.', false)
    const seen: PaperInput[] = []
    expect(await refreshSuggestions(db, async (inputs) => (seen.push(...inputs), inline(inputs)), undefined, noWait)).toBe(1)
    expect(seen.map((input) => input.fullText)).toEqual(['Microglial activation and the leaky gut in major depression.'])
    expect((await db.papers.get(paper.id))?.axisSuggestions?.withFullText).toBe(true)
  })

  it('finds suggestions an older ontology made through an index, though their papers were not queued', async () => {
    const db = freshDatabase()
    const [old] = await addPapers(db, ['Microglial activation in major depression'])
    await db.papers.update(old!, { axisSuggestions: { ontologyVersion: '0.9.0', withFullText: false, nodes: [], pathways: [], studyType: null } })
    await db.suggestionQueue.clear()
    expect(await refreshSuggestions(db, inline, undefined, noWait)).toBe(1)
    expect((await db.papers.get(old!))?.axisSuggestions?.ontologyVersion).toBe(ONTOLOGY_VERSION)
  })

  it('keeps a paper queued when it is written while its suggestions are made, and suggests from the new row next time', async () => {
    const db = freshDatabase()
    const [id] = await addPapers(db, ['Microglial activation in major depression'])
    const editMeanwhile = async (inputs: readonly PaperInput[]) => {
      await db.papers.update(id!, { extension: { mesh: [{ descriptor: 'Depression', major: false }] } })
      return inline(inputs)
    }
    expect(await refreshSuggestions(db, editMeanwhile, undefined, noWait)).toBe(1)
    expect(await db.suggestionQueue.get(id!)).toBeDefined()
    expect(await refreshSuggestions(db, inline, undefined, noWait)).toBe(1)
    expect((await db.papers.get(id!))?.axisSuggestions?.registryKey).toBeTruthy()
    expect(await db.suggestionQueue.count()).toBe(0)
  })

  it('hands the suggester bounded batches and yields to the page between them', async () => {
    const db = freshDatabase()
    await addPapers(db, Array.from({ length: 600 }, (_, index) => `Cytokines and microglia ${index}`))
    const batches: number[] = []
    let yields = 0
    const done = await refreshSuggestions(db, async (inputs) => (batches.push(inputs.length), inline(inputs)), undefined, async () => void (yields += 1))
    expect(done).toBe(600)
    expect(Math.max(...batches)).toBeLessThanOrEqual(250)
    expect(yields).toBeGreaterThanOrEqual(batches.length)
  }, 60_000)
})

describe('upgrade to version 10 (the suggestion queue)', () => {
  it('a version 9 library opens with every paper queued once; the first refresh suggests only the stale ones', async () => {
    const name = `suggestion-queue-upgrade-${++count}`
    const old = new Dexie(name)
    for (const schema of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= 9)) old.version(schema.version).stores(schema.stores)
    await old.open()
    const paper = (id: string, title: string) => ({ id, citationKey: id, csl: { id, type: 'article-journal', title }, addedAt: 1, modifiedAt: 1, revision: 1, axisNodes: [], tags: [], collections: [] })
    const fresh = { ...paper('fresh', 'Tax law'), axisSuggestions: { ontologyVersion: ONTOLOGY_VERSION, withFullText: false, nodes: [], pathways: [], studyType: null } }
    await old.table('papers').bulkAdd([paper('new1', 'Microglia in depression'), paper('new2', 'The leaky gut'), fresh])
    old.close()

    const db = openDatabase(name)
    await db.open()
    expect((await db.suggestionQueue.toArray()).map((entry) => entry.paperId).sort()).toEqual(['fresh', 'new1', 'new2'])
    expect(await db.papers.get('fresh')).toEqual(fresh)
    expect(await refreshSuggestions(db, inline, undefined, noWait)).toBe(2)
    expect(await db.suggestionQueue.count()).toBe(0)
    db.close()
  })
})
