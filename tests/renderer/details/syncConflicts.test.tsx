import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SyncConflict } from '../../../shared/domain/rows'
import type { AxisRefApi } from '../../../shared/ipc/api'
import { addPaper, DatabaseProvider, openDatabase } from '../../../renderer/src/db'
import { DetailsPane } from '../../../renderer/src/features/details'
import { formatWhen } from '../../../renderer/src/features/sync'
import { ApiProvider } from '../../../renderer/src/ipc/ApiContext'

let count = 0
const AT = Date.UTC(2026, 11, 6, 17, 30)
/** Dexie's live queries repaint after the write: on a busy machine that can take more than testing-library's second. */
const LIVE = { timeout: 5000 }

function conflict(field: string, value: unknown): SyncConflict {
  return { field, value, device: 'device-b', deviceName: 'clinic-laptop', user: 'ana', at: AT }
}

/** A paper as sync leaves it after a merge: this device's values won, the other device's kept beside them. */
async function paperWithConflicts(conflicts: SyncConflict[], csl: Record<string, unknown> = {}) {
  const db = openDatabase(`sync-conflicts-${++count}`)
  const paper = await addPaper(db, {
    csl: { id: 'p', type: 'article-journal', title: 'The gut-brain barrier in major depression', 'container-title': 'Neuro Endocrinol Lett', author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008, 2]] }, ...csl },
    citationKey: 'maes2008gut',
    tags: ['gut'],
  })
  await db.papers.update(paper.id, { syncConflicts: conflicts })
  render(
    <ApiProvider api={{} as AxisRefApi}>
      <DatabaseProvider db={db}>
        <DetailsPane paperId={paper.id} selectedIds={[paper.id]} />
      </DatabaseProvider>
    </ApiProvider>,
  )
  await screen.findByRole('article', { name: 'Paper details' }, LIVE)
  return { db, stored: async () => (await db.papers.get(paper.id))! }
}

const fieldOf = (label: string) => screen.getByLabelText(label).closest('.edit-field') as HTMLElement

describe('the details pane: values another device gave a field this one changed too', () => {
  it('names the device, user, time, field as the pane labels it, and the value in words', async () => {
    await paperWithConflicts([
      conflict('csl.container-title', 'Neuroendocrinology Letters'),
      conflict('csl.author', [{ family: 'Maes', given: 'M.' }, { family: 'Kubera', given: 'Marta' }]),
      conflict('csl.issued', { 'date-parts': [[2008, 3, 14]] }),
      conflict('tags', ['gut', 'barrier']),
      conflict('csl.DOI', undefined),
    ])
    const when = formatWhen(AT)
    expect(screen.getByRole('group', { name: 'Journal: changed on another device' }).textContent).toContain(`Changed on another device (clinic-laptop, ana, ${when}): Journal: Neuroendocrinology Letters`)
    expect(screen.getByRole('group', { name: 'Authors: changed on another device' }).textContent).toContain('Authors: M. Maes, Marta Kubera')
    expect(screen.getByRole('group', { name: 'Year: changed on another device' }).textContent).toContain('Year: 14 March 2008')
    expect(screen.getByRole('group', { name: 'Tags: changed on another device' }).textContent).toContain('Tags: gut, barrier')
    expect(screen.getByRole('group', { name: 'DOI: changed on another device' }).textContent).toContain('DOI: (removed)')
  })

  it('Keep this takes the entry away and leaves the value; Undo brings the entry back', async () => {
    const { stored } = await paperWithConflicts([conflict('csl.container-title', 'Neuroendocrinology Letters'), conflict('csl.volume', '29')])
    const journal = screen.getByRole('group', { name: 'Journal: changed on another device' })
    fireEvent.click(within(journal).getByRole('button', { name: 'Keep this' }))
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Journal: changed on another device' })).toBeNull(), LIVE)
    const kept = await stored()
    expect(kept.csl['container-title']).toBe('Neuro Endocrinol Lett')
    expect(kept.syncConflicts?.map((entry) => entry.field)).toEqual(['csl.volume'])
    expect(screen.getByTestId('undo-bar').textContent).toContain('Kept this journal')
    fireEvent.click(within(screen.getByTestId('undo-bar')).getByRole('button', { name: 'Undo' }))
    await screen.findByRole('group', { name: 'Journal: changed on another device' }, LIVE)
    expect((await stored()).syncConflicts?.map((entry) => entry.field)).toEqual(['csl.container-title', 'csl.volume'])
  })

  it('Restore puts the other value back as your edit (marked “you”) and takes the entry away; Undo puts both back', async () => {
    const { stored } = await paperWithConflicts([conflict('csl.container-title', 'Neuroendocrinology Letters')])
    fireEvent.click(within(screen.getByRole('group', { name: 'Journal: changed on another device' })).getByRole('button', { name: 'Restore' }))
    await waitFor(() => expect((screen.getByLabelText('Journal') as HTMLInputElement).value).toBe('Neuroendocrinology Letters'), LIVE)
    expect(screen.queryByRole('group', { name: 'Journal: changed on another device' })).toBeNull()
    expect(within(fieldOf('Journal')).getByTestId('provenance').textContent).toBe('you')
    const restored = await stored()
    expect(restored.fieldSources?.['container-title']?.source).toBe('user')
    expect(restored.syncConflicts).toBeUndefined()
    expect(screen.getByTestId('undo-bar').textContent).toContain('Restored the journal from clinic-laptop')

    fireEvent.click(within(screen.getByTestId('undo-bar')).getByRole('button', { name: 'Undo' }))
    await screen.findByRole('group', { name: 'Journal: changed on another device' }, LIVE)
    expect((screen.getByLabelText('Journal') as HTMLInputElement).value).toBe('Neuro Endocrinol Lett')
    const undone = await stored()
    expect(undone.csl['container-title']).toBe('Neuro Endocrinol Lett')
    expect(undone.fieldSources?.['container-title']).toBeUndefined()
    expect(undone.syncConflicts).toHaveLength(1)
  })

  it('restores tags, and refuses in words a value the record cannot hold, keeping the entry', async () => {
    const { stored } = await paperWithConflicts([conflict('tags', ['gut', 'barrier']), conflict('csl.title', { not: 'a title' })])
    fireEvent.click(within(screen.getByRole('group', { name: 'Tags: changed on another device' })).getByRole('button', { name: 'Restore' }))
    await waitFor(async () => expect((await stored()).tags).toEqual(['gut', 'barrier']), LIVE)
    fireEvent.click(within(screen.getByRole('group', { name: 'Title: changed on another device' })).getByRole('button', { name: 'Restore' }))
    expect((await screen.findByRole('alert')).textContent).toBe("The other device's Title is not a value this record can hold, so it was not restored.")
    const after = await stored()
    expect(after.csl.title).toBe('The gut-brain barrier in major depression')
    expect(after.syncConflicts?.map((entry) => entry.field)).toEqual(['csl.title'])
  })

  it('labels a field by the name the record type gives it (a thesis’s publisher is its University)', async () => {
    await paperWithConflicts([conflict('csl.publisher', 'King’s College London')], { type: 'thesis' })
    expect(screen.getByRole('group', { name: 'University: changed on another device' }).textContent).toContain('University: King’s College London')
  })
})
