import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import { contract, type OnlineSettings } from '../../shared/ipc/contract'
import { fail, ok } from '../../shared/ipc/result'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'
import { DatabaseProvider, enqueueLookups, openDatabase } from '../../renderer/src/db'
import { OnlineLookupsSetting } from '../../renderer/src/features/settings/OnlineLookupsSetting'

type OnlineApi = Pick<AxisRefApi, 'getOnlineSettings' | 'setOnlineSettings'>

const DEFAULT_URLS = { crossref: 'https://api.crossref.org', doi: 'https://doi.org', eutils: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils', idconv: 'https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0' }

/**
 * A host that keeps the settings as main does: the change is checked by the contract's own
 * schema, a base URL must be http(s), the key is kept but only "set" is answered, an empty
 * address returns to the environment's or the default.
 */
function onlineHost(environment: Partial<OnlineSettings['baseUrls']> = {}) {
  const saved: { enabled: boolean; crossrefMailto: string; ncbiApiKey: string; baseUrls: Partial<Record<string, string>> } = { enabled: false, crossrefMailto: '', ncbiApiKey: '', baseUrls: {} }
  const sent: unknown[] = []
  const answer = (): OnlineSettings => ({
    enabled: saved.enabled,
    crossrefMailto: saved.crossrefMailto,
    ncbiApiKeySet: saved.ncbiApiKey !== '',
    baseUrls: { ...DEFAULT_URLS, ...saved.baseUrls, ...environment },
    baseUrlsFromEnvironment: Object.keys(environment).filter((key): key is keyof OnlineSettings['baseUrls'] => key in DEFAULT_URLS),
  })
  const api: OnlineApi = {
    getOnlineSettings: async () => ok(answer()),
    setOnlineSettings: async (input) => {
      sent.push(input)
      const parsed = contract.setOnlineSettings.input.safeParse(input)
      if (!parsed.success) return fail('INVALID_INPUT', `Not saved: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} must be ${issue.message}`).join('; ')}.`)
      const change = parsed.data
      for (const [service, url] of Object.entries(change.baseUrls ?? {})) {
        if (url !== '' && !/^https?:\/\//.test(url)) return fail('INVALID_INPUT', `The ${service} address must start with http:// or https:// (${url}).`)
      }
      if (change.enabled !== undefined) saved.enabled = change.enabled
      if (change.crossrefMailto !== undefined) saved.crossrefMailto = change.crossrefMailto
      if (change.ncbiApiKey !== undefined) saved.ncbiApiKey = change.ncbiApiKey
      for (const [service, url] of Object.entries(change.baseUrls ?? {})) {
        const { [service]: _, ...others } = saved.baseUrls
        saved.baseUrls = url === '' ? others : { ...others, [service]: url }
      }
      return ok(answer())
    },
  }
  return { api, saved, sent }
}

let dbCount = 0

function renderWith(api: OnlineApi, db = openDatabase(`online-settings-${++dbCount}`)) {
  const full = new Proxy(api, { get: (target, name) => Reflect.get(target, name) ?? (() => Promise.reject(new Error(`unexpected call ${String(name)}`))) })
  return render(
    <DatabaseProvider db={db}>
      <ApiProvider api={full as AxisRefApi}>
        <OnlineLookupsSetting />
      </ApiProvider>
    </DatabaseProvider>,
  )
}

function typeAndSave(label: string, text: string) {
  const field = screen.getByLabelText(label)
  fireEvent.change(field, { target: { value: text } })
  fireEvent.submit(field.closest('form')!)
  return field
}

