import { describe, expect, it } from 'vitest'
import { ONTOLOGY_VERSION, suggestAxis, type PaperInput } from '../../shared/axis'
import { importBibliography } from '../../shared/formats'
import { openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { axisFieldsOf } from '../../renderer/src/db/axis'
import { commitBibliographyImport, planBibliographyImport } from '../../renderer/src/features/bibliography'
import { readBibliography } from '../../renderer/src/features/bibliography/reader'
import { refreshSuggestions } from '../../renderer/src/features/axis/suggestions'
import { HAS_ONLINE, pubmedEfetchFiles } from './pubmedRecords'

const inline = async (inputs: readonly PaperInput[]) => inputs.map((input) => suggestAxis(input))
const noWait = async () => undefined
let count = 0

/** Real PubMed records (efetch answers recorded from NCBI) with MeSH headings and publication types. */
async function pubmedFiles(): Promise<File[]> {
  const files = pubmedEfetchFiles()
  const texts = await Promise.all(files.map((file) => file.text()))
  return files.filter((_, index) => texts[index]?.includes('<MeshHeading>'))
}

async function axisByPmid(db: AxisRefDatabase) {
  return new Map((await db.papers.toArray()).map((paper) => [paper.pmid, axisFieldsOf(paper)]))
}

describe.skipIf(!HAS_ONLINE)('a bibliography file imported with its axis suggestions', () => {
  it('writes each paper once, with the suggestions (and registry study type) the refresh would have stored, and leaves the refresh nothing to do', async () => {
    const files = await pubmedFiles()
    expect(files.length).toBeGreaterThan(5)
    const imported = openDatabase(`bibliography-suggestions-${++count}`)
    const refreshed = openDatabase(`bibliography-suggestions-${++count}`)
    for (const file of files) {
      const read = await readBibliography(file)
      expect(read.errors, file.name).toEqual([])
      expect(read.entries.every((entry) => entry.suggestions?.ontologyVersion === ONTOLOGY_VERSION), file.name).toBe(true)
      await commitBibliographyImport(imported, await planBibliographyImport(imported, file.name, read))
      // the same file as before: read without suggestions, suggested by the refresh afterwards
      await commitBibliographyImport(refreshed, await planBibliographyImport(refreshed, file.name, importBibliography(await file.text())))
    }
    const papers = await imported.papers.count()
    expect(papers).toBeGreaterThan(5)
    expect(await imported.suggestionQueue.count()).toBe(0)
    expect(await refreshSuggestions(imported, inline, undefined, noWait)).toBe(0)
    expect(await refreshSuggestions(refreshed, inline, undefined, noWait)).toBe(papers)

    const expected = await axisByPmid(refreshed)
    const actual = await axisByPmid(imported)
    expect(actual).toEqual(expected)
    // what is compared says something: suggestions were found, and some study type came from PubMed's publication types
    const fields = [...actual.values()]
    expect(fields.filter((field) => (field.axisSuggested?.length ?? 0) > 0).length).toBeGreaterThan(0)
    expect(fields.filter((field) => field.studyType).length).toBeGreaterThan(0)
    imported.close()
    refreshed.close()
  })

  it('queues for the refresh the papers of a chunk some of whose entries came without suggestions', async () => {
    const db = openDatabase(`bibliography-suggestions-${++count}`)
    const [file] = await pubmedFiles()
    if (!file) throw new Error('no PubMed file in the corpus')
    const read = await readBibliography(file)
    const [first, ...rest] = read.entries
    if (!first) throw new Error(`${file.name} has no record`)
    const { suggestions: _dropped, ...bare } = first
    await commitBibliographyImport(db, await planBibliographyImport(db, file.name, { ...read, entries: [bare, ...rest] }))
    expect(await db.suggestionQueue.count()).toBe(read.entries.length)
    expect(await refreshSuggestions(db, inline, undefined, noWait)).toBe(1)
    db.close()
  })
})
