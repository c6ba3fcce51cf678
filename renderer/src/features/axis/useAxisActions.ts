import { useMemo } from 'react'
import { useDatabase } from '../../db'
import { updateAxis } from '../../db/axis'
import * as tags from '../../db/axisTags'

/** The tagging actions, bound to the library; each takes the papers it applies to. */
export function useAxisActions() {
  const db = useDatabase()
  return useMemo(
    () => ({
      acceptNode: (ids: readonly string[], node: string) => updateAxis(db, ids, (fields) => tags.acceptNode(fields, node)),
      removeNode: (ids: readonly string[], node: string) => updateAxis(db, ids, (fields) => tags.removeNode(fields, node)),
      rejectNode: (ids: readonly string[], node: string) => updateAxis(db, ids, (fields) => tags.rejectNode(fields, node)),
      acceptPathway: (ids: readonly string[], pathway: string) => updateAxis(db, ids, (fields) => tags.acceptPathway(fields, pathway)),
      removePathway: (ids: readonly string[], pathway: string) => updateAxis(db, ids, (fields) => tags.removePathway(fields, pathway)),
      rejectPathway: (ids: readonly string[], pathway: string) => updateAxis(db, ids, (fields) => tags.rejectPathway(fields, pathway)),
      acceptStudyType: (ids: readonly string[], type: string) => updateAxis(db, ids, (fields) => tags.acceptStudyType(fields, type)),
      rejectStudyType: (ids: readonly string[], type: string) => updateAxis(db, ids, (fields) => tags.rejectStudyType(fields, type)),
      acceptAllAbove: (ids: readonly string[], minScore: number) => updateAxis(db, ids, (fields) => tags.acceptAllAbove(fields, minScore)),
    }),
    [db],
  )
}
