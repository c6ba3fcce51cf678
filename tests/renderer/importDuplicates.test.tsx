import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { ExtractedItem, PdfMetadata } from '../../shared/ipc/importSchemas'
import { ok } from '../../shared/ipc/result'
import { importBibliography } from '../../shared/formats'
import { addPaper, openDatabase } from '../../renderer/src/db'
import { commitBibliographyImport, planBibliographyImport } from '../../renderer/src/features/bibliography'
import { citationKeyBase, importPdfs, ImportResults, type ImportSource } from '../../renderer/src/features/import'

let count = 0
const hashOf = (name: string) => [...name].map((char) => char.charCodeAt(0).toString(16)).join('').padEnd(64, '0').slice(0, 64)
const source = (name: string): ImportSource => ({ kind: 'path', path: `/papers/${name}`, name })
const TITLE = 'Transferring the blues: depression-associated gut microbiota induces neurobehavioural changes in the rat'

/** Stores by a hash of the name and reads the metadata from a table, as the host would answer. */
function fakeHost(metadata: Record<string, ExtractedItem>) {
  return {
    storePdfFile: vi.fn(async ({ path }: { path: string }) => ok({ hash: hashOf(path), size: 100, originalName: path, newlyStored: true })),
    storePdfData: vi.fn(),
    discardStoredPdf: vi.fn(),
    extractPdfMetadata: vi.fn(async ({ originalName }: { originalName: string }) =>
      ok({ item: metadata[originalName]!, fields: {}, pageCount: 9, noTextLayer: false } satisfies PdfMetadata),
    ),
  }
}

async function libraryWithKelly() {
  const db = openDatabase(`import-dups-${++count}`)
  const kelly = await addPaper(db, {
    csl: { id: '', type: 'article-journal', title: TITLE, author: [{ family: 'Kelly', given: 'John R.' }], issued: { 'date-parts': [[2016]] }, DOI: '10.1016/j.jpsychires.2016.07.019' },
    citationKey: 'kelly2016transferring',
  })
  return { db, kelly }
}

describe('duplicates noticed at import time', () => {
  it('a PDF of a paper already in the library is added and reported as a possible duplicate of it', async () => {
    const { db, kelly } = await libraryWithKelly()
    const api = fakeHost({
      'kelly-doi.pdf': { type: 'article-journal', title: 'Transferring the blues', DOI: '10.1016/J.JPSYCHIRES.2016.07.019' },
      'kelly-title.pdf': { type: 'article-journal', title: `${TITLE}.`, author: [{ family: 'Kelly', given: 'J. R.' }], issued: { 'date-parts': [[2016]] } },
      'other.pdf': { type: 'article-journal', title: 'Microglia and the kynurenine pathway', author: [{ family: 'Dantzer' }], issued: { 'date-parts': [[2017]] } },
    })
    const outcomes = await importPdfs([source('kelly-doi.pdf'), source('kelly-title.pdf'), source('other.pdf')], { api: api as never, db, keyBase: (item) => citationKeyBase(item), concurrency: 1 })
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['added', 'added', 'added'])
    expect(outcomes[0]).toMatchObject({ possibleDuplicate: { paperId: kelly.id, citationKey: 'kelly2016transferring', reason: 'doi' } })
    expect(outcomes[1]).toMatchObject({ possibleDuplicate: { paperId: kelly.id, reason: 'title' } })
    expect(outcomes[2]).not.toHaveProperty('possibleDuplicate')
    expect(await db.papers.count()).toBe(4)
  })

  it('shows "possible duplicate of …" with a link to the paper and one to the duplicates view', async () => {
    const onShowPaper = vi.fn()
    const onShowDuplicates = vi.fn()
    // jsdom has no showModal: the <dialog> stays closed, so its contents count as hidden
    render(
      <ImportResults
        outcomes={[{ name: 'kelly.pdf', status: 'added', paperId: 'new', title: 'Transferring the blues', scanned: false, possibleDuplicate: { paperId: 'kelly', title: TITLE, citationKey: 'kelly2016transferring', reason: 'doi' } }]}
        skipped={[]}
        canceled={false}
        onShowPaper={onShowPaper}
        onShowDuplicates={onShowDuplicates}
        onClose={() => undefined}
      />,
    )
    expect(screen.getByTestId('import-summary').textContent).toContain('1 possible duplicate')
    expect(screen.getByRole('listitem', { hidden: true }).textContent).toBe(`kelly.pdfAdded: Transferring the blues — possible duplicate of ${TITLE} (same DOI)`)
    fireEvent.click(screen.getByRole('button', { name: TITLE, hidden: true }))
    expect(onShowPaper).toHaveBeenCalledWith('kelly')
    fireEvent.click(screen.getByRole('button', { name: 'Review duplicates', hidden: true }))
    expect(onShowDuplicates).toHaveBeenCalled()
  })

  it('a bibliography entry with a similar title, year and first author is planned with the paper it resembles', async () => {
    const { db, kelly } = await libraryWithKelly()
    const bib = `@article{kelly2016blues, author={Kelly, J. R. and Borre, Y.}, title={Transferring the blues: Depression-associated gut microbiota induces neurobehavioural changes in the rat.}, journal={J Psychiatr Res}, year={2016}}
@article{other2017, author={Dantzer, Robert}, title={Role of the kynurenine metabolism pathway in inflammation-induced depression}, year={2017}}`
    const plan = await planBibliographyImport(db, 'library.bib', importBibliography(bib, { format: 'bibtex' }))
    expect(plan.add.map((planned) => planned.possibleDuplicate)).toEqual([{ paperId: kelly.id, title: TITLE, reason: 'title' }, undefined])
    expect(await commitBibliographyImport(db, plan)).toHaveLength(2)
  })
})
