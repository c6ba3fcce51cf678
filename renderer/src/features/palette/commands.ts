import MiniSearch from 'minisearch'
import { formatShortcut, type Action } from '../actions'

/** Something the user can do from the palette; the same action a button or shortcut runs. */
export interface Command {
  id: string
  title: string
  /** Shown beside the title and searched too: "Library", "Selection", "Export" … */
  group: string
  /** The key chord that also runs it, as shown to the user ("Ctrl+E"). */
  shortcut?: string
  /** Other words a user might type for it ("bib", "cite"). */
  keywords?: readonly string[]
  /** Why it cannot run now ("Select a paper first"); a disabled command is listed, not run. */
  disabledReason?: string
  run: () => void
}

/**
 * The commands that match what was typed, best first: every word must match the start of a
 * word in the title, group or keywords (a typo or two forgiven in longer words).
 * Nothing typed lists every command in its given order. Runnable commands come first.
 */
export function rankCommands(commands: readonly Command[], query: string): Command[] {
  const runnableFirst = (list: Command[]) => [...list.filter((command) => !command.disabledReason), ...list.filter((command) => command.disabledReason)]
  if (query.trim() === '') return runnableFirst([...commands])
  const index = new MiniSearch<{ id: number; title: string; group: string; keywords: string }>({
    fields: ['title', 'group', 'keywords'],
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0), combineWith: 'AND', boost: { title: 3, keywords: 2 } },
  })
  index.addAll(commands.map((command, id) => ({ id, title: command.title, group: command.group, keywords: (command.keywords ?? []).join(' ') })))
  return runnableFirst(index.search(query).flatMap((result) => commands[Number(result.id)] ?? []))
}

/**
 * The registry's actions as palette commands, with the keys in the words of this platform.
 * Each runs after the palette has closed and given the focus back, so an action that moves
 * the focus keeps it.
 */
export function commandsFromActions(actions: readonly Action[]): Command[] {
  return actions
    .filter((action) => !action.hidden && action.listed !== false)
    .map((action) => ({
      id: action.id,
      title: action.label,
      group: action.group,
      shortcut: action.shortcuts?.[0] && formatShortcut(action.shortcuts[0]),
      keywords: action.keywords,
      disabledReason: action.unavailable,
      run: () => void window.setTimeout(action.perform),
    }))
}
