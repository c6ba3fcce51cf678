import { useId, useState, type ReactNode } from 'react'
import type { IpcError } from '../../../../shared/ipc/result'
import type { SyncConnectionReport, SyncStatus } from '../../../../shared/sync/status'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'
import { connectionOf, draftOf, reportWords, type SyncDraft } from './syncConnectionDraft'

type Outcome = { kind: 'report'; report: SyncConnectionReport } | { kind: 'problems'; problems: string[] } | { kind: 'error'; error: IpcError } | { kind: 'done'; text: string }

/**
 * The connection's fields with Test connection, Connect and Disconnect. Nothing is sent while
 * a field is wrong: the problems are named instead. The password field starts empty every
 * time (main never gives it back); left empty, the kept one is used.
 */
export function SyncConnectionForm({ status, onStatus }: { status: SyncStatus; onStatus: (status: SyncStatus) => void }) {
  const api = useApi()
  const id = useId()
  const [draft, setDraft] = useState<SyncDraft>(() => draftOf(status.connection))
  const [outcome, setOutcome] = useState<Outcome>()
  const [busy, setBusy] = useState(false)
  const set = (change: Partial<SyncDraft>) => setDraft((current) => ({ ...current, ...change }))

  async function run(task: () => Promise<Outcome>) {
    setBusy(true)
    setOutcome(await task())
    setBusy(false)
  }
  const test = () =>
    run(async () => {
      const checked = connectionOf(draft)
      if ('problems' in checked) return { kind: 'problems', problems: checked.problems }
      const result = await api.testSyncConnection(checked.input)
      return result.ok ? { kind: 'report', report: result.value } : { kind: 'error', error: result.error }
    })
  const connect = () =>
    run(async () => {
      const checked = connectionOf(draft)
      if ('problems' in checked) return { kind: 'problems', problems: checked.problems }
      const result = await api.connectSync({ ...checked.input, pdfs: draft.pdfs })
      if (!result.ok) return { kind: 'error', error: result.error }
      onStatus(result.value)
      set({ password: '' })
      return result.value.connection ? { kind: 'done', text: 'Connected: the library syncs with this database now.' } : { kind: 'error', error: { code: 'UNAVAILABLE', message: result.value.message ?? 'The connection was not kept.' } }
    })

  return (
    <form
      className="sync-form"
      aria-label="Sync connection"
      onSubmit={(event) => {
        event.preventDefault()
        void connect()
      }}
    >
      <SyncTextField id={`${id}-url`} label="Server address" type="url" value={draft.url} placeholder="https://couch.example.org:5984" onChange={(url) => set({ url })} />
      <SyncTextField id={`${id}-database`} label="Database" value={draft.database} placeholder="lab-library" onChange={(database) => set({ database })} />
      <SyncTextField id={`${id}-user`} label="User" value={draft.user} onChange={(user) => set({ user })} />
      <SyncTextField
        id={`${id}-password`}
        label="Password"
        type="password"
        value={draft.password}
        placeholder={status.connection?.hasPassword ? 'kept (type a new one to replace it)' : ''}
        onChange={(password) => set({ password })}
        hint={<PasswordPlace />}
      />
      <fieldset className="sync-form__pdfs">
        <legend>Bring PDFs to this device</legend>
        <label className="settings-choice">
          <input type="radio" name={`${id}-pdfs`} checked={draft.pdfs === 'onOpen'} onChange={() => set({ pdfs: 'onOpen' })} /> When a paper is opened
        </label>
        <label className="settings-choice">
          <input type="radio" name={`${id}-pdfs`} checked={draft.pdfs === 'all'} onChange={() => set({ pdfs: 'all' })} /> All, as they arrive
        </label>
      </fieldset>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void test()}>
          Test connection
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          Connect
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
      {status.connection && <DisconnectControls busy={busy} run={run} onStatus={onStatus} />}
    </form>
  )
}

function SyncTextField(props: { id: string; label: string; value: string; onChange: (text: string) => void; type?: 'text' | 'url' | 'password'; placeholder?: string; hint?: ReactNode }) {
  return (
    <div className="setting-field">
      <label htmlFor={props.id}>{props.label}</label>
      <div className="setting-field__row">
        <input
          id={props.id}
          type={props.type ?? 'text'}
          value={props.value}
          placeholder={props.placeholder}
          autoComplete={props.type === 'password' ? 'new-password' : 'off'}
          spellCheck={false}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </div>
      {props.hint && <p className="hint">{props.hint}</p>}
    </div>
  )
}

/** Where the host keeps the password: said plainly, since it matters who else can read it. */
function PasswordPlace() {
  const api = useApi()
  const [info] = useApiCall(api.getAppInfo)
  if (info.status !== 'ok') return null
  return info.value.host === 'electron' ? (
    <>Kept on this computer, encrypted by the system&rsquo;s keychain (Electron&rsquo;s safeStorage). Never shown again; leave it empty to keep the one already kept.</>
  ) : (
    <>Kept on this computer in a file of the data folder that only your user account can read (mode 0600). Never shown again; leave it empty to keep the one already kept.</>
  )
}

function OutcomeMessage({ outcome }: { outcome: Outcome | undefined }) {
  if (!outcome) return null
  if (outcome.kind === 'error') return <ErrorMessage error={outcome.error} />
  if (outcome.kind === 'problems')
    return (
      <ul className="error-message" role="alert" aria-label="What to correct">
        {outcome.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    )
  const failed = outcome.kind === 'report' && !outcome.report.ok
  return (
    <p className={failed ? 'error-message' : 'hint'} role={failed ? 'alert' : 'status'} data-testid="sync-outcome">
      {outcome.kind === 'report' ? reportWords(outcome.report) : outcome.text}
    </p>
  )
}

function DisconnectControls({ busy, run, onStatus }: { busy: boolean; run: (task: () => Promise<Outcome>) => Promise<void>; onStatus: (status: SyncStatus) => void }) {
  const api = useApi()
  const [forgetPassword, setForgetPassword] = useState(false)
  const disconnect = () =>
    run(async () => {
      const result = await api.disconnectSync({ forgetPassword })
      if (!result.ok) return { kind: 'error', error: result.error }
      onStatus(result.value)
      return { kind: 'done', text: `Disconnected${forgetPassword ? ' and the password forgotten' : ''}. The library and its PDFs stay on this device as they are.` }
    })
  return (
    <div className="sync-form__disconnect">
      <label className="settings-choice">
        <input type="checkbox" checked={forgetPassword} onChange={(event) => setForgetPassword(event.target.checked)} /> Forget the password kept for this server
      </label>
      <button type="button" className="button" disabled={busy} onClick={() => void disconnect()}>
        Disconnect
      </button>
    </div>
  )
}
