import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SyncStatus } from '../../../shared/sync/status'
import { App } from '../../../renderer/src/App'
import { openDatabase } from '../../../renderer/src/db'
import { createSyncStatusStore, syncStatusStore, SyncStatusLine, type SyncStatusStore, type SyncViewState } from '../../../renderer/src/features/sync'
import { quietApi } from '../quietApi'
import { ok } from '../../../shared/ipc/result'
import { NOT_CONNECTED } from './notConnected'

const CONNECTION = { id: 'conn-1', url: 'https://couch.lab.example:6984', database: 'mgig-review', user: 'ana', hasPassword: true, pdfs: 'onOpen' } as const

function status(change: Partial<SyncStatus> = {}): SyncStatus {
  return { connection: CONNECTION, state: 'upToDate', sending: 0, receiving: 0, readOnly: false, refused: [], device: { id: 'device-a', name: 'lab-desktop' }, ...change }
}

/** A store as the bridge leaves it, and "Sync now" presses counted as the bridge would receive them. */
function storeWith(view: Partial<SyncViewState>): { store: SyncStatusStore; presses: () => number } {
  const store = createSyncStatusStore()
  store.update(view)
  let pressed = 0
  store.onSyncNow(() => pressed++)
  return { store, presses: () => pressed }
}

function shown(view: Partial<SyncViewState>): string | null {
  const { store } = storeWith(view)
  const { unmount } = render(<SyncStatusLine store={store} />)
  const text = screen.queryByTestId('sync-status')?.textContent ?? null
  unmount()
  return text
}

describe('sync on the status line', () => {
  it('says each state in words, with Sync now', () => {
    expect(shown({ status: status() })).toBe('Up to dateSync now')
    expect(shown({ status: status({ state: 'sending', sending: 12 }) })).toBe('Sending 12Sync now')
    // rows the window has not handed to main yet are being sent too
    expect(shown({ status: status({ state: 'upToDate' }), outbox: 3 })).toBe('Sending 3Sync now')
    expect(shown({ status: status({ state: 'receiving', receiving: 340 }) })).toBe('Receiving 340Sync now')
    expect(shown({ status: status({ state: 'connecting' }) })).toBe('Connecting…Sync now')
    expect(shown({ status: status({ state: 'offline', message: 'couch.lab.example cannot be reached' }) })).toBe('Offline: will retrySync now')
    expect(shown({ status: status({ state: 'error', message: 'The server said the password is wrong.' }) })).toBe('Sync error: The server said the password is wrong.Sync now')
    expect(shown({ status: status(), problem: 'a received paper could not be written: QuotaExceededError' })).toBe('Sync error: a received paper could not be written: QuotaExceededErrorSync now')
  })

  it('shows nothing while the library is not synced, or before main has answered', () => {
    expect(shown({ status: status({ connection: null, state: 'off' }) })).toBeNull()
    expect(shown({ status: undefined })).toBeNull()
  })

  it('tells a read-only member once, in full, that edits stay on this device', () => {
    const message = 'You can read this library but not change it: your edits stay on this device.'
    const { store } = storeWith({ status: status({ readOnly: true, message }) })
    render(<SyncStatusLine store={store} />)
    const line = screen.getByTestId('sync-status')
    expect(within(line).getByRole('note').textContent).toBe(`${message} OK`)
    expect(line.textContent).toContain('Read-only: your edits stay on this device')
    fireEvent.click(within(line).getByRole('button', { name: 'OK' }))
    expect(within(line).queryByRole('note')).toBeNull()
    // the bridge's next status does not bring it back; the short words stay
    act(() => store.update({ status: status({ readOnly: true, message, state: 'receiving', receiving: 4 }) }))
    expect(within(line).queryByRole('note')).toBeNull()
    expect(line.textContent).toBe('Read-only: your edits stay on this deviceSync now')
  })

  it('follows the store as the bridge updates it, and Sync now asks the bridge', () => {
    const { store, presses } = storeWith({ status: status({ state: 'sending', sending: 2 }) })
    render(<SyncStatusLine store={store} />)
    expect(screen.getByTestId('sync-status').textContent).toContain('Sending 2')
    act(() => store.update({ status: status({ state: 'upToDate' }) }))
    expect(screen.getByTestId('sync-status').textContent).toContain('Up to date')
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }))
    expect(presses()).toBe(1)
  })
})

describe('the palette’s “Sync now”', () => {
  let dbCount = 0
  async function workspace(view: Partial<SyncViewState>) {
    // main answers the window's bridge with the same status (an empty library has nothing to send; no change ever arrives)
    const api = quietApi({
      getSyncStatus: async () => ok(view.status ?? NOT_CONNECTED),
      pushSyncChanges: async () => ok({ written: 0, unchanged: 0, refused: [] }),
      syncNow: async () => ok(view.status ?? NOT_CONNECTED),
      waitForSyncChanges: () => new Promise(() => undefined),
    })
    const store = syncStatusStore(api)
    store.update(view)
    let pressed = 0
    store.onSyncNow(() => pressed++)
    render(<App api={api} db={openDatabase(`sync-action-${++dbCount}`)} />)
    await screen.findByTestId('empty-state', {}, { timeout: 5000 })
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    await screen.findByRole('combobox')
    const option = screen.getAllByRole('option').find((candidate) => candidate.textContent?.startsWith('Sync now'))
    if (!option) throw new Error('The palette does not list "Sync now"')
    return { option, pressed: () => pressed }
  }

  it('cannot run while the library is not synced, and says why', async () => {
    const { option, pressed } = await workspace({ status: status({ connection: null, state: 'off' }) })
    expect(option.textContent).toContain('This library is not synced: connect a CouchDB database in Settings → Sync first')
    fireEvent.click(option)
    // the palette runs a command after it closes: give it that turn
    await new Promise((resolve) => setTimeout(resolve))
    expect(pressed()).toBe(0)
    expect(screen.queryByTestId('sync-status')).toBeNull()
  })

  it('sends and receives now when connected', async () => {
    const { option, pressed } = await workspace({ status: status() })
    fireEvent.click(option)
    await waitFor(() => expect(pressed()).toBe(1))
    expect(screen.getByTestId('sync-status').textContent).toBe('Up to dateSync now')
  })
})
