/** The action registry: every action's words, keys, availability and effect, read by the palette, the key handler and the buttons. */
export { ACTIONS, EDIT_KEYS, LIST_KEYS, READER_KEYS, type ActionId, type ActionSpec } from './catalogue'
export { actionButton, actionForKey, bindActions, listenForActionKeys, type Action, type ActionBinding, type ActionRegistry } from './registry'
export { ariaKeyShortcuts, currentPlatform, formatShortcut, formatShortcuts, matchesAny, matchesShortcut, typingInField, type KeyPress, type Platform, type Shortcut } from './shortcut'
export { ActionTargets, ActionTargetsProvider, useActionTarget, useActionTargets, type TargetId } from './targets'
