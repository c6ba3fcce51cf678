import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchClient } from '../../search'
import { ChosenPapers } from './ChosenPapers'
import { PaperSearch } from './PaperSearch'
import { newPick, updatePick, type CitePick } from './picks'
import './picker.css'

interface CitePickerProps {
  client: SearchClient | undefined
  /** Where the citation goes, in words: "For your editor: Pandoc citation". */
  purpose: string
  /** Formats and delivers the picks; resolves to why not, in words (the picker stays open), or undefined when done. */
  onInsert: (picks: CitePick[]) => Promise<string | undefined>
  onCancel: () => void
  /** What the answer would read, for the formats made from keys alone. */
  preview?: (picks: readonly CitePick[]) => string | undefined
}

/** Opens the native dialog as a modal (its focus trap and inert page); jsdom has no modal mode and gets it open. */
function useModal(dialog: React.RefObject<HTMLDialogElement | null>): void {
  // read while rendering, before the search box takes the focus
  const [before] = useState(() => document.activeElement)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) {
      if (element.showModal) element.showModal()
      else element.setAttribute('open', '')
    }
    return () => {
      // StrictMode's trial unmount leaves the dialog in the page: only a real close gives the focus back
      if (element?.isConnected) return
      element?.close?.()
      if (before instanceof HTMLElement && before.isConnected) before.focus()
    }
  }, [dialog, before])
}

/**
 * The citation picker: a quick search of the library, the chosen papers in citation order with
 * a locator, prefix, suffix and "suppress author" each, and Insert (Ctrl/Cmd+Enter) or Cancel (Esc).
 */
export function CitePicker({ client, purpose, onInsert, onCancel, preview }: CitePickerProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [picks, setPicks] = useState<CitePick[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const closing = useRef(false)
  useModal(dialog)

  const cancel = () => {
    if (closing.current) return
    closing.current = true
    onCancel()
  }

  const insert = async () => {
    if (busy || closing.current) return
    if (picks.length === 0) return setError('Choose a paper first: type to search, then Enter to add it.')
    setBusy(true)
    setError(undefined)
    const failure = await onInsert(picks)
    setBusy(false)
    if (failure) setError(failure)
    else closing.current = true
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // a modal picker: the app's own keys (the palette, copy, this action again) wait until it closes
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      cancel()
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void insert()
    }
  }

  const previewText = picks.length > 0 ? preview?.(picks) : undefined
  return (
    <dialog
      ref={dialog}
      className="picker"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault()
        cancel()
      }}
    >
      <header className="picker__header">
        <h2 id={titleId}>Insert citation</h2>
        <p className="picker__purpose">{purpose}</p>
      </header>
      {client ? (
        <PaperSearch client={client} onChoose={(paper) => setPicks((current) => [...current, newPick(paper)])} onRemoveLast={() => setPicks((current) => current.slice(0, -1))} />
      ) : (
        <p className="picker__none">Opening the library…</p>
      )}
      <ChosenPapers picks={picks} onChange={(index, change) => setPicks((current) => updatePick(current, index, change))} onRemove={(index) => setPicks((current) => current.filter((_, at) => at !== index))} />
      {previewText !== undefined && (
        <p className="picker__preview">
          Inserts <code>{previewText}</code>
        </p>
      )}
      {error && (
        <p className="picker__error" role="alert">
          {error}
        </p>
      )}
      <footer className="picker__actions">
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter" onClick={() => void insert()}>
          {busy ? 'Inserting…' : 'Insert'}
        </button>
      </footer>
    </dialog>
  )
}
