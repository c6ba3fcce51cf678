import { afterEach, describe, expect, it } from 'vitest'
import { addPaper, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { createIdTableReader } from '../../../renderer/src/search/idTable'
import { HAS_ONLINE, pubmedArticle } from '../pubmedRecords'
import { closeSearchHosts, startSearchHost, waitFor } from './testSearchHost'

let count = 0
afterEach(closeSearchHosts)

function startHost(name: string, db: AxisRefDatabase) {
  const { host, events: messages } = startSearchHost(name, db)
  const changes = () => messages.filter((message) => message.type === 'changed').length
  const idTable = createIdTableReader()
  return {
    host,
    changes,
    async ready() {
      await waitFor(() => messages.some((message) => message.type === 'status' && message.status.state === 'ready'))
      await host.idle()
    },
    async settle(before: number) {
      await waitFor(() => changes() > before)
      await host.idle()
    },
    async search(query: string): Promise<string[]> {
      const reply = await host.handlers.search({ query, sort: 'relevance', known: idTable.known() })
      return idTable.decode(reply.ids)
    },
  }
}

describe.skipIf(!HAS_ONLINE)('searching what a lookup brings (MeSH, publication types, retractions)', () => {
  it('finds a paper by mesh:, pubtype: and is: once a lookup writes them, and counts them in the facets', async () => {
    const name = `axisref-registry-search-${++count}`
    const db = openDatabase(name)
    const guideline = pubmedArticle('34843274')
    // The paper enters as a PDF would: title only, no MeSH yet.
    const paper = await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: guideline.item.title ?? '' }, citationKey: 'guideline2021' })
    await addPaper(db, { csl: { id: 'y', type: 'article-journal', title: 'Unrelated paper on sleep' }, citationKey: 'other2020' })
    const host = startHost(name, db)
    await host.ready()
    expect(await host.search('mesh:"Depressive Disorder"')).toEqual([])

    const before = host.changes()
    await db.papers.update(paper.id, {
      extension: { mesh: guideline.mesh, publicationTypes: guideline.publicationTypes, keywords: ['three age cohorts'] },
      retraction: { status: 'retracted', notice: { doi: '10.1000/notice' }, source: 'crossref', checkedAt: 5 },
      modifiedAt: Date.now(),
    })
    await host.settle(before)

    expect(await host.search('mesh:"depressive disorder"')).toEqual([paper.id])
    expect(await host.search('mesh:societ*')).toEqual([paper.id])
    expect(await host.search(`pubtype:"research support, non-u.s. gov't"`)).toEqual([paper.id])
    expect(await host.search('pubtype:journal-article')).toEqual([paper.id])
    expect(await host.search('is:retracted')).toEqual([paper.id])
    expect(await host.search('-is:retracted')).not.toContain(paper.id)
    // a MeSH descriptor is a word of the paper too
    expect(await host.search('societies')).toEqual([paper.id])

    const facets = await host.host.handlers.facets({ query: '' })
    expect(facets.publicationTypes).toEqual(expect.arrayContaining([["Research Support, Non-U.S. Gov't", 1], ['Journal Article', 1]]))
    expect(facets.meshMajor).toEqual(expect.arrayContaining([['Depression', 1], ['Depressive Disorder', 1]]))
    expect(facets.retractions).toEqual({ retracted: 1 })
  })
})
