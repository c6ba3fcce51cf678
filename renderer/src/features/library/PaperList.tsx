import { issuedYear, type CslItem } from '../../../../shared/domain/csl'
import { topLevelOf, isAxisNodeId, axisNode } from '../../../../shared/axis'
import type { PaperRecord } from '../../db'
import { studyTypeLabel } from '../axis'

interface PaperListProps {
  papers: readonly PaperRecord[]
  selectedIds: readonly string[]
  onSelect: (id: string, modifiers: { toggle: boolean; range: boolean }) => void
}

/** The papers as a table: title, first author, year, journal. */
export function PaperList({ papers, selectedIds, onSelect }: PaperListProps) {
  return (
    <table className="paper-list" aria-label="Papers" aria-multiselectable="true">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">First author</th>
          <th scope="col">Year</th>
          <th scope="col">Journal</th>
          <th scope="col">Axis</th>
          <th scope="col">Type</th>
        </tr>
      </thead>
      <tbody>
        {papers.map((paper) => (
          <tr
            key={paper.id}
            aria-selected={selectedIds.includes(paper.id)}
            className={selectedIds.includes(paper.id) ? 'is-selected' : undefined}
            onClick={(event) => onSelect(paper.id, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey })}
          >
            <td>{paper.csl.title ?? '(untitled)'}</td>
            <td>{firstAuthor(paper.csl)}</td>
            <td>{issuedYear(paper.csl) ?? ''}</td>
            <td>{paper.csl['container-title'] ?? ''}</td>
            <td className="axis-cell">{axisSummary(paper)}</td>
            <td>{paper.studyType ? studyTypeLabel(paper.studyType) : ''}</td>
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

/** The components of the axis a paper is tagged on, in chain order: "Gut · Immune". */
export function axisSummary(paper: PaperRecord): string {
  const tops = new Set(paper.axisNodes.filter(isAxisNodeId).map((id) => topLevelOf(id)))
  return [...tops].map((id) => axisNode(id)?.label ?? id).join(' · ')
}
