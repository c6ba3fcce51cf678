import { useMemo } from 'react'
import { isFiltered, type LibraryActions, type LibraryView } from '../library'
import type { Command } from '../palette'

export interface WorkspaceActions {
  selectedIds: readonly string[]
  list: LibraryView
  listActions: LibraryActions
  importFromDialog: () => void
  openDialog: (dialog: 'settings' | 'export') => void
  setView: (view: 'list' | 'map' | 'duplicates') => void
  copy: (kind: 'reference' | 'citation') => void
  openInReader: ((paperId: string) => void) | undefined
}

/** Clicks or focuses a control the user could reach by mouse; the palette is a way to it, not a second copy of it. */
function reach(selector: string, how: 'click' | 'focus'): () => void {
  return () =>
    // After the palette has closed and given the focus back.
    window.setTimeout(() => {
      const control = document.querySelector<HTMLElement>(selector)
      if (how === 'click') control?.click()
      else control?.focus()
    })
}

/** Every action of the workspace as a palette command, with its shortcut and why it cannot run now. */
export function useWorkspaceCommands(actions: WorkspaceActions): Command[] {
  const { selectedIds, list, listActions, importFromDialog, openDialog, setView, copy, openInReader } = actions
  return useMemo(() => {
    const needsSelection = selectedIds.length === 0 ? 'Select a paper first' : undefined
    const needsOne = selectedIds.length !== 1 ? 'Select one paper first' : undefined
    const inTrash = list.scope.kind === 'trash'
    const commands: Command[] = [
      { id: 'search', title: 'Search the library', group: 'Library', shortcut: 'Ctrl+F', keywords: ['find', 'filter'], run: reach('input[aria-label="Search the library"]', 'focus') },
      { id: 'import', title: 'Import PDFs or a bibliography…', group: 'Library', shortcut: 'Ctrl+I', keywords: ['add', 'bibtex', 'ris', 'pubmed'], run: importFromDialog },
      { id: 'export', title: 'Export…', group: 'Library', shortcut: 'Ctrl+E', keywords: ['bibtex', 'biblatex', 'ris', 'csl', 'bibliography'], run: () => openDialog('export') },
      { id: 'copy-reference', title: 'Copy reference', group: 'Selection', shortcut: 'Ctrl+Shift+C', keywords: ['bibliography', 'apa'], disabledReason: needsSelection, run: () => copy('reference') },
      { id: 'copy-citation', title: 'Copy citation', group: 'Selection', shortcut: 'Ctrl+Shift+A', keywords: ['cite', 'in-text'], disabledReason: needsSelection, run: () => copy('citation') },
      { id: 'open-reader', title: 'Open the PDF in the reader', group: 'Selection', shortcut: 'Enter', keywords: ['read', 'pdf', 'annotate'], disabledReason: needsOne ?? (openInReader ? undefined : 'The reader is not available'), run: () => selectedIds[0] && openInReader?.(selectedIds[0]) },
      { id: 'tag', title: 'Add a tag to the paper', group: 'Selection', keywords: ['label', 'keyword'], disabledReason: needsOne, run: reach('input[aria-label="Add a tag"]', 'focus') },
      { id: 'axis-node', title: 'Tag with an MGIG axis node', group: 'Selection', keywords: ['microbiota', 'gut', 'cytokine', 'microglia', 'glia', 'node'], disabledReason: needsSelection, run: reach('input[placeholder="Add a node…"]', 'focus') },
      inTrash
        ? { id: 'restore', title: 'Restore from the trash', group: 'Selection', disabledReason: needsSelection, run: () => void listActions.restore([...selectedIds]) }
        : { id: 'trash', title: 'Move to the trash', group: 'Selection', shortcut: 'Delete', keywords: ['delete', 'remove'], disabledReason: needsSelection, run: () => void listActions.trash([...selectedIds]) },
      { id: 'new-collection', title: 'New collection…', group: 'Collections', keywords: ['folder', 'group'], run: reach('button[data-action="new-collection"]', 'click') },
      { id: 'save-search', title: 'Save this search…', group: 'Collections', keywords: ['smart', 'saved'], disabledReason: list.query.trim() || isFiltered(list.filters) ? undefined : 'Type a search or pick a filter first', run: reach('button[data-action="save-search"]', 'click') },
      { id: 'show-list', title: 'Show the paper list', group: 'View', keywords: ['library', 'all'], run: () => { setView('list'); list.showAll() } },
      { id: 'show-trash', title: 'Show the trash', group: 'View', keywords: ['deleted'], run: () => { setView('list'); list.openScope({ kind: 'trash' }) } },
      { id: 'show-map', title: 'Show the axis map', group: 'View', keywords: ['mgig', 'microbiota', 'gut', 'immune', 'glia', 'graph'], run: () => setView('map') },
      { id: 'show-duplicates', title: 'Find duplicates', group: 'View', keywords: ['merge', 'same'], run: () => setView('duplicates') },
      { id: 'check-library', title: 'Check the library for missing or damaged PDFs', group: 'App', keywords: ['integrity', 'repair', 'verify'], run: () => { openDialog('settings'); reach('button[data-action="check-library"]', 'click')() } },
      { id: 'settings', title: 'Settings', group: 'App', keywords: ['preferences', 'library folder', 'watched folder', 'backup', 'archive'], run: () => openDialog('settings') },
    ]
    return commands
  }, [selectedIds, list, listActions, importFromDialog, openDialog, setView, copy, openInReader])
}
