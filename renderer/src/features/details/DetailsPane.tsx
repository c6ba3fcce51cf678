import { issuedYear } from '../../../../shared/domain/csl'
import { regenerateCitationKey, useAttachments, useDatabase, usePaper } from '../../db'
import { AxisPanel, BulkAxisPanel } from '../axis'
import { PaperAnnotations } from '../reader'

/** The right pane: the selected paper (or what can be done to several), or a hint when none is selected. */
export function DetailsPane({ paperId, selectedIds }: { paperId: string | undefined; selectedIds: readonly string[] }) {
  const paper = usePaper(paperId)
  const attachments = useAttachments(paperId)
  const db = useDatabase()
  if (selectedIds.length > 1) {
    return (
      <div className="details">
        <h2>{selectedIds.length} papers selected</h2>
        <p className="hint">Ctrl+Shift+C copies their references; Export… writes them to a file.</p>
        <BulkAxisPanel paperIds={selectedIds} />
      </div>
    )
  }
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
          <code data-testid="citation-key">{paper.citationKey}</code>{' '}
          <button type="button" className="button button--small button--quiet" title="Make the key again from the current author, year and title"
            onClick={() => void regenerateCitationKey(db, paper.id)}>
            Regenerate
          </button>
        </dd>
        <dt>PDF</dt>
        <dd data-testid="attachments">
          {attachments && attachments.length > 0
            ? attachments.map((attachment) => `${attachment.originalName}${attachment.pageCount ? ` (${attachment.pageCount} pages)` : ''}${attachment.scanned ? ', scanned' : ''}`).join('; ')
            : '—'}
        </dd>
      </dl>
      <PaperAnnotations paperId={paper.id} />
      <AxisPanel paper={paper} />
    </article>
  )
}
