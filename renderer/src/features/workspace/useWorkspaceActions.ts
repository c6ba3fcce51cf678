import { useMemo } from 'react'
import { flushSync } from 'react-dom'
import { bindActions, type ActionRegistry, type ActionTargets } from '../actions'
import { isFiltered, type LibraryActions, type LibraryView } from '../library'

export interface WorkspaceActions {
  selectedIds: readonly string[]
  list: LibraryView
  listActions: LibraryActions
  targets: ActionTargets
  importing: boolean
  importFromDialog: () => void
  openDialog: (dialog: 'settings' | 'export' | 'add-identifier') => void
  setView: (view: 'list' | 'map' | 'duplicates') => void
  copy: (kind: 'reference' | 'citation') => void
  /** Opens the citation picker; what is picked goes to the clipboard. */
  openCitePicker: () => void
  openInReader: ((paperId: string) => void) | undefined
  togglePalette: () => void
  /** Queues the selected papers' completing lookups. */
  completeSelection: (paperIds: readonly string[]) => void
  /** Queues retraction checks of these papers, or of the whole library. */
  checkRetractions: (paperIds?: readonly string[]) => void
  /** Sends and receives now; why it cannot (the library is not synced), in words. */
  sync: { now: () => void; unavailable: string | undefined }
}

/** What every action of the workspace does here and now, and why it cannot run. */
export function useWorkspaceActions(actions: WorkspaceActions): ActionRegistry {
  const { selectedIds, list, listActions, targets, importing, importFromDialog, openDialog, setView, copy, openCitePicker, openInReader, togglePalette, completeSelection, checkRetractions, sync } = actions
  return useMemo(() => {
    const needsSelection = selectedIds.length === 0 ? 'Select a paper first' : undefined
    const needsOne = selectedIds.length !== 1 ? 'Select one paper first' : undefined
    const inTrash = list.scope.kind === 'trash'
    const showList = (open: () => void) => () => {
      setView('list')
      open()
    }
    const checkLibrary = () => {
      // the dialog is drawn at once, so its button is there to press
      flushSync(() => openDialog('settings'))
      targets.press('integrity.check')
    }
    const addByIdentifier = () => {
      // drawn at once, so the box is there to type in (the dialog would give the focus to its Close button)
      flushSync(() => openDialog('add-identifier'))
      targets.focus('lookups.identifiers')
    }
    return bindActions({
      palette: { perform: togglePalette },
      search: { perform: () => void targets.focus('library.search') },
      import: { perform: importFromDialog, unavailable: importing ? 'Wait for the import under way to finish' : undefined },
      'add-identifier': { perform: addByIdentifier },
      export: { perform: () => openDialog('export') },
      'copy-reference': { perform: () => copy('reference'), unavailable: needsSelection },
      'copy-citation': { perform: () => copy('citation'), unavailable: needsSelection },
      'cite-picker': { perform: openCitePicker },
      'open-reader': { perform: () => selectedIds[0] && openInReader?.(selectedIds[0]), unavailable: needsOne ?? (openInReader ? undefined : 'The reader is not available') },
      // the details pane's button: what the attach did shows beside it
      'attach-pdf': { perform: () => void targets.press('details.attachPdf'), unavailable: needsOne },
      tag: { perform: () => void targets.focus('details.addTag'), unavailable: needsOne },
      'axis-node': { perform: () => void targets.focus('axis.addNode'), unavailable: needsSelection },
      'complete-lookup': { perform: () => completeSelection(selectedIds), unavailable: needsSelection },
      restore: { perform: () => void listActions.restore([...selectedIds]), unavailable: needsSelection, hidden: !inTrash },
      trash: { perform: () => void listActions.trash([...selectedIds]), unavailable: needsSelection, hidden: inTrash },
      'new-collection': { perform: () => void targets.press('collections.new') },
      'save-search': { perform: () => void targets.press('searches.save'), unavailable: list.query.trim() || isFiltered(list.filters) ? undefined : 'Type a search or pick a filter first' },
      'show-list': { perform: showList(list.showAll) },
      'show-trash': { perform: showList(() => list.openScope({ kind: 'trash' })) },
      'show-map': { perform: () => setView('map') },
      'show-duplicates': { perform: () => setView('duplicates') },
      'check-library': { perform: checkLibrary },
      'check-retractions': { perform: () => checkRetractions() },
      'check-retractions-selection': { perform: () => checkRetractions([...selectedIds]), unavailable: needsSelection },
      'sync-now': { perform: sync.now, unavailable: sync.unavailable },
      settings: { perform: () => openDialog('settings') },
    })
  }, [selectedIds, list, listActions, targets, importing, importFromDialog, openDialog, setView, copy, openCitePicker, openInReader, togglePalette, completeSelection, checkRetractions, sync])
}
