import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import { contract, type CiteAsYouWriteStatus } from '../../shared/ipc/contract'
import { fail, ok } from '../../shared/ipc/result'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'
import { CiteAsYouWriteSetting } from '../../renderer/src/features/settings/CiteAsYouWriteSetting'

type CaywApi = Pick<AxisRefApi, 'getCiteAsYouWrite' | 'setCiteAsYouWrite'>

/**
 * A host that answers as main does: the change is checked by the contract's own schema, a port
 * another program holds is reported in the status, the shortcut only where `desktop` is true.
 */
function caywHost({ desktop = false, takenPort = 0, heldShortcut = '' } = {}) {
  const saved = { enabled: false, port: 23119, shortcut: 'CommandOrControl+Alt+Shift+B' }
  const sent: unknown[] = []
  const answer = (): CiteAsYouWriteStatus => {
    const taken = saved.enabled && saved.port === takenPort
    const held = saved.shortcut !== '' && saved.shortcut === heldShortcut
    return {
      enabled: saved.enabled,
      port: saved.port,
      listening: saved.enabled && !taken,
      ...(taken ? { error: `Port ${saved.port} is in use by another program (Zotero with Better BibTeX, JabRef, or another AxisRef listen there too).` } : {}),
      ...(desktop
        ? { shortcut: { accelerator: saved.shortcut, registered: saved.shortcut !== '' && !held, ...(held ? { error: `Another program already uses ${saved.shortcut}, so AxisRef could not take it.` } : {}) } }
        : {}),
    }
  }
  const api: CaywApi = {
    getCiteAsYouWrite: async () => ok(answer()),
    setCiteAsYouWrite: async (input) => {
      sent.push(input)
      const parsed = contract.setCiteAsYouWrite.input.safeParse(input)
      if (!parsed.success) return fail('INVALID_INPUT', `Not saved: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} must be ${issue.message}`).join('; ')}.`)
      Object.assign(saved, parsed.data)
      return ok(answer())
    },
  }
  return { api, saved, sent }
}

function renderWith(api: CaywApi) {
  const full = new Proxy(api, { get: (target, name) => Reflect.get(target, name) ?? (() => Promise.reject(new Error(`unexpected call ${String(name)}`))) })
  return render(
    <ApiProvider api={full as AxisRefApi}>
      <CiteAsYouWriteSetting />
    </ApiProvider>,
  )
}

function typeAndSave(label: string, text: string) {
  const field = screen.getByLabelText(label)
  fireEvent.change(field, { target: { value: text } })
  fireEvent.submit(field.closest('form')!)
}

const SWITCH = 'Let editors ask for citations (Better BibTeX’s cite-as-you-write endpoint)'

describe('Settings: Cite while writing', () => {
  it('is off until turned on, then says where it listens and how editors call it', async () => {
    const { api, saved } = caywHost()
    renderWith(api)
    const toggle = await screen.findByRole('switch', { name: SWITCH })
    await waitFor(() => expect(toggle).toHaveProperty('disabled', false))
    expect(toggle).toHaveProperty('checked', false)
    expect(screen.getByTestId('cite-as-you-write-status').textContent).toContain('Off: editors get no answer.')
    expect(screen.getByTestId('cite-as-you-write-usage').textContent).toContain('http://127.0.0.1:23119/better-bibtex/cayw?format=pandoc')
    fireEvent.click(toggle)
    await waitFor(() => expect(screen.getByTestId('cite-as-you-write-status').textContent).toContain('Listening on 127.0.0.1:23119.'))
    expect(saved.enabled).toBe(true)
    // the browser host has no global shortcut
    expect(screen.queryByLabelText('Picker shortcut (from any program)')).toBeNull()
  })

  it('moves to another port, refuses one out of range in words, and says when a port is in use', async () => {
    const { api, saved, sent } = caywHost({ takenPort: 24119 })
    renderWith(api)
    fireEvent.click(await screen.findByRole('switch', { name: SWITCH }))
    await screen.findByText('Listening on 127.0.0.1:23119.')
    typeAndSave('Port', '80')
    expect(await screen.findByText('The port must be a whole number from 1024 to 65535 (not "80").')).toBeTruthy()
    expect(sent).toHaveLength(1)
    typeAndSave('Port', '24119')
    await waitFor(() => expect(screen.getByTestId('cite-as-you-write-status').textContent).toContain('Not listening: Port 24119 is in use by another program'))
    typeAndSave('Port', '23120')
    await screen.findByText('Listening on 127.0.0.1:23120.')
    expect(saved).toMatchObject({ enabled: true, port: 23120 })
    expect(screen.getByTestId('cite-as-you-write-usage').textContent).toContain('http://127.0.0.1:23120/better-bibtex/cayw')
  })

  it('shows and changes the picker shortcut in the desktop app, and says when another program holds it', async () => {
    const { api, saved } = caywHost({ desktop: true, heldShortcut: 'CommandOrControl+Shift+K' })
    renderWith(api)
    const field = await screen.findByLabelText('Picker shortcut (from any program)')
    expect(field).toHaveProperty('value', 'CommandOrControl+Alt+Shift+B')
    expect(screen.getByText(/CommandOrControl\+Alt\+Shift\+B opens the picker over any program/)).toBeTruthy()
    typeAndSave('Picker shortcut (from any program)', 'K')
    expect(await screen.findByText(/shortcut must be a shortcut such as CommandOrControl\+Alt\+Shift\+B/)).toBeTruthy()
    typeAndSave('Picker shortcut (from any program)', 'CommandOrControl+Shift+K')
    expect(await screen.findByText('Another program already uses CommandOrControl+Shift+K, so AxisRef could not take it.')).toBeTruthy()
    expect(saved).toMatchObject({ enabled: false, port: 23119, shortcut: 'CommandOrControl+Shift+K' })
  })
})
