import { useCallback, useMemo, useState } from 'react'
import { useDatabase, useSetting, writeSetting } from '../../db'
import { DEFAULT_SORT, type SortColumn, type SortSpec } from '../../search'
import { DEFAULT_COLUMNS, validColumns, validSort } from './columns'

const COLUMNS_KEY = 'list.columns'
const SORT_KEY = 'list.sort'

export interface ListSettings {
  columns: readonly SortColumn[]
  sort: SortSpec
  setColumns: (columns: SortColumn[]) => void
  setSort: (sort: SortSpec) => void
}

/**
 * The list's columns and sort, remembered in the library's settings. A change shows at
 * once (a second click on a header must see the first) and is written behind it.
 */
export function useListSettings(): ListSettings {
  const db = useDatabase()
  const savedColumns = useSetting(COLUMNS_KEY)
  const savedSort = useSetting(SORT_KEY)
  const [columns, setColumnsNow] = useState<SortColumn[]>()
  const [sort, setSortNow] = useState<SortSpec>()
  const setColumns = useCallback(
    (value: SortColumn[]) => {
      setColumnsNow(value)
      void writeSetting(db, COLUMNS_KEY, value)
    },
    [db],
  )
  const setSort = useCallback(
    (value: SortSpec) => {
      setSortNow(value)
      void writeSetting(db, SORT_KEY, value)
    },
    [db],
  )
  // one array while the setting holds: every row of the list is memoised on it
  const columnsValue = savedColumns?.value
  const sortValue = savedSort?.value
  const remembered = useMemo(() => (columnsValue === undefined ? DEFAULT_COLUMNS : validColumns(columnsValue)), [columnsValue])
  const rememberedSort = useMemo(() => validSort(sortValue), [sortValue])
  return {
    columns: columns ?? remembered,
    sort: sort ?? rememberedSort ?? DEFAULT_SORT,
    setColumns,
    setSort,
  }
}
