/** What to put on the clipboard: plain text always, and HTML beside it for a formatted paste. */
export interface ClipboardContent {
  text: string
  /** Word, LibreOffice and mail clients paste this (italics, small caps); plain editors take `text`. */
  html?: string
}

/** Written, or why the browser refused, in words the status line can show. */
export type ClipboardResult = { ok: true } | { ok: false; message: string }

/**
 * Puts text, and HTML beside it when given, on the system clipboard in one write, so an
 * editor pastes whichever it understands. Never rejects: a refusal (the window not focused,
 * the permission denied, no clipboard in an insecure page) comes back as a message.
 */
export async function writeClipboard(content: ClipboardContent): Promise<ClipboardResult> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
  if (!clipboard) return { ok: false, message: 'Nothing was copied: this page cannot reach the clipboard (it is not served from this computer or over HTTPS).' }
  if (content.html !== undefined && typeof ClipboardItem === 'undefined') return { ok: false, message: 'Nothing was copied: this browser cannot put formatted text on the clipboard. Use Chromium or Chrome, or choose a key form in Settings → Quick copy.' }
  try {
    if (content.html === undefined) await clipboard.writeText(content.text)
    else await clipboard.write([htmlAndText(content.html, content.text)])
    return { ok: true }
  } catch (error) {
    return { ok: false, message: refusal(error) }
  }
}

function htmlAndText(html: string, text: string): ClipboardItem {
  return new ClipboardItem({
    'text/html': new Blob([html], { type: 'text/html' }),
    'text/plain': new Blob([text], { type: 'text/plain' }),
  })
}

function refusal(error: unknown): string {
  const reason = error instanceof Error || error instanceof DOMException ? error.message : String(error)
  const unfocused = typeof document !== 'undefined' && !document.hasFocus()
  if (unfocused) return `Nothing was copied: the browser lets only the window in front write the clipboard. Click in AxisRef and try again (${reason}).`
  const denied = error instanceof DOMException && error.name === 'NotAllowedError'
  if (denied) return `Nothing was copied: the clipboard refused AxisRef (${reason}). Allow this page to write the clipboard and try again.`
  return `Nothing was copied: the clipboard could not be written (${reason}).`
}
