import { useLibraryPaperCount } from '../../db'
import { useFacets, type SearchClient } from '../../search'

/**
 * How many papers the library holds (the trash left out), for the sidebar and the list's
 * summary. Once the search index is whole the worker's running tallies say it in
 * microseconds and follow every edit; IndexedDB is counted only before that (a count walks
 * the whole store, and a live one ran again after every edit, holding up the details
 * pane's and the worker's reads behind it). Undefined until known.
 */
export function useLibraryCount(client: SearchClient | undefined, indexWhole: boolean): number | undefined {
  const { counts } = useFacets(indexWhole ? client : undefined, '')
  const counted = useLibraryPaperCount(!indexWhole || counts === undefined)
  return indexWhole && counts ? counts.total : counted
}
