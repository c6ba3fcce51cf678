import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DatabaseProvider, openDatabase, readSetting, type AxisRefDatabase } from '../../../renderer/src/db'
import { QuickCopySetting } from '../../../renderer/src/features/settings/QuickCopySetting'

let count = 0

function renderSetting(db: AxisRefDatabase) {
  return render(
    <DatabaseProvider db={db}>
      <QuickCopySetting />
    </DatabaseProvider>,
  )
}

/** One shortcut's choices, found as a person finds them: by the keys it is labelled with. */
async function shortcut(keys: string) {
  const group = await screen.findByRole('group', { name: keys })
  await vi.waitFor(() => expect(group).toHaveProperty('disabled', false))
  return within(group)
}

afterEach(() => vi.restoreAllMocks())

describe('Settings → Quick copy', () => {
  it('shows what each shortcut copies, Vancouver references and citations at first', async () => {
    renderSetting(openDatabase(`quick-copy-setting-${++count}`))
    expect(screen.getByRole('heading', { name: 'Quick copy' })).toBeTruthy()
    const reference = await shortcut('Ctrl+Shift+C')
    expect(reference.getByLabelText<HTMLSelectElement>('Copies').value).toBe('reference')
    expect(reference.getByLabelText<HTMLSelectElement>('Style').selectedOptions[0]?.textContent).toBe('Vancouver')
    expect(reference.getByLabelText<HTMLSelectElement>('Locale').selectedOptions[0]?.textContent).toBe('Style’s default')
    const citation = await shortcut('Ctrl+Shift+A')
    expect(citation.getByLabelText<HTMLSelectElement>('Copies').value).toBe('citation')
    expect(citation.getAllByRole('option').map((option) => option.textContent)).toEqual(expect.arrayContaining(['Formatted reference', 'Formatted citation', 'Citation key', 'Pandoc [@key]', 'LaTeX \\cite{key}', 'APA 7th edition', 'Nature', 'Deutsch · de-DE']))
  })

  it('names the keys Cmd+Shift+C and Cmd+Shift+A on a Mac', async () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel')
    renderSetting(openDatabase(`quick-copy-setting-${++count}`))
    await shortcut('Cmd+Shift+C')
    await shortcut('Cmd+Shift+A')
  })

  it('saves each choice in the library settings and shows it again when reopened', async () => {
    const db = openDatabase(`quick-copy-setting-${++count}`)
    const first = renderSetting(db)
    const reference = await shortcut('Ctrl+Shift+C')
    fireEvent.change(reference.getByLabelText('Style'), { target: { value: 'apa' } })
    await vi.waitFor(async () => expect(await readSetting(db, 'quickCopy.reference')).toEqual({ kind: 'reference', style: 'apa' }))
    fireEvent.change(reference.getByLabelText('Locale'), { target: { value: 'de-DE' } })
    await vi.waitFor(async () => expect(await readSetting(db, 'quickCopy.reference')).toEqual({ kind: 'reference', style: 'apa', locale: 'de-DE' }))
    const citation = await shortcut('Ctrl+Shift+A')
    fireEvent.change(citation.getByLabelText('Copies'), { target: { value: 'pandoc' } })
    await vi.waitFor(async () => expect(await readSetting(db, 'quickCopy.citation')).toEqual({ kind: 'pandoc', style: 'vancouver' }))
    expect(citation.queryByLabelText('Style')).toBeNull()
    expect(citation.getByText('[@maes2008; @kelly2016]')).toBeTruthy()
    first.unmount()

    renderSetting(db)
    const again = await shortcut('Ctrl+Shift+C')
    await vi.waitFor(() => expect(again.getByLabelText<HTMLSelectElement>('Style').value).toBe('apa'))
    expect(again.getByLabelText<HTMLSelectElement>('Locale').value).toBe('de-DE')
    expect((await shortcut('Ctrl+Shift+A')).getByLabelText<HTMLSelectElement>('Copies').value).toBe('pandoc')
  })

  it("goes back to the style's own locale", async () => {
    const db = openDatabase(`quick-copy-setting-${++count}`)
    renderSetting(db)
    const citation = await shortcut('Ctrl+Shift+A')
    fireEvent.change(citation.getByLabelText('Locale'), { target: { value: 'fr-FR' } })
    await vi.waitFor(async () => expect((await readSetting(db, 'quickCopy.citation')).locale).toBe('fr-FR'))
    fireEvent.change(citation.getByLabelText('Locale'), { target: { value: '' } })
    await vi.waitFor(async () => expect(await readSetting(db, 'quickCopy.citation')).toEqual({ kind: 'citation', style: 'vancouver' }))
  })
})
