import { useState } from 'react'
import type { IpcError } from '../../../../shared/ipc/result'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'
import { AUTO_EXPORT_CHANGED } from '../export'

type Format = 'bibtex' | 'biblatex' | 'csl-json'

/** Bind a .bib (or CSL-JSON) file that AxisRef rewrites whenever the library changes. */
export function AutoExportSetting() {
  const api = useApi()
  const [binding, , setBinding] = useApiCall(api.getAutoExport)
  const [format, setFormat] = useState<Format>('bibtex')
  const [error, setError] = useState<IpcError | null>(null)
  const bound = binding.status === 'ok' ? binding.value : null

  async function choose() {
    setError(null)
    const result = await api.chooseAutoExportFile({ format })
    if (!result.ok) return setError(result.error)
    setBinding({ status: 'ok', value: result.value })
    window.dispatchEvent(new Event(AUTO_EXPORT_CHANGED))
  }

  async function stop() {
    const result = await api.stopAutoExport()
    if (result.ok) setBinding({ status: 'ok', value: result.value })
    else setError(result.error)
  }

  return (
    <section className="settings-section" aria-labelledby="auto-export-heading">
      <h3 id="auto-export-heading">Auto-export</h3>
      <p className="hint">A file rewritten whenever the library changes, so your LaTeX build always sees the current references.</p>
      <p className="path" data-testid="auto-export">
        {bound ? (
          <>
            <code>{bound.path}</code> <span className="badge">{bound.format}</span>
          </>
        ) : (
          <span className="hint">No file is kept up to date.</span>
        )}
      </p>
      <div className="button-row">
        <select value={format} onChange={(event) => setFormat(event.target.value as Format)} aria-label="Auto-export format">
          <option value="bibtex">BibTeX</option>
          <option value="biblatex">BibLaTeX</option>
          <option value="csl-json">CSL-JSON</option>
        </select>
        <button type="button" className="button" onClick={() => void choose()}>
          {bound ? 'Choose another file…' : 'Keep a file up to date…'}
        </button>
        {bound && (
          <button type="button" className="button button--quiet" onClick={() => void stop()}>
            Stop
          </button>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
    </section>
  )
}
