import { useState } from 'react'
import type { CslName } from '../../../../shared/domain/csl'
import { proposeCitationKey, useAllTags, useAttachments, useDatabase, useNotes, usePaper, type PaperRecord } from '../../db'
import { ACTIONS, EDIT_KEYS, ariaKeyShortcuts, formatShortcuts } from '../actions'
import { AxisPanel, BulkAxisPanel } from '../axis'
import { useAttachPdf } from '../import'
import { AttachmentsList } from './AttachmentsList'
import { AttachPdfPanel, attachNotices, pdfDropHandlers, type AttachNotice } from './AttachPdfPanel'
import { AuthorsEditor } from './AuthorsEditor'
import { LookupConflicts } from './LookupConflicts'
import { ProvenanceMark } from './ProvenanceMark'
import { UnreadableTitleNotice } from './UnreadableTitleNotice'
import { NotesEditor } from './NotesEditor'
import { RecordFields, cslSaver } from './RecordFields'
import { SyncConflicts } from './SyncConflicts'
import { TagsEditor } from './TagsEditor'
import { useEditHistory, type EditHistory } from './useEditHistory'
import { yearSpanText } from './yearSpan'
import './details.css'
import { PaperAnnotations } from '../reader'
import { RetractionNotice } from '../retractions'
import { RegistryTerms } from './RegistryTerms'

/** The right pane: the selected paper (or what can be done to several), or a hint when none is selected. */
export function DetailsPane({ paperId, selectedIds, onSearch }: { paperId: string | undefined; selectedIds: readonly string[]; onSearch?: (query: string) => void }) {
  const paper = usePaper(paperId)
  const history = useEditHistory()
  let body
  if (selectedIds.length > 1) {
    body = (
      <div className="details">
        <h2>{selectedIds.length} papers selected</h2>
        <p className="hint">{formatShortcuts(ACTIONS['copy-reference'].shortcuts)} copies their references; Export… writes them to a file.</p>
        <BulkAxisPanel paperIds={selectedIds} />
      </div>
    )
  } else if (!paper) {
    body = (
      <div className="details details--empty" data-testid="details-empty">
        <p>Select a paper to see its details, notes and axis tags.</p>
      </div>
    )
  } else {
    body = <PaperDetails key={paper.id} paper={paper} history={history} onSearch={onSearch} />
  }
  return (
    <>
      {body}
      <UndoBar history={history} />
    </>
  )
}

function PaperDetails({ paper, history, onSearch }: { paper: PaperRecord; history: EditHistory; onSearch?: (query: string) => void }) {
  const db = useDatabase()
  const attachments = useAttachments(paper.id)
  const notes = useNotes(paper.id)
  const allTags = useAllTags()
  const { csl } = paper
  const save = cslSaver(paper, history.commit)
  async function regenerate() {
    const key = await proposeCitationKey(db, paper.id)
    if (key !== undefined && key !== paper.citationKey) await history.commit('Regenerated the citation key', { kind: 'citationKey', paperId: paper.id, before: paper.citationKey, after: key })
  }
  const attach = useAttachPdf()
  const [notices, setNotices] = useState<AttachNotice[]>([])
  const [dropOver, setDropOver] = useState(false)
  const drop = pdfDropHandlers((items) => void attach.attachDrop(paper.id, items).then((outcomes) => setNotices(attachNotices(outcomes))), setDropOver)
  const saveTags = async (tags: string[]) =>
    (await history.commit('Edited tags', { kind: 'paper', paperId: paper.id, before: { tags: paper.tags }, after: { tags } })) ? 'saved' as const : 'failed' as const
  return (
    <article className={dropOver ? 'details is-drop-target' : 'details'} aria-label="Paper details" {...drop}>
      <RetractionNotice retraction={paper.retraction} />
      <h2>{csl.title ?? (paper.unreadableTitle ? 'Title could not be read' : '(untitled)')}</h2>
      <UnreadableTitleNotice paper={paper} />
      <p className="details__byline">
        {authorLine(csl.author ?? [])}
        {yearSpanText(csl) ? ` · ${yearSpanText(csl)}` : ''} <ProvenanceMark provenance={paper.fieldSources?.author} />
      </p>
      <LookupConflicts paper={paper} />
      <SyncConflicts paper={paper} commit={history.commit} />
      <AuthorsEditor authors={csl.author ?? []} onChange={(author) => save('Edited authors', { author: author.length > 0 ? author : undefined })} />
      <section aria-label="Record">
        <h3>Record</h3>
        <RecordFields item={csl} save={save} provenance={paper.fieldSources} />
        <dl className="fields">
          <dt>Citation key</dt>
          <dd>
            <code data-testid="citation-key">{paper.citationKey}</code>{' '}
            <button type="button" className="button button--small button--quiet" title="Make the key again from the current author, year and title" onClick={() => void regenerate()}>
              Regenerate
            </button>
          </dd>
        </dl>
      </section>
      <RegistryTerms paper={paper} onSearch={onSearch} />
      <TagsEditor tags={paper.tags} allTags={allTags ?? []} onChange={saveTags} />
      <section aria-label="PDF">
        <h3>PDF</h3>
        {attachments && <AttachmentsList paperId={paper.id} item={csl} attachments={attachments} commit={history.commit} />}
        <AttachPdfPanel paperId={paper.id} attach={attach} notices={notices} onNotices={setNotices} />
      </section>
      <NotesEditor paperId={paper.id} notes={notes ?? []} commit={history.commit} />
      <PaperAnnotations paperId={paper.id} />
      <AxisPanel paper={paper} />
    </article>
  )
}

function authorLine(authors: readonly CslName[]): string {
  return authors.map((author) => author.literal ?? [author.given, author.family].filter(Boolean).join(' ')).join(', ')
}

/** What the last edit did, with Undo and Redo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z outside text fields). */
function UndoBar({ history }: { history: EditHistory }) {
  if (!history.notice && !history.canUndo && !history.canRedo) return null
  return (
    <div className="undo-bar" data-testid="undo-bar">
      <span className="undo-bar__text" aria-live="polite">
        {history.notice}
      </span>
      <button type="button" className="button button--small" disabled={!history.canUndo} onClick={() => void history.undo()} title={formatShortcuts(EDIT_KEYS.undo)} aria-keyshortcuts={ariaKeyShortcuts(EDIT_KEYS.undo)}>
        Undo
      </button>
      <button type="button" className="button button--small button--quiet" disabled={!history.canRedo} onClick={() => void history.redo()} title={formatShortcuts(EDIT_KEYS.redo)} aria-keyshortcuts={ariaKeyShortcuts(EDIT_KEYS.redo)}>
        Redo
      </button>
    </div>
  )
}
