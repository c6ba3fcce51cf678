import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { addPaper, openDatabase } from '../../../renderer/src/db'
import { DatabaseProvider } from '../../../renderer/src/db/DatabaseContext'
import { ExportDialog } from '../../../renderer/src/features/export'

/** jsdom has no clipboard: this one keeps what the dialog copies (the machine's edge). */
function recordClipboard(): string[] {
  const copied: string[] = []
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } })
  return copied
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard')
})

async function openDialogOn(name: string) {
  const db = openDatabase(name)
  const orphan = await addPaper(db, { csl: { id: '', type: 'article-journal', title: 'Gut feelings without a journal', issued: { 'date-parts': [[2019]] } }, citationKey: 'doe2019gut' })
  const whole = await addPaper(db, { csl: { id: '', type: 'article-journal', title: 'A complete article', 'container-title': 'Journal of Tests' }, citationKey: 'roe2020complete' })
  render(
    <DatabaseProvider db={db}>
      <ExportDialog selectedIds={[orphan.id, whole.id]} viewIds={[]} onClose={() => undefined} />
    </DatabaseProvider>,
  )
  return db
}

describe('the export dialog says what readers of the file will miss', () => {
  it('a BibTeX export of an article without a journal names the paper, the missing journal and what the file holds, and still exports it', async () => {
    const db = await openDialogOn('export-warnings-bibtex')
    const copied = recordClipboard()
    fireEvent.click(screen.getByRole('button', { name: 'Copy', hidden: true }))
    expect(await screen.findByText('Copied 2 references to the clipboard.', {}, { timeout: 5000 })).toBeTruthy()
    expect(copied[0]).toMatch(/@article\{doe2019gut,/)
    const warnings = screen.getByRole('region', { name: 'Export warnings', hidden: true })
    expect(within(warnings).getByText('Exported all the same, with a warning:')).toBeTruthy()
    const items = within(warnings).getAllByRole('listitem', { hidden: true }).map((item) => item.textContent)
    expect(items).toEqual([
      '“Gut feelings without a journal”: @article{doe2019gut} has no journal; it is kept as an article, and BibTeX and biber will warn about the missing journal: add it in AxisRef.',
    ])
    db.close()
  })

  it('formats that do not warn show no warnings, and a new export replaces the last one’s', async () => {
    const db = await openDialogOn('export-warnings-ris')
    recordClipboard()
    fireEvent.click(screen.getByRole('button', { name: 'Copy', hidden: true }))
    await screen.findByRole('region', { name: 'Export warnings', hidden: true }, { timeout: 5000 })
    fireEvent.change(screen.getByLabelText('Export format'), { target: { value: 'ris' } })
    fireEvent.click(screen.getByRole('button', { name: 'Copy', hidden: true }))
    expect(await screen.findByText('Copied 2 references to the clipboard.', {}, { timeout: 5000 })).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Export warnings', hidden: true })).toBeNull()
    db.close()
  })
})
