import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { rankCommands, type Command } from './commands'

interface CommandPaletteProps {
  commands: readonly Command[]
  onClose: () => void
}

/**
 * Ctrl/Cmd+K: type a few letters of any action, arrows to choose, Enter to run, Esc to leave.
 * A combobox over a listbox, so screen readers announce the highlighted command.
 */
export function CommandPalette({ commands, onClose }: CommandPaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const listId = useId()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const matches = useMemo(() => rankCommands(commands, query), [commands, query])
  const current = matches[Math.min(active, matches.length - 1)]

  useEffect(() => {
    const element = dialog.current
    // Where <dialog> has no modal mode (jsdom), it still opens, without the backdrop.
    if (element && !element.open) {
      if (element.showModal) element.showModal()
      else element.setAttribute('open', '')
    }
    return () => element?.close?.()
  }, [])

  const run = (command: Command | undefined) => {
    if (!command || command.disabledReason) return
    onClose()
    command.run()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Partial<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 }
    const move = moves[event.key]
    if (move !== undefined) {
      event.preventDefault()
      setActive((index) => Math.max(0, Math.min(matches.length - 1, index + move)))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      run(current)
    }
  }

  return (
    <dialog ref={dialog} className="palette" aria-label="Command palette" onClose={onClose} onCancel={onClose} onClick={(event) => event.target === dialog.current && onClose()}>
      <input
        className="palette__input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} className="palette__list" role="listbox" aria-label="Commands">
        {matches.map((command) => (
          <li
            key={command.id}
            id={`${listId}-${command.id}`}
            role="option"
            aria-selected={command === current}
            aria-disabled={command.disabledReason ? true : undefined}
            className="palette__item"
            onMouseMove={() => setActive(matches.indexOf(command))}
            onClick={() => run(command)}
          >
            <span className="palette__title">{command.title}</span>
            <span className="palette__meta">{command.disabledReason ?? command.group}</span>
            {command.shortcut && <kbd className="palette__shortcut">{command.shortcut}</kbd>}
          </li>
        ))}
        {matches.length === 0 && <li className="palette__empty">No command matches “{query}”.</li>}
      </ul>
    </dialog>
  )
}
