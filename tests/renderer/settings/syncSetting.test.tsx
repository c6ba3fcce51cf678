import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { AxisRefApi } from '../../../shared/ipc/api'
import { contract } from '../../../shared/ipc/contract'
import { fail, ok } from '../../../shared/ipc/result'
import type { SyncConnectionReport, SyncStatus } from '../../../shared/sync/status'
import { createSyncStatusStore } from '../../../renderer/src/features/sync'
import { SyncSetting } from '../../../renderer/src/features/settings/SyncSetting'
import { ApiProvider } from '../../../renderer/src/ipc/ApiContext'
import { quietApi } from '../quietApi'

const SECRET = 'correct horse battery staple'
const DEVICE = { id: 'device-a', name: 'lab-desktop' }

/**
 * A host that answers the sync channels as main does: each input checked by the contract's
 * schema, a server at couch.lab.example with users ana (writer) and ben (reader), and the
 * password kept but only ever said to be there.
 */
function syncHost(host: 'browser' | 'electron' = 'browser') {
  let status: SyncStatus = { connection: null, state: 'off', sending: 0, receiving: 0, readOnly: false, refused: [], device: DEVICE }
  const kept = new Map<string, string>()
  const calls: { channel: string; input: unknown }[] = []
  const report = (input: { url: string; user: string; password?: string }): SyncConnectionReport => {
    if (!input.url.startsWith('https://couch.lab.example')) return { ok: false, problem: 'unreachable', message: `${input.url} cannot be reached: check the address and that the server is running.`, canWrite: false, created: false }
    const password = input.password ?? kept.get(input.user)
    if (password !== SECRET) return { ok: false, problem: 'credentials', message: `The server refused the user name or password of ${input.user}.`, canWrite: false, created: false }
    return { ok: true, message: 'CouchDB 3.3.3 answers and the database is there.', canWrite: input.user !== 'ben', created: false }
  }
  const api = quietApi({
    getAppInfo: async () => ok({ name: 'AxisRef', version: '0.1.0', host, platform: 'linux', versions: {} }),
    getSyncStatus: async () => ok(status),
    testSyncConnection: async (input) => {
      calls.push({ channel: 'testSyncConnection', input })
      const parsed = contract.testSyncConnection.input.safeParse(input)
      return parsed.success ? ok(report(parsed.data)) : fail('INVALID_INPUT', 'The connection settings are not valid.')
    },
    connectSync: async (input) => {
      calls.push({ channel: 'connectSync', input })
      const parsed = contract.connectSync.input.safeParse(input)
      if (!parsed.success) return fail('INVALID_INPUT', 'The connection settings are not valid.')
      const found = report(parsed.data)
      if (!found.ok) return ok({ ...status, state: 'error', message: found.message })
      if (parsed.data.password !== undefined) kept.set(parsed.data.user, parsed.data.password)
      const { url, database, user, pdfs } = parsed.data
      status = { ...status, connection: { id: 'conn-1', url, database, user, hasPassword: true, pdfs }, state: 'connecting', readOnly: !found.canWrite, message: undefined }
      return ok(status)
    },
    disconnectSync: async (input) => {
      calls.push({ channel: 'disconnectSync', input })
      if (input.forgetPassword && status.connection) kept.delete(status.connection.user)
      status = { ...status, connection: null, state: 'off', readOnly: false }
      return ok(status)
    },
  })
  return { api, calls, kept, setStatus: (next: Partial<SyncStatus>) => (status = { ...status, ...next }) }
}

function show(api: AxisRefApi, store = createSyncStatusStore()) {
  render(
    <ApiProvider api={api}>
      <SyncSetting store={store} />
    </ApiProvider>,
  )
  return store
}

function fill(fields: Partial<Record<'Server address' | 'Database' | 'User' | 'Password', string>>) {
  for (const [label, value] of Object.entries(fields)) fireEvent.change(screen.getByLabelText(label), { target: { value } })
}

const statusLine = () => screen.getByTestId('sync-setting-status').textContent

