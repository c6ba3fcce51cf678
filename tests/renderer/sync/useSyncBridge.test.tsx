import { cleanup, render } from '@testing-library/react'
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
})
