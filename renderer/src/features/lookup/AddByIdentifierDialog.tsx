import { useState } from 'react'
import { parseIdentifierList, uniqueIdentifiers, type IdentifierParse } from '../../../../shared/identifiers'
import { Dialog } from '../../components/Dialog'
import { useActionTarget } from '../actions'
import { addLine } from './status'
import './lookup.css'
import { useLookupQueue, useLookupRows } from './useLookupQueue'

interface PastedLine {
  parse: IdentifierParse
  /** The queued lookup, once stored (bad lines have none). */
  lookupId?: string
}

interface AddByIdentifierDialogProps {
  onShowPaper: (paperId: string) => void
  onClose: () => void
}

/**
 * "Add by identifier": DOIs, PMIDs, PMCIDs or their links, one or many in any mix. Each line
 * says how it resolves; a bad line does not hold up the good ones. Closing the dialog leaves
 * the lookups in the queue: they are added when they succeed.
 */
export function AddByIdentifierDialog({ onShowPaper, onClose }: AddByIdentifierDialogProps) {
  const { enqueue } = useLookupQueue()
  const [text, setText] = useState('')
  const [lines, setLines] = useState<PastedLine[]>([])
  const [problem, setProblem] = useState<string>()
  const textTarget = useActionTarget('lookups.identifiers')

  const add = async () => {
    const parses = uniqueIdentifiers(parseIdentifierList(text))
    const good = parses.flatMap((parse) => (parse.ok ? [parse] : []))
    try {
      const ids = await enqueue(good.map((parse) => ({ purpose: 'add', input: parse.input, identifier: parse.identifier })))
      const byParse = new Map<IdentifierParse, string | undefined>(good.map((parse, index) => [parse, ids[index]]))
      setLines((earlier) => [...parses.map((parse) => ({ parse, lookupId: byParse.get(parse) })), ...earlier])
      setText('')
      setProblem(undefined)
    } catch (error) {
      setProblem(`The identifiers could not be queued: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <Dialog title="Add by identifier" onClose={onClose}>
      <label className="field-label" htmlFor="add-identifiers">
        DOIs, PMIDs or PMCIDs (or their links), one a line
      </label>
      <textarea
        id="add-identifiers"
        ref={textTarget}
        className="text-input lookup-identifiers"
        rows={5}
        value={text}
        placeholder={'10.7554/eLife.01567\nPMID: 33856845\nhttps://pubmed.ncbi.nlm.nih.gov/23121403/'}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={text.trim() === ''} onClick={() => void add()}>
          Add
        </button>
      </div>
      {problem && <p className="error-message">{problem}</p>}
      {lines.length > 0 && <PastedLines lines={lines} onShowPaper={onShowPaper} />}
      {lines.length > 0 && <p className="hint">You can close this window: waiting lookups stay in the queue and are added when they succeed.</p>}
    </Dialog>
  )
}

function PastedLines({ lines, onShowPaper }: { lines: readonly PastedLine[]; onShowPaper: (paperId: string) => void }) {
  const found = useLookupRows(lines.flatMap((line) => (line.lookupId ? [line.lookupId] : [])))
  return (
    <ul className="import-results" aria-label="Identifiers added">
      {lines.map((line, index) => {
        const row = line.lookupId ? found?.rows.get(line.lookupId) : undefined
        const paper = row?.paperId ? found?.papers.get(row.paperId) : undefined
        const shown = addLine(line.parse, found ? row : 'loading', paper)
        return (
          <li key={line.lookupId ?? `bad-${index}`} className={`import-result lookup-line--${shown.kind}`}>
            <span className="import-result__file">{line.parse.input}</span>
            {'paperId' in shown ? (
              <span>
                {shown.text}
                <button type="button" className="link-button" onClick={() => onShowPaper(shown.paperId)}>
                  {shown.title}
                </button>
              </span>
            ) : (
              <span className={shown.kind === 'not-identifier' || shown.kind === 'not-found' || shown.kind === 'failed' ? 'error-message' : undefined}>{shown.text}</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
