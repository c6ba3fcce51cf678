import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { AxisRefApi } from '../../../shared/ipc/api'
import { App } from '../../../renderer/src/App'
import { openDatabase } from '../../../renderer/src/db'
import {
  ariaKeyShortcuts,
  bindActions,
  formatShortcut,
  formatShortcuts,
  listenForActionKeys,
  type Action,
  type ActionBinding,
  type ActionId,
  type Shortcut,
} from '../../../renderer/src/features/actions'
import { CommandPalette, commandsFromActions } from '../../../renderer/src/features/palette'
import { quietApi } from '../quietApi'

/** Every action of the catalogue: the compiler insists on each, so a new one is tested too. */
function everyAction(make: (id: ActionId) => ActionBinding): Record<ActionId, ActionBinding> {
  return {
    palette: make('palette'), search: make('search'), import: make('import'), 'add-identifier': make('add-identifier'), export: make('export'),
    'copy-reference': make('copy-reference'), 'copy-citation': make('copy-citation'), 'cite-picker': make('cite-picker'), 'open-reader': make('open-reader'), 'attach-pdf': make('attach-pdf'),
    tag: make('tag'), 'axis-node': make('axis-node'), 'complete-lookup': make('complete-lookup'), restore: make('restore'), trash: make('trash'),
    'new-collection': make('new-collection'), 'save-search': make('save-search'), 'show-list': make('show-list'),
    'show-trash': make('show-trash'), 'show-map': make('show-map'), 'show-duplicates': make('show-duplicates'),
    'check-library': make('check-library'), 'check-retractions': make('check-retractions'),
    'check-retractions-selection': make('check-retractions-selection'), 'sync-now': make('sync-now'), settings: make('settings'),
  }
}

function press(shortcut: Shortcut, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: shortcut.key, ctrlKey: Boolean(shortcut.mod), shiftKey: Boolean(shortcut.shift), bubbles: true, cancelable: true })
  target.dispatchEvent(event)
  return event
}

function option(label: string): HTMLElement {
  const found = screen.getAllByRole('option').find((candidate) => candidate.textContent?.startsWith(label))
  if (!found) throw new Error(`The palette does not list "${label}"`)
  return found
}

/** The workspace's own calls, and those of the Settings dialog and the library check. */
function settingsApi(): AxisRefApi {
  return quietApi({
    checkLibraryIntegrity: async () => ({ ok: true, value: { checkedFiles: 0, findings: [] } }),
    // what the Settings dialog reads when it opens
    getRemovedPdfsDestination: async () => ({ ok: true, value: { destination: 'library-trash', systemTrashAvailable: false } }),
    getLibraryMove: async () => ({ ok: true, value: { state: 'idle', done: 0, total: 0 } }),
  })
}

let dbCount = 0

async function workspace(): Promise<void> {
  render(<App api={settingsApi()} db={openDatabase(`actions-${++dbCount}`)} />)
  await screen.findByTestId('empty-state', {}, { timeout: 5000 })
}

