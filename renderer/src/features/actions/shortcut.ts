/**
 * A key chord as the registry declares it. `mod` is Ctrl, or Cmd on a Mac: both are accepted
 * on every platform, only the words shown follow the platform.
 */
export interface Shortcut {
  key: string
  mod?: boolean
  shift?: boolean
  /** The key types a character: it belongs to a text field while one has the focus. */
  outsideFields?: boolean
}

export type Platform = 'mac' | 'other'

/** A key press, from the window's listener or from React's handler alike. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>

/** Where the app runs, for the words of a chord: Cmd on a Mac, Ctrl elsewhere. */
export function currentPlatform(): Platform {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other'
}

function keyName(key: string): string {
  return key.length === 1 ? key.toUpperCase() : key
}

/** The chord as the user reads it: "Ctrl+Shift+C", "Cmd+Shift+C", "/". */
export function formatShortcut(shortcut: Shortcut, platform: Platform = currentPlatform()): string {
  const mod = shortcut.mod ? [platform === 'mac' ? 'Cmd' : 'Ctrl'] : []
  return [...mod, ...(shortcut.shift ? ['Shift'] : []), keyName(shortcut.key)].join('+')
}

/** Every chord of an action in words, the first one first: "Ctrl+F or /". */
export function formatShortcuts(shortcuts: readonly Shortcut[], platform: Platform = currentPlatform()): string {
  return shortcuts.map((shortcut) => formatShortcut(shortcut, platform)).join(' or ')
}

/** The chords in the form of the `aria-keyshortcuts` attribute: "Control+Shift+C /". */
export function ariaKeyShortcuts(shortcuts: readonly Shortcut[], platform: Platform = currentPlatform()): string {
  const one = (shortcut: Shortcut) => [...(shortcut.mod ? [platform === 'mac' ? 'Meta' : 'Control'] : []), ...(shortcut.shift ? ['Shift'] : []), keyName(shortcut.key)].join('+')
  return shortcuts.map(one).join(' ')
}

/** True when the key press was meant for a text field, not for the app. */
export function typingInField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null
}

/**
 * True when the key press is this chord. Shift must match a chord with Ctrl/Cmd; a plain key
 * ("/") may need Shift on some keyboards, so there it is not looked at.
 */
export function matchesShortcut(event: KeyPress, shortcut: Shortcut): boolean {
  const mod = event.ctrlKey || event.metaKey
  if (event.altKey || mod !== Boolean(shortcut.mod)) return false
  if (shortcut.mod && event.shiftKey !== Boolean(shortcut.shift)) return false
  if (shortcut.outsideFields && typingInField(event.target)) return false
  return event.key.toLowerCase() === shortcut.key.toLowerCase()
}

/** True when the key press is one of these chords. */
export function matchesAny(event: KeyPress, shortcuts: readonly Shortcut[]): boolean {
  return shortcuts.some((shortcut) => matchesShortcut(event, shortcut))
}
