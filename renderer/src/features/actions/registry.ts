import { ACTIONS, isActionId, type ActionId, type ActionSpec } from './catalogue'
import { ariaKeyShortcuts, formatShortcuts, matchesAny, type KeyPress } from './shortcut'

/** What the workspace supplies for an action: what it does, and why it cannot run now. */
export interface ActionBinding {
  perform: () => void
  /** Why it cannot run now, in words ("Select a paper first"); undefined when it can. */
  unavailable?: string
  /** Not offered at all here (restoring outside the trash). */
  hidden?: boolean
}

export interface Action extends ActionSpec, ActionBinding {
  id: ActionId
}

/** Every action as it stands now: `list` in the catalogue's order for the palette and the key handler, `get` for a button. */
export interface ActionRegistry {
  list: readonly Action[]
  get(id: ActionId): Action
}

/** Joins each action's words and keys from the catalogue with what it does here and now. */
export function bindActions(bindings: Readonly<Record<ActionId, ActionBinding>>): ActionRegistry {
  const get = (id: ActionId): Action => ({ ...ACTIONS[id], ...bindings[id], id })
  return { list: Object.keys(ACTIONS).filter(isActionId).map(get), get }
}

/** The action whose window-wide keys these are, if any (hidden actions have no keys). */
export function actionForKey(actions: readonly Action[], event: KeyPress): Action | undefined {
  return actions.find((action) => !action.hidden && (action.keysWork ?? 'window') === 'window' && matchesAny(event, action.shortcuts ?? []))
}

/**
 * The window's one key handler: runs the action the keys belong to. An action that cannot
 * run now is not run; `onUnavailable` gets why, in words, for the status line.
 */
export function listenForActionKeys(current: () => readonly Action[], onUnavailable: (reason: string, action: Action) => void): () => void {
  const keydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return
    const action = actionForKey(current(), event)
    if (!action) return
    event.preventDefault()
    if (action.unavailable) onUnavailable(action.unavailable, action)
    else action.perform()
  }
  window.addEventListener('keydown', keydown)
  return () => window.removeEventListener('keydown', keydown)
}

/** A button's click, state and tooltip from its action: the keys it shows are the keys that run it. */
export function actionButton(action: Action) {
  const shortcuts = action.shortcuts ?? []
  return {
    onClick: action.perform,
    disabled: action.unavailable !== undefined,
    title: shortcuts.length > 0 ? formatShortcuts(shortcuts) : undefined,
    'aria-keyshortcuts': shortcuts.length > 0 ? ariaKeyShortcuts(shortcuts) : undefined,
  }
}
