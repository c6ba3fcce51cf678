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
    if (event.target instanceof Element && event.target.closest('input, textarea, [contenteditable="true"]')) return
    const text = event.clipboardData?.getData('text/plain') ?? ''
    if (text.trim().length === 0) return
    event.preventDefault()
    onText(text)
  }
  window.addEventListener('paste', paste)
  return () => window.removeEventListener('paste', paste)
}
