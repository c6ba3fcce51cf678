import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import { addPaper, openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext'
import { useSnapshots } from '../../renderer/src/features/backup/useSnapshots'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'
import { quietApi } from './quietApi'

let count = 0
const opened: AxisRefDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function libraryWithPaper(): Promise<{ db: AxisRefDatabase; id: string }> {
  const db = openDatabase(`backup-snapshots-${++count}`)
  opened.push(db)
  const { id } = await addPaper(db, { csl: { id: 'maes', type: 'article-journal', title: 'The gut-brain barrier in major depression' }, citationKey: 'maes2008' })
  return { db, id }
}

/** The app's api with the snapshot folder's newest time given, and the snapshots written counted. */
function snapshotApi(newest: number | null): { api: AxisRefApi; written: Uint8Array[]; errors: string[] } {
  const written: Uint8Array[] = []
  const api: AxisRefApi = {
    ...quietApi(),
    getSnapshotTime: async () => ({ ok: true, value: newest === null ? null : { writtenAt: newest } }),
    writeSnapshot: async ({ json }) => {
      written.push(json)
      return { ok: true, value: { path: '/library/snapshots/s.json' } }
    },
  }
  return { api, written, errors: [] }
}

function render(db: AxisRefDatabase, setup: ReturnType<typeof snapshotApi>) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider api={setup.api}>
      <DatabaseProvider db={db}>{children}</DatabaseProvider>
    </ApiProvider>
  )
  return renderHook(() => useSnapshots((message) => setup.errors.push(message), 20), { wrapper })
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200))

describe('backup snapshots of the library', () => {
  it('writes none at start when the newest on disk is from today, and one after a change', async () => {
    const { db, id } = await libraryWithPaper()
    const setup = snapshotApi(Date.now())
    render(db, setup)
    await settle()
    // a start used to write the whole library every time the window opened
    expect(setup.written).toHaveLength(0)
    await db.papers.update(id, { tags: ['read'] })
    await waitFor(() => expect(setup.written).toHaveLength(1))
    expect(new TextDecoder().decode(setup.written[0])).toContain('"read"')
    expect(setup.errors).toEqual([])
  })

  it('writes one at start when there is none yet, or the newest is more than a day old', async () => {
    for (const newest of [null, Date.now() - 25 * 60 * 60 * 1000]) {
      const { db } = await libraryWithPaper()
      const setup = snapshotApi(newest)
      const { unmount } = render(db, setup)
      await waitFor(() => expect(setup.written).toHaveLength(1))
      unmount()
    }
  })

  it('sees a paper deleted for good (no modification time moves)', async () => {
    const { db, id } = await libraryWithPaper()
    const setup = snapshotApi(Date.now())
    render(db, setup)
    await settle()
    await addPaper(db, { csl: { id: 'b', type: 'article-journal', title: 'Second' }, citationKey: 'b2020' })
    await waitFor(() => expect(setup.written).toHaveLength(1))
    await db.papers.delete(id)
    await waitFor(() => expect(setup.written).toHaveLength(2))
    expect(new TextDecoder().decode(setup.written[1])).not.toContain('maes2008')
  })
})
