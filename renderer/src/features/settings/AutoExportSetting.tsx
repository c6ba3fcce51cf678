import { useEffect, useState } from 'react'
import type { AutoExportFormat, AutoExportSource, AutoExportStatus } from '../../../../shared/ipc/contract'
import type { IpcError } from '../../../../shared/ipc/result'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useCollections, useSavedSearches, type CollectionRecord, type SavedSearchRecord } from '../../db'
import { bindingProblem, useAutoExportState } from '../export'
import './autoExport.css'

const FORMATS: { id: AutoExportFormat; label: string }[] = [
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'biblatex', label: 'BibLaTeX' },
  { id: 'csl-json', label: 'CSL-JSON' },
]

/** `library`, `collection:<id>` or `savedSearch:<id>`: one select holds every source. */
function sourceValue(source: AutoExportSource): string {
  return source.kind === 'library' ? 'library' : `${source.kind}:${source.id}`
}

function sourceFrom(value: string): AutoExportSource {
  const [kind, ...rest] = value.split(':')
  const id = rest.join(':')
  if (kind === 'collection') return { kind, id }
  if (kind === 'savedSearch') return { kind, id }
  return { kind: 'library' }
}

/** The source's name as the sidebar shows it, or what became of it. */
export function sourceName(source: AutoExportSource, collections: readonly CollectionRecord[], searches: readonly SavedSearchRecord[]): string {
  if (source.kind === 'library') return 'Whole library'
  if (source.kind === 'collection') return collections.find((collection) => collection.id === source.id)?.name ?? 'A deleted collection'
  return searches.find((search) => search.id === source.id)?.name ?? 'A deleted saved search'
}

/** A name main takes for the file it suggests: no control characters, at most 120 characters. */
function suggestedName(name: string): string {
  return name.replace(/\p{Cc}+/gu, ' ').trim().slice(0, 120) || 'library'
}

function BindingRow({ binding, name, problem, onRemove }: { binding: AutoExportStatus; name: string; problem: string | undefined; onRemove: () => void }) {
  return (
    <li className="auto-export__binding" data-testid="auto-export-binding">
      <span className="auto-export__source">{name}</span> → <code>{binding.path}</code> <span className="badge">{binding.format}</span>{' '}
      {problem ? (
        <span className="auto-export__problem" role="alert">{binding.folderMissing ? 'Folder is gone. ' : ''}{problem}</span>
      ) : (
        <span className="auto-export__ok">In step</span>
      )}{' '}
      <button type="button" className="button button--quiet button--small" aria-label={`Stop keeping ${binding.path} in step`} onClick={onRemove}>
        Remove
      </button>
    </li>
  )
}

/**
 * Files AxisRef rewrites whenever their papers change: the whole library, a collection or
 * a saved search, each bound to a file chosen in a save dialog.
 */
export function AutoExportSetting() {
  const { bindings, problems, listError, store } = useAutoExportState()
  const collections = useCollections() ?? []
  const searches = useSavedSearches() ?? []
  const [source, setSource] = useState('library')
  const [format, setFormat] = useState<AutoExportFormat>('bibtex')
  const [error, setError] = useState<IpcError | null>(null)
  // opening Settings checks the folders again: one may have gone since the last write
  useEffect(() => void store.refresh(), [store])

  async function add() {
    setError(null)
    const chosen = sourceFrom(source)
    setError(await store.add({ source: chosen, format, name: suggestedName(chosen.kind === 'library' ? 'library' : sourceName(chosen, collections, searches)) }))
  }

  async function remove(id: string) {
    setError(await store.remove(id))
  }

  return (
    <section className="settings-section" aria-labelledby="auto-export-heading">
      <h3 id="auto-export-heading">Auto-export</h3>
      <p className="hint">Files rewritten within seconds whenever their papers change, so your LaTeX or Pandoc build always reads the current references. Keys never change.</p>
      {bindings && bindings.length > 0 ? (
        <ul className="auto-export__list" aria-label="Files kept in step" data-testid="auto-export">
          {bindings.map((binding) => (
            <BindingRow key={binding.id} binding={binding} name={sourceName(binding.source, collections, searches)} problem={bindingProblem(binding, problems)} onRemove={() => void remove(binding.id)} />
          ))}
        </ul>
      ) : (
        <p className="hint" data-testid="auto-export">{bindings ? 'No file is kept in step.' : 'Reading…'}</p>
      )}
      <div className="button-row">
        <select value={source} onChange={(event) => setSource(event.target.value)} aria-label="Papers to keep in step">
          <option value="library">Whole library</option>
          {collections.length > 0 && (
            <optgroup label="Collections">
              {collections.map((collection) => <option key={collection.id} value={sourceValue({ kind: 'collection', id: collection.id })}>{collection.name}</option>)}
            </optgroup>
          )}
          {searches.length > 0 && (
            <optgroup label="Saved searches">
              {searches.map((search) => <option key={search.id} value={sourceValue({ kind: 'savedSearch', id: search.id })}>{search.name}</option>)}
            </optgroup>
          )}
        </select>
        <select value={format} onChange={(event) => setFormat(FORMATS.find((each) => each.id === event.target.value)?.id ?? 'bibtex')} aria-label="Auto-export format">
          {FORMATS.map((each) => <option key={each.id} value={each.id}>{each.label}</option>)}
        </select>
        <button type="button" className="button" onClick={() => void add()}>
          Keep a file in step…
        </button>
      </div>
      {listError && <p className="error-message" role="alert">{listError}</p>}
      {error && <ErrorMessage error={error} />}
    </section>
  )
}
