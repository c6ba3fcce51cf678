const WATCH_INTERVAL_MS = 30_000

/** Looks for new PDFs in the watched folder now, every half minute, and when the window regains focus. */
export function watchFolder(scan: () => Promise<void>): () => void {
  const check = () => void scan()
  check()
  const timer = window.setInterval(check, WATCH_INTERVAL_MS)
  window.addEventListener('focus', check)
  return () => {
    window.clearInterval(timer)
    window.removeEventListener('focus', check)
  }
}

/** A file dropped outside a drop zone must not navigate the window away from the app. */
export function preventFileDropNavigation(): () => void {
  const stop = (event: DragEvent) => event.preventDefault()
  window.addEventListener('dragover', stop)
  window.addEventListener('drop', stop)
  return () => {
    window.removeEventListener('dragover', stop)
    window.removeEventListener('drop', stop)
  }
}

/** A bibliography pasted anywhere but into a text field is offered for import. */
export function listenForPaste(onText: (text: string) => void): () => void {
  const paste = (event: ClipboardEvent) => {
    const target = event.target as HTMLElement | null
    if (target?.closest('input, textarea, [contenteditable="true"]')) return
    const text = event.clipboardData?.getData('text/plain') ?? ''
    if (text.trim().length === 0) return
    event.preventDefault()
    onText(text)
  }
  window.addEventListener('paste', paste)
  return () => window.removeEventListener('paste', paste)
}

export interface Shortcuts {
  copyReference: () => void
  copyCitation: () => void
  exportDialog: () => void
  importDialog: () => void
  palette: () => void
}

/**
 * Ctrl/Cmd+Shift+C copy reference, Ctrl/Cmd+Shift+A copy citation, Ctrl/Cmd+E export,
 * Ctrl/Cmd+I import, Ctrl/Cmd+K (or Ctrl/Cmd+Shift+P, as in VS Code) the command palette.
 */
export function listenForShortcuts(shortcuts: Shortcuts): () => void {
  const keydown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    const key = event.key.toLowerCase()
    const withShift: Record<string, () => void> = { c: shortcuts.copyReference, a: shortcuts.copyCitation, p: shortcuts.palette }
    const plain: Record<string, () => void> = { e: shortcuts.exportDialog, i: shortcuts.importDialog, k: shortcuts.palette }
    const action = (event.shiftKey ? withShift : plain)[key]
    if (!action) return
    event.preventDefault()
    action()
  }
  window.addEventListener('keydown', keydown)
  return () => window.removeEventListener('keydown', keydown)
}
