import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useDatabase, type PaperRecord } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { describeProblem, repairLabel, repairsFor, type LibraryProblem } from './problems'
import { attachOrphansToKey, repairProblem, type RepairResult } from './repair'
import './integrity.css'

/** The problems the check found, each in words with its repairs as buttons. */
export function IntegrityFindings({ problems, onResolved }: { problems: LibraryProblem[]; onResolved: (problem: LibraryProblem) => void }) {
  const api = useApi()
  const db = useDatabase()
  const ids = [...new Set(problems.flatMap((problem) => problem.paperIds))]
  const papers = useLiveQuery(async () => new Map((await db.papers.bulkGet(ids)).filter((paper): paper is PaperRecord => Boolean(paper)).map((paper) => [paper.id, paper])), [db, ids.join()])
  const [busy, setBusy] = useState<LibraryProblem | null>(null)
  const [messages, setMessages] = useState<string[]>([])
  const [failures, setFailures] = useState(new Map<LibraryProblem, string>())

  async function repair(problem: LibraryProblem, run: () => Promise<RepairResult>) {
    setBusy(problem)
    try {
      const result = await run()
      setFailures((current) => new Map(current).set(problem, result.done ? '' : result.message))
      if (result.done) {
        setMessages((current) => [...current, result.message])
        onResolved(problem)
      }
    } catch (error) {
      setFailures((current) => new Map(current).set(problem, error instanceof Error ? error.message : String(error)))
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="integrity-findings">
      {problems.length > 0 && (
        <ul aria-label="Library problems">
          {problems.map((problem) => (
            <li key={`${problem.kind}:${problem.path}:${problem.attachmentIds.join()}:${problem.orphans?.paperId ?? ''}`} className="integrity-finding">
              <p className="integrity-finding__what">{describeProblem(problem, papers ?? new Map())}</p>
              <p className="hint">{problem.message}</p>
              <div className="button-row">
                {repairsFor(problem).map((action) => (
                  <button key={action} type="button" className="button" disabled={busy !== null} onClick={() => void repair(problem, () => repairProblem(action, problem, { api, db }))}>
                    {repairLabel(action, problem)}
                  </button>
                ))}
              </div>
              {problem.orphans && <AttachByKey disabled={busy !== null} onAttach={(key) => void repair(problem, () => attachOrphansToKey(problem, key, db))} />}
              {failures.get(problem) && <p className="error">{failures.get(problem)}</p>}
            </li>
          ))}
        </ul>
      )}
      {messages.length > 0 && (
        <ul className="integrity-findings__done" aria-label="Repairs done">
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Rows whose paper is gone go to a paper the user names by its citation key. */
function AttachByKey({ disabled, onAttach }: { disabled: boolean; onAttach: (key: string) => void }) {
  const [key, setKey] = useState('')
  return (
    <form
      className="button-row"
      onSubmit={(event) => {
        event.preventDefault()
        onAttach(key)
      }}
    >
      <label>
        Attach to the paper with citation key{' '}
        <input type="text" value={key} onChange={(event) => setKey(event.target.value)} spellCheck={false} />
      </label>
      <button type="submit" className="button" disabled={disabled || key.trim() === ''}>
        Attach
      </button>
    </form>
  )
}
