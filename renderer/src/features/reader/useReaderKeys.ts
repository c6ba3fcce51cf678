import { useEffect } from 'react'
import { READER_KEYS, matchesAny } from '../actions'

interface ReaderKeys {
  openFind: () => void
  /** Esc: cancels placing a note if that is under way, otherwise closes the reader. */
  escape: () => void
}

/**
 * The reader's keys while it is open. Ctrl/Cmd+F is captured before any other shortcut sees it;
 * Esc closes the reader, except in a field or while a dialog is open: those have their own Esc.
 */
export function useReaderKeys({ openFind, escape }: ReaderKeys): void {
  useEffect(() => {
    const onFindKey = (event: KeyboardEvent) => {
      if (!matchesAny(event, READER_KEYS.find)) return
      event.preventDefault()
      event.stopImmediatePropagation()
      openFind()
    }
    const onEscape = (event: KeyboardEvent) => {
      const target = event.target
      if (event.key !== 'Escape' || event.defaultPrevented || !(target instanceof Element)) return
      if (target.closest('input, textarea, select') || document.querySelector('dialog[open], [role="dialog"], [role="alertdialog"]')) return
      escape()
    }
    window.addEventListener('keydown', onFindKey, true)
    window.addEventListener('keydown', onEscape)
    return () => {
      window.removeEventListener('keydown', onFindKey, true)
      window.removeEventListener('keydown', onEscape)
    }
  }, [openFind, escape])
}
