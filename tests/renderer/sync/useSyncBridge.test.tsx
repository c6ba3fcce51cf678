import { cleanup, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../renderer/src/App'
import { openDatabase } from '../../../renderer/src/db'
import { syncStatusStore } from '../../../renderer/src/features/sync'
import { quietApi } from '../quietApi'
import { fakeSyncMain } from './fakeSyncMain'

describe('the workspace', () => {
  it('runs one sync bridge while it is open: it reads the status, waits for changes, and stops when the window closes', async () => {
    const main = fakeSyncMain()
    const api = quietApi(main.api)
    render(<App api={api} db={openDatabase('sync-workspace-1')} />)
    await main.when(() => main.waiting().length > 0)
    expect(main.calls.filter((call) => call.channel === 'getSyncStatus')).toHaveLength(1)
    expect(syncStatusStore(api).state().status?.connection?.id).toBe('conn-1')

    cleanup()
    const callsThen = main.calls.length
    syncStatusStore(api).syncNow()
    expect(main.calls).toHaveLength(callsThen)
  })

  it("is not run by Electron's picker window: one window moves the changes", async () => {
    const main = fakeSyncMain()
    render(<App api={quietApi(main.api)} db={openDatabase('sync-workspace-2')} page="picker" />)
    // the page's effects have run once it shows its status: a bridge would have asked for the sync status then
    expect(await screen.findByText('Waiting for your editor’s request…')).toBeTruthy()
    expect(main.calls).toEqual([])
  })
})
