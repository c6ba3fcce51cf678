import { useLiveQuery } from 'dexie-react-hooks'
import type { AxisRefDatabase } from '../../../renderer/src/db'
import { listLibraryPapers } from '../../../renderer/src/db/papers'

/**
 * The reference for the cold start: the list as the app had it before the search worker,
 * a plain table of the 500 newest papers read from IndexedDB and rendered in full.
 */
export function NaiveList({ db }: { db: AxisRefDatabase }) {
  const papers = useLiveQuery(() => listLibraryPapers(db), [db])
  return (
    <table className="paper-list" aria-label="Papers">
      <tbody>
        {papers?.map((paper) => (
          <tr key={paper.id}>
            <td>{paper.csl.title}</td>
            <td>{paper.csl.author?.[0]?.family ?? ''}</td>
            <td>{String(paper.csl.issued?.['date-parts']?.[0]?.[0] ?? '')}</td>
            <td>{paper.csl['container-title'] ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
