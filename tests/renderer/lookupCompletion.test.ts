import { describe, expect, it } from 'vitest'
import { parseCrossrefWorkList } from '../../shared/lookup'
import { titlesMatch } from '../../shared/lookup/titleMatch'
import { offerOf } from '../../shared/lookup/offer'
import {
  addPaper,
  addPdfPaper,
  applyBibliographicCandidates,
  applyEdit,
  applyOffer,
  completePaperFromLookup,
  dismissOffer,
  openDatabase,
  resolveLookupConflict,
  type PaperRecord,
  type QueuedLookup,
} from '../../renderer/src/db'
import { fromCrossref } from '../support/lookupRecordOf'
import { libraryLookupHandlers } from '../../renderer/src/features/lookup/libraryHandlers'
import { crossrefRecord, HAS_ONLINE_BODIES as HAS_ONLINE, onlineBody, pubmedRecord } from './onlineCorpus'

const NOW = 1_780_000_000_000
const PLOS = 'works_10.1371_journal.pone.0033693.json'
let count = 0

/** A paper as the PDF reader leaves it: a layout title, the DOI printed on the page, a guessed year. */
async function pdfPaper(title: string, doi?: string) {
  const db = openDatabase(`lookup-completion-${++count}`)
  const csl = { id: '', type: 'article-journal', title, issued: { 'date-parts': [[2011]] }, ...(doi ? { DOI: doi } : {}) }
  const fieldSources = { title: { source: 'layout' as const, confidence: 0.45 }, issued: { source: 'layout' as const, confidence: 0.4 }, ...(doi ? { DOI: { source: 'identifier' as const, confidence: 0.9 } } : {}) }
  const added = await addPdfPaper(db, { csl, fieldSources, attachment: { hash: 'a'.repeat(64), size: 1, originalName: 'paper.pdf' } }, () => 'key', NOW - 1000)
  if (added.status !== 'added') throw new Error('not added')
  return { db, id: added.paper.id, stored: async (): Promise<PaperRecord> => (await db.papers.get(added.paper.id))! }
}

function searchRow(paperId: string, input: string): QueuedLookup {
  return { id: 'l1', purpose: 'complete', input, paperId, state: 'running', attempts: 1, createdAt: NOW, modifiedAt: NOW, revision: 1 }
}

describe.skipIf(!HAS_ONLINE)('completing a paper in the library from a lookup (recorded answers)', () => {
  it('writes the registry’s fields with their provenance and says what it did', async () => {
    const record = crossrefRecord(PLOS)
    const { db, id, stored } = await pdfPaper('Methylphenidate exposure induces dopamine neuron loss and activation of microglia in the basal ganglia of mice', record.item.DOI)
    const before = await stored()
    const outcome = await completePaperFromLookup(db, id, record, NOW)
    const after = await stored()
    expect(outcome).toMatch(/^Completed \d+ fields from Crossref$/)
    expect(after.csl.title).toBe(record.item.title)
    expect(after.csl['container-title']).toBe(record.item['container-title'])
    expect(after.csl.author).toEqual(record.item.author)
    expect(after.fieldSources?.title).toEqual({ source: 'registry', confidence: 1, at: NOW, by: 'crossref' })
    expect(after.retraction?.status).toBe('corrected')
    expect(after.revision).toBe(before.revision + 1)
    expect(after.citationKey).toBe(before.citationKey)
  })

  it('keeps what the user typed and lets them choose: “Use this” takes the registry’s, “Keep mine” drops the conflict', async () => {
    const record = crossrefRecord(PLOS)
    const { db, id, stored } = await pdfPaper('Methylphenidate and microglia', record.item.DOI)
    const paper = await stored()
    const mine = `${record.item.title ?? ''} (in mice)`
    await applyEdit(db, { kind: 'paper', paperId: id, before: { csl: { title: paper.csl.title, volume: undefined } }, after: { csl: { title: mine, volume: '8' } } })
    expect((await stored()).fieldSources?.title?.source).toBe('user')
    const outcome = await completePaperFromLookup(db, id, record, NOW)
    expect(outcome).toMatch(/; 2 conflicts to review$/)
    let now = await stored()
    expect(now.csl.title).toBe(mine)
    expect(now.lookupConflicts?.map((conflict) => conflict.field)).toEqual(['title', 'volume'])
    await resolveLookupConflict(db, id, 'title', 'registry', NOW + 1)
    await resolveLookupConflict(db, id, 'volume', 'mine', NOW + 2)
    now = await stored()
    expect(now.csl.title).toBe(record.item.title)
    expect(now.fieldSources?.title).toEqual({ source: 'registry', confidence: 1, at: NOW + 1, by: 'crossref' })
    expect(now.csl.volume).toBe('8')
    expect(now.lookupConflicts).toBeUndefined()
  })

  it('drops a DOI the PDF printed that belongs to another paper, and applies nothing of that record', async () => {
    const record = crossrefRecord(PLOS)
    const { db, id, stored } = await pdfPaper('Gut microbiota composition in major depressive disorder', record.item.DOI)
    const outcome = await completePaperFromLookup(db, id, record, NOW)
    expect(outcome).toBe(`The DOI ${record.item.DOI} printed in the PDF belongs to another paper ("${record.item.title}"): it was not kept.`)
    const after = await stored()
    expect(after.csl.DOI).toBeUndefined()
    expect(after.doi).toBeUndefined()
    expect(after.fieldSources?.DOI).toBeUndefined()
    expect(after.csl.title).toBe('Gut microbiota composition in major depressive disorder')
    expect(after.csl.author).toBeUndefined()
  })

  it('gives an imported PubMed-less paper PubMed’s MeSH, publication types and study type', async () => {
    const record = pubmedRecord('efetch_pubmed_23121403.xml')
    const db = openDatabase(`lookup-completion-${++count}`)
    const paper = await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: record.item.title, PMID: record.item.PMID }, citationKey: 'k' })
    await completePaperFromLookup(db, paper.id, record, NOW)
    const after = (await db.papers.get(paper.id))!
    expect(after.studyType).toBe('rct')
    expect(after.extension?.publicationTypes).toContain('Randomized Controlled Trial')
    expect(after.extension?.mesh?.length).toBeGreaterThan(0)
  })
})