describe('Settings: Online lookups', () => {
  it('turns lookups on and off, says what leaves the machine, and keeps the contact address', async () => {
    const { api, saved } = onlineHost()
    // a lookup that waits for lookups to be turned on, its next try a minute away
    const db = openDatabase(`online-settings-${++dbCount}`)
    const [waiting = ''] = await enqueueLookups(db, [{ purpose: 'add', input: 'PMID 33856845', identifier: { kind: 'pmid', value: '33856845' } }])
    await db.lookups.update(waiting, { error: { code: 'OFFLINE', message: 'Online lookups are off in Settings' }, notBefore: Date.now() + 60_000 })
    renderWith(api, db)
    const toggle = await screen.findByRole('switch', { name: 'Online lookups' })
    expect(screen.getByTestId('online-privacy').textContent).toMatch(/sends the DOIs, PMIDs and PMCIDs.*Nothing else of your library.*When it is off, nothing is sent and lookups wait in the queue/s)
    await waitFor(() => expect(toggle).toHaveProperty('disabled', false))
    fireEvent.click(toggle)
    await screen.findByRole('switch', { name: 'Online lookups', checked: true })
    expect(saved.enabled).toBe(true)
    // turned on: the waiting lookup is due now, not in a minute
    await waitFor(async () => expect((await db.lookups.get(waiting))?.notBefore).toBeUndefined())

    typeAndSave('Contact e-mail for Crossref and NCBI', ' ana@ugent.be ')
    await waitFor(() => expect(saved.crossrefMailto).toBe('ana@ugent.be'))
    expect(screen.getByLabelText('Contact e-mail for Crossref and NCBI')).toHaveProperty('value', 'ana@ugent.be')

    fireEvent.click(screen.getByRole('switch', { name: 'Online lookups' }))
    await screen.findByRole('switch', { name: 'Online lookups', checked: false })
    expect(saved.enabled).toBe(false)
  })

  it('shows the host\'s refusal in words beside the field and keeps what was typed', async () => {
    const { api, saved } = onlineHost()
    renderWith(api)
    const mail = await screen.findByLabelText('Contact e-mail for Crossref and NCBI')
    typeAndSave('Contact e-mail for Crossref and NCBI', 'ana at ugent')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('Not saved: crossrefMailto must be an e-mail address, or nothing.')
    expect(mail.getAttribute('aria-describedby')).toBe(alert.id)
    expect(mail).toHaveProperty('value', 'ana at ugent')
    expect(saved.crossrefMailto).toBe('')

    typeAndSave('Crossref', 'ftp://mirror.example.org')
    const crossrefField = screen.getByLabelText('Crossref').closest('.setting-field') as HTMLElement
    expect((await within(crossrefField).findByRole('alert')).textContent).toBe('The crossref address must start with http:// or https:// (ftp://mirror.example.org).')
    typeAndSave('Crossref', 'https://crossref-mirror.example.org')
    await waitFor(() => expect(saved.baseUrls.crossref).toBe('https://crossref-mirror.example.org'))
    expect(within(crossrefField).queryByRole('alert')).toBeNull()
    // empty: back to the standard address
    typeAndSave('Crossref', '')
    await waitFor(() => expect(screen.getByLabelText('Crossref')).toHaveProperty('value', 'https://api.crossref.org'))
  })

  it('never shows the NCBI API key back: "set", replace, remove', async () => {
    const { api, saved, sent } = onlineHost()
    renderWith(api)
    const key = await screen.findByLabelText('NCBI API key')
    expect(key.getAttribute('type')).toBe('password')
    expect(key.getAttribute('placeholder')).toBe('not set')
    typeAndSave('NCBI API key', 'abc123def456')
    await waitFor(() => expect(saved.ncbiApiKey).toBe('abc123def456'))
    await waitFor(() => expect(screen.getByLabelText('NCBI API key').getAttribute('placeholder')).toBe('set (type a new key to replace it)'))
    expect(screen.getByLabelText('NCBI API key')).toHaveProperty('value', '')
    expect(document.body.textContent).not.toContain('abc123def456')

    typeAndSave('NCBI API key', 'not a key!')
    expect((await within(screen.getByTestId('ncbi-api-key')).findByRole('alert')).textContent).toBe('Not saved: ncbiApiKey must be letters and digits only.')
    expect(saved.ncbiApiKey).toBe('abc123def456')

    fireEvent.click(screen.getByRole('button', { name: 'Remove the key' }))
    await waitFor(() => expect(saved.ncbiApiKey).toBe(''))
    expect(await screen.findByPlaceholderText('not set')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Remove the key' })).toBeNull()
    expect(sent.at(-1)).toEqual({ ncbiApiKey: '' })
  })

  it('shows an address an environment variable sets as fixed for this run, the others editable', async () => {
    const { api } = onlineHost({ eutils: 'http://127.0.0.1:4567/eutils' })
    renderWith(api)
    const eutils = await screen.findByLabelText('NCBI E-utilities (PubMed)')
    expect(eutils).toHaveProperty('readOnly', true)
    expect(eutils).toHaveProperty('value', 'http://127.0.0.1:4567/eutils')
    expect(eutils.closest('.setting-field')?.textContent).toContain('set by AXISREF_EUTILS_URL for this run')
    expect(screen.getByLabelText('doi.org')).toHaveProperty('value', 'https://doi.org')
    expect(screen.getByLabelText('PMC ID converter')).toHaveProperty('readOnly', false)
  })

  it('says why the settings could not be read', async () => {
    renderWith({ getOnlineSettings: async () => fail('IO_ERROR', 'settings.json could not be read: permission denied.'), setOnlineSettings: async () => fail('IO_ERROR', 'unused') })
    expect((await screen.findByRole('alert')).textContent).toBe('settings.json could not be read: permission denied.')
    expect(screen.getByRole('switch', { name: 'Online lookups' })).toHaveProperty('disabled', true)
  })
})
