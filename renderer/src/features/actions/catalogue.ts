import type { Shortcut } from './shortcut'

/** What an action is called and which keys run it: declared here once, read by the palette, the key handler and the buttons. */
export interface ActionSpec {
  label: string
  /** Shown beside the label in the palette and searched too: "Library", "Selection" … */
  group: string
  /** Other words a user might type for it ("bib", "cite"). */
  keywords?: readonly string[]
  shortcuts?: readonly Shortcut[]
  /**
   * Where the keys work: anywhere in the window (the one key handler runs them), or only
   * while the paper list has the focus, whose own key handler runs them.
   */
  keysWork?: 'window' | 'paper list'
  /** The palette's own keys are not listed in the palette. */
  listed?: boolean
}

const mod = (key: string, shift = false): Shortcut => ({ key, mod: true, shift })

export const ACTIONS = {
  palette: { label: 'Open the command palette', group: 'App', shortcuts: [mod('k'), mod('p', true)], listed: false },
  search: { label: 'Search the library', group: 'Library', shortcuts: [mod('f'), { key: '/', outsideFields: true }], keywords: ['find', 'filter'] },
  import: { label: 'Import PDFs or a bibliography…', group: 'Library', shortcuts: [mod('i')], keywords: ['add', 'bibtex', 'ris', 'pubmed'] },
  'add-identifier': { label: 'Add by identifier…', group: 'Library', shortcuts: [mod('l', true)], keywords: ['doi', 'pmid', 'pmcid', 'pubmed', 'crossref', 'lookup'] },
  export: { label: 'Export…', group: 'Library', shortcuts: [mod('e')], keywords: ['bibtex', 'biblatex', 'ris', 'csl', 'bibliography'] },
  'copy-reference': { label: 'Copy reference', group: 'Selection', shortcuts: [mod('c', true)], keywords: ['bibliography', 'apa'] },
  'copy-citation': { label: 'Copy citation', group: 'Selection', shortcuts: [mod('a', true)], keywords: ['cite', 'in-text'] },
  'cite-picker': { label: 'Insert citation…', group: 'Library', shortcuts: [mod('k', true)], keywords: ['cite', 'picker', 'cayw', 'pandoc', 'latex', 'locator', 'page'] },
  'open-reader': { label: 'Open the PDF in the reader', group: 'Selection', shortcuts: [{ key: 'Enter' }], keysWork: 'paper list', keywords: ['read', 'pdf', 'annotate'] },
  'attach-pdf': { label: 'Attach a PDF to the paper…', group: 'Selection', keywords: ['file', 'add pdf', 'full text'] },
  tag: { label: 'Add a tag to the paper', group: 'Selection', keywords: ['label', 'keyword'] },
  'axis-node': { label: 'Tag with an MGIG axis node', group: 'Selection', keywords: ['microbiota', 'gut', 'cytokine', 'microglia', 'glia', 'node'] },
  'complete-lookup': { label: 'Complete from PubMed/Crossref', group: 'Selection', keywords: ['lookup', 'metadata', 'doi', 'pmid', 'mesh', 'update', 'online'] },
  restore: { label: 'Restore from the trash', group: 'Selection' },
  trash: { label: 'Move to the trash', group: 'Selection', shortcuts: [{ key: 'Delete' }], keysWork: 'paper list', keywords: ['delete', 'remove'] },
  'new-collection': { label: 'New collection…', group: 'Collections', keywords: ['folder', 'group'] },
  'save-search': { label: 'Save this search…', group: 'Collections', keywords: ['smart', 'saved'] },
  'show-list': { label: 'Show the paper list', group: 'View', keywords: ['library', 'all'] },
  'show-trash': { label: 'Show the trash', group: 'View', keywords: ['deleted'] },
  'show-map': { label: 'Show the axis map', group: 'View', keywords: ['mgig', 'microbiota', 'gut', 'immune', 'glia', 'graph'] },
  'show-duplicates': { label: 'Find duplicates', group: 'View', keywords: ['merge', 'same'] },
  'check-library': { label: 'Check the library for missing or damaged PDFs', group: 'App', keywords: ['integrity', 'repair', 'verify'] },
  'check-retractions': { label: 'Check the library for retractions', group: 'Library', keywords: ['retracted', 'correction', 'erratum', 'concern', 'crossref', 'pubmed'] },
  'check-retractions-selection': { label: 'Check the selected papers for retractions', group: 'Selection', keywords: ['retracted', 'correction', 'erratum', 'concern'] },
  'sync-now': { label: 'Sync now', group: 'Library', keywords: ['couchdb', 'send', 'receive', 'server', 'replicate'] },
  settings: { label: 'Settings', group: 'App', keywords: ['preferences', 'library folder', 'watched folder', 'backup', 'archive'] },
} satisfies Record<string, ActionSpec>

export type ActionId = keyof typeof ACTIONS

export function isActionId(id: string): id is ActionId {
  return Object.hasOwn(ACTIONS, id)
}

/**
 * Undo and redo belong to the details pane's edit history, which listens for them itself
 * (the pane also works alone, outside the workspace); declared here so that its buttons and
 * its keys say the same. Outside text fields only: there the browser's own undo applies.
 */
export const EDIT_KEYS = {
  undo: [{ ...mod('z'), outsideFields: true }],
  redo: [{ ...mod('z', true), outsideFields: true }, { ...mod('y'), outsideFields: true }],
} satisfies Record<string, readonly Shortcut[]>

/** The reader's find bar: its own keys while the reader is open, ahead of the library's search. */
export const READER_KEYS = { find: [mod('f')] } satisfies Record<string, readonly Shortcut[]>

/** The paper list's own keys, from the catalogue, so the list and the palette say the same. */
export const LIST_KEYS = { openReader: ACTIONS['open-reader'].shortcuts, trash: ACTIONS.trash.shortcuts }