describe('the action registry', () => {
  it('runs every action with window keys from each of its chords, and from the palette under the same words and keys', async () => {
    const performed: ActionId[] = []
    const registry = bindActions(everyAction((id) => ({ perform: () => performed.push(id) })))
    const unavailable = vi.fn()
    const stop = listenForActionKeys(() => registry.list, unavailable)
    const withWindowKeys = registry.list.filter((action) => action.shortcuts && (action.keysWork ?? 'window') === 'window')
    expect(withWindowKeys.map((action) => action.id)).toEqual(['palette', 'search', 'import', 'add-identifier', 'export', 'copy-reference', 'copy-citation', 'cite-picker'])
    for (const action of withWindowKeys) {
      for (const shortcut of action.shortcuts ?? []) {
        performed.length = 0
        const event = press(shortcut)
        expect(performed, formatShortcut(shortcut)).toEqual([action.id])
        expect(event.defaultPrevented).toBe(true)
      }
    }
    // `/` types a slash in a text field instead of moving to the search box
    const field = document.body.appendChild(document.createElement('input'))
    performed.length = 0
    expect(press({ key: '/' }, field).defaultPrevented).toBe(false)
    expect(performed).toEqual([])
    field.remove()
    stop()
    expect(unavailable).not.toHaveBeenCalled()

    render(<CommandPalette commands={commandsFromActions(registry.list)} onClose={() => undefined} />)
    const listed = registry.list.filter((action) => action.listed !== false)
    expect(screen.getAllByRole('option')).toHaveLength(listed.length)
    for (const action of listed) {
      const row = option(action.label)
      const first = action.shortcuts?.[0]
      if (first) expect(within(row).getByText(formatShortcut(first)).tagName).toBe('KBD')
      performed.length = 0
      fireEvent.click(row)
      await waitFor(() => expect(performed).toEqual([action.id]))
    }
  })

  it('gives each toolbar button and the search box the keys of its action, as the palette shows them', async () => {
    const registry = bindActions(everyAction(() => ({ perform: () => undefined })))
    const byKeys = (keys: string | null): Action | undefined => registry.list.find((action) => action.shortcuts && ariaKeyShortcuts(action.shortcuts) === keys)
    await workspace()
    const controls = [...screen.getAllByRole('button'), screen.getByRole('searchbox', { name: 'Search the library' })].filter((control) => control.hasAttribute('aria-keyshortcuts'))
    const shown = controls.map((control) => {
      const action = byKeys(control.getAttribute('aria-keyshortcuts'))
      if (!action?.shortcuts) throw new Error(`${control.textContent} names keys no action has`)
      expect(control.getAttribute('title')).toBe(formatShortcuts(action.shortcuts))
      return action
    })
    expect(shown.map((action) => action.id).sort()).toEqual(['add-identifier', 'copy-citation', 'copy-reference', 'export', 'import', 'search'])
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    await screen.findByRole('combobox')
    for (const action of shown) expect(option(action.label).textContent).toContain(formatShortcut((action.shortcuts ?? [])[0] ?? { key: 'none' }))
  })

  it('presses and focuses controls of other panes through their registered targets', async () => {
    await workspace()
    const run = async (label: string) => {
      fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
      await screen.findByRole('combobox')
      fireEvent.click(option(label))
    }
    await run('New collection…')
    expect(await screen.findByRole('textbox', { name: 'New collection name' })).toBeTruthy()
    await run('Search the library')
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search the library' })))
    await run('Check the library for missing or damaged PDFs')
    await waitFor(() => expect(screen.getByTestId('integrity-status').textContent).toBe('Checked 0 PDFs: no problems left.'))
  })

  it('says in the words of the platform which keys run an action', () => {
    const copy: Shortcut = { key: 'c', mod: true, shift: true }
    expect(formatShortcut(copy, 'other')).toBe('Ctrl+Shift+C')
    expect(formatShortcut(copy, 'mac')).toBe('Cmd+Shift+C')
    expect(ariaKeyShortcuts([copy], 'mac')).toBe('Meta+Shift+C')
    expect(formatShortcuts([{ key: 'f', mod: true }, { key: '/' }], 'other')).toBe('Ctrl+F or /')
  })
})

describe('an action that cannot run', () => {
  it('says why in the palette and does nothing on its keys but say why', async () => {
    const perform = vi.fn()
    const registry = bindActions(everyAction((id) => (id === 'copy-reference' ? { perform, unavailable: 'Select a paper first' } : { perform: () => undefined })))
    const unavailable = vi.fn()
    const stop = listenForActionKeys(() => registry.list, unavailable)
    expect(press({ key: 'c', mod: true, shift: true }).defaultPrevented).toBe(true)
    stop()
    expect(unavailable).toHaveBeenCalledWith('Select a paper first', expect.objectContaining({ id: 'copy-reference' }))

    render(<CommandPalette commands={commandsFromActions(registry.list)} onClose={() => undefined} />)
    const row = option('Copy reference')
    expect(row.textContent).toContain('Select a paper first')
    expect(row.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(row)
    await new Promise((resolve) => setTimeout(resolve))
    expect(perform).not.toHaveBeenCalled()
  })

  it('in the workspace: the button is disabled, the palette says why, and its keys put why on the status line', async () => {
    await workspace()
    expect(screen.getByRole('button', { name: 'Copy reference' })).toHaveProperty('disabled', true)
    fireEvent.keyDown(document.body, { key: 'C', ctrlKey: true, shiftKey: true })
    // the copy itself would have answered "Select one or more papers…": it did not run
    expect(await screen.findByText('Select a paper first', { selector: 'footer' })).toBeTruthy()
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    await screen.findByRole('combobox')
    expect(option('Copy citation').textContent).toContain('Select a paper first')
  })
})
