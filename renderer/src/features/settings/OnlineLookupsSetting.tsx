import { useState } from 'react'
import type { OnlineSettings, OnlineSettingsChange } from '../../../../shared/ipc/contract'
import type { IpcError } from '../../../../shared/ipc/result'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'
import { useLookupQueue } from '../lookup'
import { SettingTextField } from './SettingTextField'

type Service = keyof OnlineSettings['baseUrls']

/** Each service's name in Settings and the environment variable that can fix its address for a run. */
const SERVICES: readonly { service: Service; label: string; variable: string }[] = [
  { service: 'crossref', label: 'Crossref', variable: 'AXISREF_CROSSREF_URL' },
  { service: 'doi', label: 'doi.org', variable: 'AXISREF_DOI_URL' },
  { service: 'eutils', label: 'NCBI E-utilities (PubMed)', variable: 'AXISREF_EUTILS_URL' },
  { service: 'idconv', label: 'PMC ID converter', variable: 'AXISREF_IDCONV_URL' },
]

/**
 * "Online lookups": the one switch that lets identifiers leave the machine, the contact
 * address Crossref and NCBI ask for, the NCBI API key (never shown back), and the services'
 * addresses. Each change is sent on its own; a refusal is shown beside its field.
 */
export function OnlineLookupsSetting() {
  const api = useApi()
  const lookups = useLookupQueue()
  const [settings, , setSettings] = useApiCall(api.getOnlineSettings)
  const [switchError, setSwitchError] = useState<IpcError | null>(null)

  async function change(changes: OnlineSettingsChange): Promise<IpcError | null> {
    const result = await api.setOnlineSettings(changes)
    if (!result.ok) return result.error
    setSettings({ status: 'ok', value: result.value })
    // lookups turned on (or pointed elsewhere): the queue does not wait out its re-check
    lookups.settingsChanged().catch((error: unknown) => setSwitchError({ code: 'INTERNAL', message: `The waiting lookups could not be started: ${error instanceof Error ? error.message : String(error)}` }))
    return null
  }

  const current = settings.status === 'ok' ? settings.value : undefined
  return (
    <section className="settings-section" aria-labelledby="online-lookups-heading">
      <h3 id="online-lookups-heading">Online lookups</h3>
      <p className="hint" data-testid="online-privacy">
        When this is on, AxisRef sends the DOIs, PMIDs and PMCIDs of papers you add or complete to Crossref, doi.org and NCBI (PubMed), and, for a search you start, the title
        and first author of that reference. Nothing else of your library, notes or PDFs leaves this computer. When it is off, nothing is sent and lookups wait in the queue.
      </p>
      {settings.status === 'error' && <ErrorMessage error={settings.error} />}
      <label className="settings-choice">
        <input
          type="checkbox"
          role="switch"
          checked={current?.enabled ?? false}
          disabled={!current}
          onChange={(event) => void change({ enabled: event.target.checked }).then(setSwitchError)}
        />{' '}
        Online lookups
      </label>
      {switchError && <ErrorMessage error={switchError} />}
      {current && <OnlineLookupsFields settings={current} change={change} />}
    </section>
  )
}

function OnlineLookupsFields({ settings, change }: { settings: OnlineSettings; change: (changes: OnlineSettingsChange) => Promise<IpcError | null> }) {
  return (
    <>
      <SettingTextField
        label="Contact e-mail for Crossref and NCBI"
        type="email"
        value={settings.crossrefMailto}
        placeholder="you@example.org"
        hint="Sent with each request, as the registries ask, so they can write before blocking a busy address."
        onSave={(crossrefMailto) => change({ crossrefMailto: crossrefMailto.trim() })}
      />
      <NcbiApiKeyField isSet={settings.ncbiApiKeySet} change={change} />
      <h4 className="settings-subheading">Service addresses</h4>
      {SERVICES.map(({ service, label, variable }) => (
        <SettingTextField
          key={service}
          label={label}
          type="url"
          value={settings.baseUrls[service]}
          hint={settings.baseUrlsFromEnvironment.includes(service) ? undefined : 'Leave empty and save for the standard address.'}
          fixed={settings.baseUrlsFromEnvironment.includes(service) ? <span className="hint">set by {variable} for this run</span> : undefined}
          onSave={(url) => change({ baseUrls: { [service]: url.trim() } })}
        />
      ))}
    </>
  )
}

/** The key is write-only: Settings says whether one is set, takes a new one, or removes it. */
function NcbiApiKeyField({ isSet, change }: { isSet: boolean; change: (changes: OnlineSettingsChange) => Promise<IpcError | null> }) {
  const [removeError, setRemoveError] = useState<IpcError | null>(null)
  return (
    <div className="setting-field" data-testid="ncbi-api-key">
      <SettingTextField
        label="NCBI API key"
        type="password"
        value=""
        placeholder={isSet ? 'set (type a new key to replace it)' : 'not set'}
        saveLabel={isSet ? 'Replace' : 'Save'}
        hint={isSet ? 'A key is set: PubMed allows 10 requests a second.' : 'Without a key PubMed allows 3 requests a second.'}
        onSave={(ncbiApiKey) => change({ ncbiApiKey: ncbiApiKey.trim() })}
      />
      {isSet && (
        <button type="button" className="button button--small button--quiet" onClick={() => void change({ ncbiApiKey: '' }).then(setRemoveError)}>
          Remove the key
        </button>
      )}
      {removeError && <ErrorMessage error={removeError} />}
    </div>
  )
}
