import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../renderer/src/App'
import { addPaper, openDatabase } from '../../renderer/src/db'
import { completionMessage } from '../../renderer/src/features/workspace/useCompleteSelection'
import { quietApi } from './quietApi'

let dbCount = 0

function option(label: string): HTMLElement {
  const found = screen.getAllByRole('option').find((candidate) => candidate.textContent?.startsWith(label))
  if (!found) throw new Error(`The palette does not list "${label}"`)
  return found
}

async function openPalette(): Promise<void> {
  fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
  await screen.findByRole('listbox', { name: 'Commands' })
}

describe('Complete from PubMed/Crossref (the selection, on demand)', () => {
  it('says to select a paper first, then queues the selected paper’s lookup and says so', async () => {
    const db = openDatabase(`complete-selection-${++dbCount}`)
    const paper = await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: 'Low-dose aspirin for preventing recurrent venous thromboembolism', PMID: '23121403' }, citationKey: 'brighton2012' })
    render(<App api={quietApi()} db={db} />)
    const row = await screen.findByText('Low-dose aspirin for preventing recurrent venous thromboembolism', {}, { timeout: 5000 })
    await openPalette()
    expect(option('Complete from PubMed/Crossref').textContent).toContain('Select a paper first')
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    await waitFor(() => expect(screen.queryByRole('listbox', { name: 'Commands' })).toBeNull())

    fireEvent.click(row)
    await screen.findByRole('article', { name: 'Paper details' })
    await openPalette()
    fireEvent.click(option('Complete from PubMed/Crossref'))
    expect(await screen.findByText('1 paper queued for completion from PubMed/Crossref.', { selector: 'footer' })).toBeTruthy()
    await waitFor(async () => expect(await db.lookups.where('paperId').equals(paper.id).toArray()).toMatchObject([{ purpose: 'complete', identifier: { kind: 'pmid', value: '23121403' } }]))
  })

  it('names the papers that have nothing to look up by', () => {
    expect(completionMessage({ queued: 2, nothingToLookUp: 1 })).toBe('2 papers queued for completion from PubMed/Crossref; 1 paper has no identifier or title to look up by.')
    expect(completionMessage({ queued: 0, nothingToLookUp: 2 })).toBe('Nothing was queued; 2 papers have no identifier or title to look up by.')
  })
})
