import { issuedYear } from '../../../../shared/domain/csl'
import { usePaper } from '../../db'
import { AxisPanel } from '../axis'

/** The right pane: the selected paper, or a hint when none is selected. */
export function DetailsPane({ paperId }: { paperId: string | undefined }) {
  const paper = usePaper(paperId)
  if (!paper) {
    return (
      <div className="details details--empty" data-testid="details-empty">
        <p>Select a paper to see its details, notes and axis tags.</p>
      </div>
    )
  }
  const { csl } = paper
  return (
    <article className="details" aria-label="Paper details">
      <h2>{csl.title ?? '(untitled)'}</h2>
      <p>{(csl.author ?? []).map((author) => author.literal ?? [author.given, author.family].filter(Boolean).join(' ')).join(', ')}</p>
      <dl className="fields">
        <dt>Year</dt>
        <dd>{issuedYear(csl) ?? '—'}</dd>
        <dt>Journal</dt>
        <dd>{csl['container-title'] ?? '—'}</dd>
        <dt>DOI</dt>
        <dd>{csl.DOI ?? '—'}</dd>
        <dt>Citation key</dt>
        <dd>
          <code>{paper.citationKey}</code>
        </dd>
      </dl>
      <AxisPanel paper={paper} />
    </article>
  )
}
