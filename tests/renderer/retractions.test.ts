import { describe, expect, it } from 'vitest'
import type { LookupRecord } from '../../shared/lookup'
import { parseCrossrefWork } from '../../shared/lookup'
import { addPaper, applyRetractionCheck, openDatabase, queueRetractionChecks, type AxisRefDatabase, type QueuedLookup } from '../../renderer/src/db'
import { crossrefWorkBody, HAS_ONLINE, pubmedArticle } from './pubmedRecords'

let count = 0

function freshDb(): AxisRefDatabase {
  return openDatabase(`axisref-retractions-${++count}`)
}

/** A Crossref work as a lookup answers it (the record's other parts play no role in a retraction check). */
function crossrefRecord(name: string): LookupRecord {
  const parsed = parseCrossrefWork(crossrefWorkBody(name))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return { item: parsed.value.item, extension: {}, authors: parsed.value.authors, studyType: null, retraction: parsed.value.retraction, fields: { title: { source: 'crossref' } } }
}

function pubmedRecord(pmid: string): LookupRecord {
  const article = pubmedArticle(pmid)
  return { item: article.item, extension: { mesh: article.mesh }, authors: article.authors, studyType: null, retraction: article.retraction, fields: { title: { source: 'pubmed' } } }
}

function queued(paperId: string, input: string): QueuedLookup {
  return { id: `l-${input}`, purpose: 'retraction', input, paperId, state: 'running', attempts: 1, createdAt: 1, modifiedAt: 1, revision: 1 }
}

describe.skipIf(!HAS_ONLINE)('the retraction check stores what the registry said', () => {
  it('a retracted Lancet paper (Crossref update-to) is marked retracted, naming the notice', async () => {
    const db = freshDb()
    const paper = await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: 'Hydroxychloroquine or chloroquine', DOI: '10.1016/S0140-6736(20)31180-6' }, citationKey: 'mehra2020' })
    const outcome = await applyRetractionCheck(db, queued(paper.id, '10.1016/S0140-6736(20)31180-6'), crossrefRecord('10.1016_s0140-6736_20_31180-6'), 42)
    expect(outcome).toBe('Retracted (notice 10.1016/s0140-6736(20)31324-6)')
    expect((await db.papers.get(paper.id))?.retraction).toEqual({ status: 'retracted', notice: { doi: '10.1016/s0140-6736(20)31324-6', url: 'https://doi.org/10.1016/s0140-6736(20)31324-6', date: '2020-06-05' }, source: 'crossref', checkedAt: 42 })
  })

  it('a corrected PLOS ONE paper and a PubMed ErratumIn are marked corrected', async () => {
    const db = freshDb()
    const plos = await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: 'Methylphenidate exposure' }, citationKey: 'sadasivan2012' })
    expect(await applyRetractionCheck(db, queued(plos.id, '10.1371/journal.pone.0033693'), crossrefRecord('10.1371_journal.pone.0033693'), 1)).toBe('Corrected (notice 10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda)')
    const cell = await addPaper(db, { csl: { id: 'y', type: 'article-journal', title: 'Fatty acid oxidation' }, citationKey: 'li2022' })
    const outcome = await applyRetractionCheck(db, queued(cell.id, '35649368'), pubmedRecord('35649368'), 1)
    expect(outcome).toMatch(/^Corrected \(notice /)
    expect((await db.papers.get(cell.id))?.retraction).toMatchObject({ status: 'corrected', source: 'pubmed' })
  })

  it('says "No retraction found" and stores that it was checked, without erasing what another registry found', async () => {
    const db = freshDb()
    const paper = await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: 'Low-dose aspirin' }, citationKey: 'brighton2012' })
    expect(await applyRetractionCheck(db, queued(paper.id, '23121403'), pubmedRecord('23121403'), 7)).toBe('No retraction found')
    expect((await db.papers.get(paper.id))?.retraction).toEqual({ status: null, source: 'pubmed', checkedAt: 7 })

    const corrected = await addPaper(db, { csl: { id: 'y', type: 'article-journal', title: 'Fatty acid oxidation' }, citationKey: 'li2022' })
    await applyRetractionCheck(db, queued(corrected.id, '35649368'), pubmedRecord('35649368'), 1)
    const nothing = { ...crossrefRecord('10.1371_journal.pone.0033693'), retraction: null }
    expect(await applyRetractionCheck(db, queued(corrected.id, '10.1016/j.celrep.2022.110870'), nothing, 9)).toMatch(/^Corrected/)
    expect((await db.papers.get(corrected.id))?.retraction).toMatchObject({ status: 'corrected', source: 'pubmed', checkedAt: 9 })
  })

  it('fails in words when the paper is gone', async () => {
    const db = freshDb()
    await expect(applyRetractionCheck(db, queued('gone', '10.1/x'), crossrefRecord('10.1371_journal.pone.0033693'))).rejects.toThrow('The paper checked for retractions ("10.1/x") is no longer in the library.')
  })
})

describe('checking the library for retractions', () => {
  it('queues one check per paper with a DOI or PMID, not twice, and counts those without an identifier', async () => {
    const db = freshDb()
    const withDoi = await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'A', DOI: '10.1016/S0140-6736(20)31180-6' }, citationKey: 'a' })
    const withPmid = await addPaper(db, { csl: { id: 'b', type: 'article-journal', title: 'B', PMID: '35649368' }, citationKey: 'b' })
    await addPaper(db, { csl: { id: 'c', type: 'article-journal', title: 'C' }, citationKey: 'c' })
    const trashed = await addPaper(db, { csl: { id: 'd', type: 'article-journal', title: 'D', DOI: '10.1/d' }, citationKey: 'd' })
    await db.papers.update(trashed.id, { trashedAt: 5 })

    expect(await queueRetractionChecks(db)).toEqual({ queued: 2, withoutIdentifier: 1 })
    const rows = await db.lookups.toArray()
    expect(rows.map(({ purpose, paperId, identifier, state }) => ({ purpose, paperId, identifier, state })).sort((x, y) => String(x.identifier?.kind).localeCompare(String(y.identifier?.kind)))).toEqual([
      { purpose: 'retraction', paperId: withDoi.id, identifier: { kind: 'doi', value: '10.1016/s0140-6736(20)31180-6' }, state: 'waiting' },
      { purpose: 'retraction', paperId: withPmid.id, identifier: { kind: 'pmid', value: '35649368' }, state: 'waiting' },
    ])
    await queueRetractionChecks(db, [withDoi.id])
    expect(await db.lookups.count()).toBe(2)
  })
})
