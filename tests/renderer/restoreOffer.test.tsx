import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import { buildSnapshot } from '../../shared/backup/snapshot'
import { ok } from '../../shared/ipc/result'
import { addPaper, DatabaseProvider, openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { RestoreOffer } from '../../renderer/src/features/backup'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'

let count = 0
const backup = buildSnapshot(
  { papers: [{ id: 'p1', citationKey: 'Maes2008', csl: { id: 'p1', type: 'article-journal', title: 'The gut-brain barrier' }, tags: [], axisNodes: [], collections: [], addedAt: 1, modifiedAt: 2 }], attachments: [] },
  { createdAt: '2025-03-01T09:00:00.000Z' },
)

function renderOffer(db: AxisRefDatabase) {
  const api = { getLatestSnapshot: vi.fn(async () => ok({ writtenAt: Date.parse('2025-03-01T09:00:00.000Z'), snapshot: backup })) }
  const asApi: object = api
  render(
    <ApiProvider api={asApi as AxisRefApi}>
      <DatabaseProvider db={db}>
        <RestoreOffer />
      </DatabaseProvider>
    </ApiProvider>,
  )
  return api
}

describe('the restore offer', () => {
  it('offers the newest backup when the library is empty', async () => {
    renderOffer(openDatabase(`restore-offer-${++count}`))
    expect(await screen.findByRole('button', { name: 'Restore 1 papers' })).toBeTruthy()
  })

  it('never asks main for the backup when the library has papers (main would read and parse the whole snapshot at every start)', async () => {
    const db = openDatabase(`restore-offer-${++count}`)
    await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: 'A paper' }, citationKey: 'paper' })
    const api = renderOffer(db)
    // the offer's count is never 0, so it never mounts what asks; before, the question went out at mount
    expect(api.getLatestSnapshot).not.toHaveBeenCalled()
    await vi.waitFor(async () => expect(await db.papers.count()).toBe(1))
    expect(api.getLatestSnapshot).not.toHaveBeenCalled()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
