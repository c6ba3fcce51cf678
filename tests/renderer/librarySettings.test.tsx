import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import type { LibraryMoveStatus } from '../../shared/ipc/contract'
import { ok } from '../../shared/ipc/result'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'
import { LibraryFolderSetting } from '../../renderer/src/features/settings/LibraryFolderSetting'
import { RemovedPdfsSetting } from '../../renderer/src/features/settings/RemovedPdfsSetting'

type SettingsApi = Pick<AxisRefApi, 'getLibraryLocation' | 'chooseLibraryLocation' | 'resetLibraryLocation' | 'getLibraryMove' | 'resumeLibraryMove' | 'getRemovedPdfsDestination' | 'setRemovedPdfsDestination'>

function settingsApi(move: LibraryMoveStatus, calls: string[]): SettingsApi {
  const location = { path: '/home/ana/Old Library', isDefault: false }
  return {
    getLibraryLocation: async () => ok(location),
    chooseLibraryLocation: async () => ok({ canceled: true, location }),
    resetLibraryLocation: async () => ok(location),
    getLibraryMove: async () => ok(move),
    resumeLibraryMove: async () => (calls.push('resume'), ok({ ...move, state: 'done' as const, done: move.total })),
    getRemovedPdfsDestination: async () => ok({ destination: 'library-trash' as const, systemTrashAvailable: true }),
    setRemovedPdfsDestination: async ({ destination }) => (calls.push(destination), ok({ destination, systemTrashAvailable: true })),
  }
}

function renderWith(api: SettingsApi) {
  // the components ask only for these channels; the rest of the api is never called here
  const full = new Proxy(api, { get: (target, name) => Reflect.get(target, name) ?? (() => Promise.reject(new Error(`unexpected call ${String(name)}`))) })
  return render(
    <ApiProvider api={full as AxisRefApi}>
      <LibraryFolderSetting />
      <RemovedPdfsSetting />
    </ApiProvider>,
  )
}

describe('the library folder in Settings', () => {
  it('shows how far a move has got', async () => {
    renderWith(settingsApi({ state: 'moving', from: '/home/ana/Old Library', to: '/data/Library', done: 120, total: 800 }, []))
    expect((await screen.findByTestId('library-move')).textContent).toBe('Moving PDFs: 120 of 800 to /data/Library')
    expect(screen.getByRole('button', { name: 'Change the library folder' })).toHaveProperty('disabled', true)
  })

  it('says a move was interrupted and continues it when asked', async () => {
    const calls: string[] = []
    renderWith(settingsApi({ state: 'interrupted', from: '/a', to: '/b', done: 7, total: 20, message: 'Moving the library to /b was interrupted; continue it in Settings. Nothing was deleted.' }, calls))
    expect((await screen.findByTestId('library-move')).textContent).toMatch(/was interrupted.*Nothing was deleted/)
    fireEvent.click(screen.getByRole('button', { name: 'Continue moving' }))
    await screen.findByText('/home/ana/Old Library')
    expect(calls).toEqual(['resume'])
  })

  it('lets the user send the PDFs of an emptied trash to the system trash', async () => {
    const calls: string[] = []
    renderWith(settingsApi({ state: 'idle', done: 0, total: 0 }, calls))
    const system = await screen.findByRole('radio', { name: /the system’s trash/ })
    await screen.findByRole('radio', { name: /folder in the library folder/, checked: true })
    fireEvent.click(system)
    await screen.findByRole('radio', { name: /the system’s trash/, checked: true })
    expect(calls).toEqual(['system-trash'])
  })
})
