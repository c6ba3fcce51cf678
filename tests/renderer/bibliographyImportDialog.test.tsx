import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { importBibliography } from '../../shared/formats'
import { DatabaseProvider, newPaperRow, openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { BibliographyImportDialog, planBibliographyImport, useBibliographyImport } from '../../renderer/src/features/bibliography'

let count = 0
const BIB = '@article{maes2008gut, author = {Maes, Michael}, title = {The gut-brain barrier in major depression}, journal = {Neuro Endocrinology Letters}, year = {2008}}'

/** The hook and its dialog, as the workspace wires them, with a button to read a pasted .bib. */
function Harness() {
  const { state, preview, commit, close } = useBibliographyImport()
  return (
    <>
      <button type="button" onClick={() => void preview([{ name: 'pasted.bib', text: BIB }])}>
        Read
      </button>
      {state.phase !== 'idle' && <BibliographyImportDialog state={state} onCommit={() => void commit()} onShowPaper={() => undefined} onClose={close} />}
    </>
  )
}

function renderWith(db: AxisRefDatabase) {
  return render(
    <DatabaseProvider db={db}>
      <Harness />
    </DatabaseProvider>,
  )
}

// jsdom has no showModal: the <dialog> stays closed, so its contents count as hidden
describe('the bibliography import dialog', () => {
  it('shows how many papers are written while a large import is under way', async () => {
    const db = openDatabase(`bib-dialog-${++count}`)
    const plan = await planBibliographyImport(db, 'library.json', importBibliography(BIB))
    render(<BibliographyImportDialog state={{ phase: 'committing', plans: [plan], written: 45_000, total: 100_000 }} onCommit={() => undefined} onShowPaper={() => undefined} onClose={() => undefined} />)
    expect(screen.getByTestId('bibliography-progress').textContent).toContain('Importing… 45,000 of 100,000 papers written')
    expect(screen.getByRole('progressbar', { hidden: true })).toHaveProperty('value', 45_000)
    // the button says the import is under way, not what it would do
    expect(screen.getByRole('button', { name: 'Importing…', hidden: true })).toHaveProperty('disabled', true)
    db.close()
  })

  it('says why the papers could not be written and offers the import again, instead of waiting for ever', async () => {
    const db = openDatabase(`bib-dialog-${++count}`)
    renderWith(db)
    fireEvent.click(screen.getByRole('button', { name: 'Read' }))
    const importButton = await screen.findByRole('button', { name: 'Import 1 new paper', hidden: true })
    // the key is taken after the preview (another window): the write fails
    await db.papers.add(newPaperRow('other', { id: 'other', type: 'book', title: 'Another book' }, 'maes2008gut', 1))
    fireEvent.click(importButton)
    expect((await screen.findByRole('alert', { hidden: true })).textContent).toMatch(/^pasted\.bib: 0 of 1 papers were imported before writing failed \(.+\)\.$/)
    expect(screen.getByRole('button', { name: 'Import 1 new paper', hidden: true })).toHaveProperty('disabled', false)
    db.close()
  })
})
