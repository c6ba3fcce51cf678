import { useCallback } from 'react'
import { useDatabase, useSetting, writeSetting } from '../../db'
import { DEFAULT_COLUMNS, DEFAULT_SORT, validColumns, validSort, type SortColumn, type SortSpec } from '../search'

const COLUMNS_KEY = 'list.columns'
const SORT_KEY = 'list.sort'

export interface ListSettings {
  columns: readonly SortColumn[]
  sort: SortSpec
  setColumns: (columns: SortColumn[]) => void
  setSort: (sort: SortSpec) => void
}

/** The list's columns and sort, remembered in the library's settings. */
export function useListSettings(): ListSettings {
  const db = useDatabase()
  const columns = useSetting(COLUMNS_KEY)
  const sort = useSetting(SORT_KEY)
  const setColumns = useCallback((value: SortColumn[]) => void writeSetting(db, COLUMNS_KEY, value), [db])
  const setSort = useCallback((value: SortSpec) => void writeSetting(db, SORT_KEY, value), [db])
  return {
    columns: columns?.value === undefined ? DEFAULT_COLUMNS : validColumns(columns.value),
    sort: validSort(sort?.value) ?? DEFAULT_SORT,
    setColumns,
    setSort,
  }
}
