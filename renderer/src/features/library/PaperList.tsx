import { issuedYear, type CslItem } from '../../../../shared/domain/csl'
import type { PaperRecord } from '../../db'

interface PaperListProps {
  papers: readonly PaperRecord[]
  selectedId: string | undefined
  onSelect: (id: string) => void
}

/** The papers as a table: title, first author, year, journal. */
export function PaperList({ papers, selectedId, onSelect }: PaperListProps) {
  return (
    <table className="paper-list" aria-label="Papers">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">First author</th>
          <th scope="col">Year</th>
          <th scope="col">Journal</th>
        </tr>
      </thead>
      <tbody>
        {papers.map((paper) => (
          <tr
            key={paper.id}
            aria-selected={paper.id === selectedId}
            className={paper.id === selectedId ? 'is-selected' : undefined}
            onClick={() => onSelect(paper.id)}
          >
            <td>{paper.csl.title ?? '(untitled)'}</td>
            <td>{firstAuthor(paper.csl)}</td>
            <td>{issuedYear(paper.csl) ?? ''}</td>
            <td>{paper.csl['container-title'] ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function firstAuthor(item: CslItem): string {
  const author = item.author?.[0]
  if (!author) return ''
  return author.literal ?? [author.family, author.given?.[0]].filter(Boolean).join(' ')
}
