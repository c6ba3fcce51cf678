import { useLibraryPaperCount } from '../../db'
import { useFacets, type IndexStatus, type SearchClient } from '../../search'

/**
 * How many papers the library holds (the trash left out), for the sidebar and the list's
 * summary. Once the search index is whole the worker's running tallies say it in
 * microseconds and follow every edit. IndexedDB is counted only while the index is built
 * from scratch (or the worker is down), when the tallies are long in coming: a count walks
 * the whole store (half a second at 100,000 papers), and a live one ran again after every
 * edit, holding up the details pane's and the worker's reads behind it. While a saved index
 * loads (a second or two) the count waits for it: at start the first rows' read waited
 * behind it. Undefined until known.
 */
export function useLibraryCount(client: SearchClient | undefined, state: IndexStatus['state']): number | undefined {
  const indexWhole = state === 'ready'
  const { counts } = useFacets(indexWhole ? client : undefined, '')
  const counted = useLibraryPaperCount(state === 'indexing' || state === 'failed')
  return indexWhole ? counts?.total : counted
}
