import { useState } from 'react'
import type { CiteAsYouWriteChange, CiteAsYouWriteStatus } from '../../../../shared/ipc/contract'
import type { IpcError } from '../../../../shared/ipc/result'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'
import { SettingTextField } from './SettingTextField'

type Change = (change: Partial<CiteAsYouWriteChange>) => Promise<IpcError | null>

/**
 * "Cite while writing": the switch of the editors' endpoint (Better BibTeX's cite-as-you-write,
 * off by default), its port, whether it listens (or why not), and in the desktop app the
 * picker's global shortcut. Each change is sent with the current values of the others.
 */
export function CiteAsYouWriteSetting() {
  const api = useApi()
  const [setting, , setSetting] = useApiCall(api.getCiteAsYouWrite)
  const [switchError, setSwitchError] = useState<IpcError | null>(null)
  const current = setting.status === 'ok' ? setting.value : undefined

  async function change(next: Partial<CiteAsYouWriteChange>): Promise<IpcError | null> {
    if (!current) return { code: 'INVALID_INPUT', message: 'The setting has not loaded yet.' }
    const result = await api.setCiteAsYouWrite({ enabled: current.enabled, port: current.port, ...next })
    if (!result.ok) return result.error
    setSetting({ status: 'ok', value: result.value })
    return null
  }

  return (
    <section className="settings-section" aria-labelledby="cite-as-you-write-heading">
      <h3 id="cite-as-you-write-heading">Cite while writing</h3>
      {setting.status === 'error' && <ErrorMessage error={setting.error} />}
      <label className="settings-choice">
        <input
          type="checkbox"
          role="switch"
          checked={current?.enabled ?? false}
          disabled={!current}
          onChange={(event) => void change({ enabled: event.target.checked }).then(setSwitchError)}
        />{' '}
        Let editors ask for citations (Better BibTeX&rsquo;s cite-as-you-write endpoint)
      </label>
      {switchError && <ErrorMessage error={switchError} />}
      {current && <CiteAsYouWriteFields status={current} change={change} />}
    </section>
  )
}

function CiteAsYouWriteFields({ status, change }: { status: CiteAsYouWriteStatus; change: Change }) {
  return (
    <>
      <p className={status.enabled && !status.listening ? 'error-message' : 'hint'} role="status" data-testid="cite-as-you-write-status">
        {statusText(status)}
      </p>
      <SettingTextField
        label="Port"
        value={String(status.port)}
        hint="23119 is the port editor plugins call by default (Zotero's; Zotero and JabRef cannot listen there at the same time)."
        onSave={(text) => {
          const port = Number(text.trim())
          if (!Number.isInteger(port) || port < 1024 || port > 65535) return Promise.resolve({ code: 'INVALID_INPUT', message: `The port must be a whole number from 1024 to 65535 (not "${text.trim()}").` })
          return change({ port })
        }}
      />
      <p className="hint" data-testid="cite-as-you-write-usage">
        Editors call <code>http://127.0.0.1:{status.port}/better-bibtex/cayw?format=pandoc</code> (or latex, biblatex, json…): plugins made for Zotero&rsquo;s Better BibTeX work
        unchanged. Only this computer can call it, and nothing leaves the library unless you pick it in the picker.
      </p>
      {status.shortcut && <ShortcutField shortcut={status.shortcut} change={change} />}
    </>
  )
}

function ShortcutField({ shortcut, change }: { shortcut: NonNullable<CiteAsYouWriteStatus['shortcut']>; change: Change }) {
  return (
    <>
      <SettingTextField
        label="Picker shortcut (from any program)"
        value={shortcut.accelerator}
        placeholder="none"
        hint={
          shortcut.registered
            ? `${shortcut.accelerator} opens the picker over any program; what you pick is copied as a formatted citation. Empty it and save for no shortcut.`
            : 'Write it as Electron does: CommandOrControl+Alt+Shift+B, Alt+Shift+F9 …'
        }
        onSave={(text) => change({ shortcut: text.trim() })}
      />
      {shortcut.error && <ErrorMessage error={{ code: 'UNAVAILABLE', message: shortcut.error }} />}
    </>
  )
}

function statusText(status: CiteAsYouWriteStatus): string {
  if (!status.enabled) return 'Off: editors get no answer.'
  if (status.listening) return `Listening on 127.0.0.1:${status.port}.`
  return `Not listening: ${status.error ?? 'it has not started.'}`
}
