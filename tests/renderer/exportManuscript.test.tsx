import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
// the manuscript as the user's file holds it (Vite's ?raw: the text, unchanged)
import MANUSCRIPT from '../fixtures/manuscripts/chapter2.qmd?raw'
import { addPaper, openDatabase } from '../../renderer/src/db'
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext'
import { ExportDialog } from '../../renderer/src/features/export'

const KEYS = ['maes2008gut', 'berk2013so', 'kelly2016transferring', 'foster2013gut', 'cryan2012mind', 'doi:10.1016/j.bbi.2015.03.012', 'uncited2001']

/** jsdom has no clipboard: this one keeps what the dialog copies (the machine's edge). */
function recordClipboard(): string[] {
  const copied: string[] = []
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } })
  return copied
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard')
})

describe('exporting the papers a manuscript cites', () => {
  it('reads a Quarto file chosen in the dialog, exports exactly its papers as BibTeX, and names the unknown key', async () => {
    const db = openDatabase('export-manuscript')
    for (const key of KEYS) await addPaper(db, { csl: { id: '', type: 'article-journal', title: `Paper ${key}`, 'container-title': 'Journal' }, citationKey: key })
    const copied = recordClipboard()
    render(
      <DatabaseProvider db={db}>
        <ExportDialog selectedIds={[]} viewIds={[]} onClose={() => undefined} />
      </DatabaseProvider>,
    )
    fireEvent.click(screen.getByLabelText('Cited in a document'))
    const file = new File([MANUSCRIPT], 'chapter2.qmd', { type: 'text/markdown' })
    fireEvent.change(screen.getByLabelText('Manuscript file'), { target: { files: [file] } })
    expect(await screen.findByText('chapter2.qmd cites 7 keys.')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Copy', hidden: true }))
    expect(await screen.findByText('Copied 6 references to the clipboard. Not in the library: nobody1999.', {}, { timeout: 5000 })).toBeTruthy()
    expect([...(copied[0] ?? '').matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1])).toEqual(['foster2013gut', 'berk2013so', 'maes2008gut', 'kelly2016transferring', 'doi:10.1016/j.bbi.2015.03.012', 'cryan2012mind'])
    db.close()
  })
})
