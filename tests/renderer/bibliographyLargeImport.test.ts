import { describe, expect, it } from 'vitest'
import { importBibliography } from '../../shared/formats'
import { enqueueLookups, newPaperRow, openDatabase } from '../../renderer/src/db'
import { commitBibliographyImport, planBibliographyImport } from '../../renderer/src/features/bibliography'

let count = 0

/** A .bib of `total` articles; every other one has a DOI (and so gets a completion lookup). */
function bibOf(total: number): string {
  return Array.from({ length: total }, (_, index) => {
    const doi = index % 2 === 0 ? `, doi = {10.5555/large.${index}}` : ''
    return `@article{paper${index}, author = {Maes, Michael}, title = {Gut barrier study number ${index}}, journal = {Brain, Behavior, and Immunity}, year = {2008}${doi}}`
  }).join('\n')
}

describe('importing a large bibliography file', () => {
  it('writes the papers a chunk at a time, saying after each how many are written, and queues each paper’s lookup once', async () => {
    const db = openDatabase(`large-import-${++count}`)
    const plan = await planBibliographyImport(db, 'library.bib', importBibliography(bibOf(7)))
    const progress: number[] = []
    const ids = await commitBibliographyImport(db, plan, { chunk: 3, onProgress: (written) => progress.push(written) })
    expect(progress).toEqual([3, 6, 7])
    expect(ids).toHaveLength(7)
    expect((await db.papers.toArray()).map((paper) => paper.citationKey).sort()).toEqual(['paper0', 'paper1', 'paper2', 'paper3', 'paper4', 'paper5', 'paper6'])
    const lookups = await db.lookups.toArray()
    expect(lookups.map((lookup) => lookup.identifier?.value).sort()).toEqual(['10.5555/large.0', '10.5555/large.2', '10.5555/large.4', '10.5555/large.6'])
    expect(new Set(lookups.map((lookup) => lookup.paperId)).size).toBe(4)
    // queued in the file's order, across chunks
    expect([...lookups].sort((a, b) => a.createdAt - b.createdAt).map((lookup) => lookup.identifier?.value)).toEqual(['10.5555/large.0', '10.5555/large.2', '10.5555/large.4', '10.5555/large.6'])
    // and none dated ahead of now: the queue runs when the newest row is a fresh one, and an
    // import's rows a millisecond apart each left a lookup queued after them not the newest
    const chunkDates = lookups.filter((lookup) => ['10.5555/large.0', '10.5555/large.2'].includes(lookup.identifier?.value ?? '')).map((lookup) => lookup.createdAt)
    expect(Math.max(...chunkDates) - Math.min(...chunkDates)).toBeLessThan(1)
    const queuedAfter = await enqueueLookups(db, [{ purpose: 'add', input: '10.5555/after', identifier: { kind: 'doi', value: '10.5555/after' } }])
    expect((await db.lookups.orderBy('createdAt').last())?.id).toBe(queuedAfter[0])

    const again = await planBibliographyImport(db, 'library.bib', importBibliography(bibOf(7)))
    expect(again.add).toEqual([])
    expect(again.duplicates.map((duplicate) => duplicate.reason).sort()).toEqual(['DOI', 'DOI', 'DOI', 'DOI', 'citation key', 'citation key', 'citation key'])
    expect(again.duplicates.every((duplicate) => duplicate.paperId !== undefined && ids.includes(duplicate.paperId))).toBe(true)
    db.close()
  })

  it('says which file failed and how many of its papers were written when a chunk cannot be written; those stay', async () => {
    const db = openDatabase(`large-import-${++count}`)
    const plan = await planBibliographyImport(db, 'thesis.bib', importBibliography(bibOf(7)))
    // another window took the key of the file's fifth paper after the preview: the third chunk cannot be written
    await db.papers.add(newPaperRow('other', { id: 'other', type: 'book', title: 'Another book' }, 'paper4', 1))
    await expect(commitBibliographyImport(db, plan, { chunk: 2 })).rejects.toThrow(/^thesis\.bib: 4 of 7 papers were imported before writing failed \(.+\)\.$/)
    expect(await db.papers.count()).toBe(5)
    db.close()
  })

  it('queues one lookup per paper and purpose even when one call asks twice', async () => {
    const db = openDatabase(`large-import-${++count}`)
    const [first, second, third] = await enqueueLookups(db, [
      { purpose: 'complete', input: '10.5555/a', identifier: { kind: 'doi', value: '10.5555/a' }, paperId: 'p1' },
      { purpose: 'complete', input: '10.5555/a', identifier: { kind: 'doi', value: '10.5555/a' }, paperId: 'p1' },
      { purpose: 'retraction', input: '10.5555/a', identifier: { kind: 'doi', value: '10.5555/a' }, paperId: 'p1' },
    ])
    expect(second).toBe(first)
    expect(third).not.toBe(first)
    expect(await db.lookups.count()).toBe(2)
    db.close()
  })
})