describe('Settings: Sync', () => {
  it('tests the connection and says what works, then connects; the password is never shown back', async () => {
    const { api, calls, kept } = syncHost()
    show(api)
    expect(await screen.findByTestId('sync-setting-status')).toHaveProperty('textContent', 'Not connected: this library stays on this device.')
    expect(screen.getByTestId('sync-device').textContent).toContain('lab-desktop')
    fill({ 'Server address': 'https://couch.lab.example:6984/', Database: 'mgig-review', User: 'ana', Password: SECRET })
    expect(screen.getByLabelText('Password')).toHaveProperty('type', 'password')
    fireEvent.click(screen.getByLabelText('All, as they arrive'))
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }))
    expect((await screen.findByTestId('sync-outcome')).textContent).toBe('CouchDB 3.3.3 answers and the database is there.')
    // the address is sent without its trailing slash, and nothing is kept by a test
    expect(calls[0]).toEqual({ channel: 'testSyncConnection', input: { url: 'https://couch.lab.example:6984', database: 'mgig-review', user: 'ana', password: SECRET } })
    expect(kept.size).toBe(0)

    fireEvent.click(screen.getByRole('button', { name: 'Connect' }))
    await waitFor(() => expect(statusLine()).toContain('Connected to mgig-review on https://couch.lab.example:6984 as ana.'))
    expect(calls[1]).toEqual({ channel: 'connectSync', input: { url: 'https://couch.lab.example:6984', database: 'mgig-review', user: 'ana', password: SECRET, pdfs: 'all' } })
    expect(kept.get('ana')).toBe(SECRET)
    expect(screen.getByLabelText('Password')).toHaveProperty('value', '')
    expect(screen.getByLabelText('Password').getAttribute('placeholder')).toBe('kept (type a new one to replace it)')
    expect(document.body.innerHTML).not.toContain(SECRET)
  })

  it('puts main\u2019s answer to Connect and Disconnect in the window\u2019s sync store, which the bridge follows to start and end its session', async () => {
    const { api } = syncHost()
    const store = show(api)
    await screen.findByTestId('sync-setting-status')
    fill({ 'Server address': 'https://couch.lab.example:6984', Database: 'mgig-review', User: 'ana', Password: SECRET })
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }))
    await waitFor(() => expect(store.state().status?.connection?.id).toBe('conn-1'))
    fireEvent.click(await screen.findByRole('button', { name: 'Disconnect' }))
    await waitFor(() => expect(store.state().status?.connection).toBeNull())
  })

  it('says where the password is kept, by host', async () => {
    show(syncHost('electron').api)
    expect((await screen.findByText(/Kept on this computer/)).textContent).toContain('encrypted by the system’s keychain')
  })

  it('names a bad address or database name in words and sends nothing', async () => {
    const { api, calls } = syncHost()
    show(api)
    await screen.findByTestId('sync-setting-status')
    fill({ 'Server address': 'https://ana:secret@couch.lab.example', Database: 'MGIG Review' })
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }))
    const problems = await screen.findByRole('alert')
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'The server address "https://ana:secret@couch.lab.example" is not an http:// or https:// address without a user name or password in it.',
      'The database name "MGIG Review" is not a CouchDB database name: lower-case letters, digits and _$()+-/, starting with a letter.',
    ])
    fill({ 'Server address': '', Database: '' })
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Type the server address'))
    expect(calls).toEqual([])
  })

  it('shows what is wrong: an unreachable server, a wrong password, a connection main did not keep', async () => {
    const { api } = syncHost()
    show(api)
    await screen.findByTestId('sync-setting-status')
    fill({ 'Server address': 'http://127.0.0.1:9', Database: 'mgig-review', User: 'ana', Password: 'x' })
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }))
    expect((await screen.findByRole('alert')).textContent).toBe('http://127.0.0.1:9 cannot be reached: check the address and that the server is running.')
    fill({ 'Server address': 'https://couch.lab.example:6984', Password: 'wrong' })
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }))
    // main did not keep the connection: the status says so, and why
    await waitFor(() => expect(statusLine()).toBe('Not connected: this library stays on this device. The server refused the user name or password of ana.'))
    expect(screen.getByRole('alert').textContent).toBe('The server refused the user name or password of ana.')
  })

  it('says a read-only member’s edits would stay here, before and after connecting', async () => {
    const { api } = syncHost()
    show(api)
    await screen.findByTestId('sync-setting-status')
    fill({ 'Server address': 'https://couch.lab.example:6984', Database: 'mgig-review', User: 'ben', Password: SECRET })
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }))
    expect((await screen.findByTestId('sync-outcome')).textContent).toContain('Read-only: you can read this database but not change it, so your edits would stay on this device.')
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }))
    await waitFor(() => expect(statusLine()).toContain('You can read this library but not change it: your edits stay on this device.'))
  })

  it('follows the bridge’s status, lists refused documents with why, and disconnects forgetting the password when asked', async () => {
    const { api, calls, kept, setStatus } = syncHost()
    const store = show(api)
    await screen.findByTestId('sync-setting-status')
    fill({ 'Server address': 'https://couch.lab.example:6984', Database: 'mgig-review', User: 'ana', Password: SECRET })
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }))
    await waitFor(() => expect(statusLine()).toContain('Connecting…'))
    const connection = { id: 'conn-1', url: 'https://couch.lab.example:6984', database: 'mgig-review', user: 'ana', hasPassword: true, pdfs: 'onOpen' } as const
    const refused = [{ id: 'paper:../../etc/passwd', reason: 'not a paper id: a path in a document id', at: Date.UTC(2026, 11, 7) }]
    act(() => store.update({ status: { connection, state: 'receiving', sending: 0, receiving: 340, readOnly: false, refused, device: DEVICE } }))
    expect(statusLine()).toContain('Receiving 340.')
    const list = screen.getByRole('list', { name: 'Refused documents' })
    expect(list.textContent).toContain('paper:../../etc/passwd: not a paper id: a path in a document id')
    act(() => store.update({ status: { connection, state: 'error', message: 'The server refused the user name or password of ana.', sending: 0, receiving: 0, readOnly: false, refused, device: DEVICE } }))
    expect(statusLine()).toBe('Connected to mgig-review on https://couch.lab.example:6984 as ana. Sync error: The server refused the user name or password of ana.')
    setStatus({ connection })
    fireEvent.click(screen.getByLabelText('Forget the password kept for this server'))
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }))
    await waitFor(() => expect(statusLine()).toBe('Not connected: this library stays on this device.'))
    expect(calls.at(-1)).toEqual({ channel: 'disconnectSync', input: { forgetPassword: true } })
    expect(kept.has('ana')).toBe(false)
    expect(screen.getByTestId('sync-outcome').textContent).toBe('Disconnected and the password forgotten. The library and its PDFs stay on this device as they are.')
  })
})