describe.skipIf(!HAS_ONLINE)('a bibliographic search for a paper with no identifier (recorded Crossref search)', () => {
  function candidates(paperTitle: string) {
    const hits = parseCrossrefWorkList(onlineBody('crossref/search_query_ecology_author_boettiger.json'))
    if (!hits.ok) throw new Error(hits.error.message)
    return hits.value.map((hit) => ({ record: fromCrossref(hit), score: hit.score, titleMatch: titlesMatch(paperTitle, hit.item.title) }))
  }

  it('offers a best hit below the score bar, even with the title matching; Apply completes, Dismiss forgets', async () => {
    const { db, id, stored } = await pdfPaper('The forecast trap')
    const found = candidates('The forecast trap')
    const outcome = await applyBibliographicCandidates(db, searchRow(id, 'The forecast trap'), found, { now: NOW })
    expect(outcome).toBe('Possible match offered: "The forecast trap" (not sure enough to apply; see the paper\'s details).')
    const offered = offerOf((await stored()).lookupConflicts)
    expect(offered?.score).toBe(found[0]?.score)
    expect((await stored()).csl.author).toBeUndefined()
    expect(await applyOffer(db, id, NOW + 1)).toMatch(/^Completed \d+ fields from Crossref$/)
    const applied = await stored()
    expect(applied.csl.author?.[0]?.family).toBe(found[0]?.record.item.author?.[0]?.family)
    expect(applied.lookupConflicts).toBeUndefined()

    const second = await pdfPaper('The forecast trap')
    await applyBibliographicCandidates(second.db, searchRow(second.id, 'The forecast trap'), found, { now: NOW })
    await dismissOffer(second.db, second.id)
    expect((await second.stored()).lookupConflicts).toBeUndefined()
  })

  it('applies the best hit when it clears the bar and the titles match, and never when they do not', async () => {
    const { db, id, stored } = await pdfPaper('The forecast trap')
    const outcome = await applyBibliographicCandidates(db, searchRow(id, 'The forecast trap'), candidates('The forecast trap'), { now: NOW, applyScore: 30 })
    expect(outcome).toMatch(/^Matched by title \("The forecast trap"\)\. Completed \d+ fields from Crossref$/)
    expect((await stored()).fieldSources?.author?.source).toBe('registry')

    const other = await pdfPaper('Forecasting the weather of depressive relapse')
    const offered = await applyBibliographicCandidates(other.db, searchRow(other.id, 'x'), candidates('Forecasting the weather of depressive relapse'), { now: NOW, applyScore: 30 })
    expect(offered).toMatch(/^Possible match offered/)
    expect((await other.stored()).csl.author).toBeUndefined()
  })
})

describe.skipIf(!HAS_ONLINE)("the queue's completion of a PDF whose printed DOI is another paper's", () => {
  it('drops the DOI and queues a search by the paper’s own title instead', async () => {
    const record = crossrefRecord(PLOS)
    const { db, id } = await pdfPaper('Gut microbiota composition in major depressive disorder', record.item.DOI)
    const { complete } = libraryLookupHandlers(db)
    const row = { id: 'l1', purpose: 'complete' as const, input: String(record.item.DOI), identifier: { kind: 'doi' as const, value: String(record.item.DOI) }, paperId: id, state: 'running' as const, attempts: 0, createdAt: NOW, modifiedAt: NOW, revision: 1 }
    const [result] = await complete([{ row, record }], NOW)
    expect(result).toMatchObject({ kind: 'done' })
    expect(result?.kind === 'done' ? result.outcome : '').toMatch(/it was not kept\. Its title will be searched for instead\.$/)
    // (the import itself queued the lookup by DOI that this row stands for)
    const searches = (await db.lookups.where('paperId').equals(id).toArray()).filter((lookup) => lookup.identifier === undefined)
    expect(searches.map((search) => [search.purpose, search.input, search.identifier, search.state])).toEqual([['complete', 'Gut microbiota composition in major depressive disorder', undefined, 'waiting']])
  })
})
