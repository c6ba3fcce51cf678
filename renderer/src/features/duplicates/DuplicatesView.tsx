import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { issuedYear } from '../../../../shared/domain/csl'
import { markNotDuplicates, mergeDuplicates, undoMerge, useDatabase, type LibraryMergeUndo, type PaperRecord } from '../../db'
import { firstAuthor } from '../library'
import { useDuplicateSets } from './useDuplicateSets'

const REASONS = { doi: 'same DOI', pmid: 'same PMID', title: 'similar title, same first author and year' } as const

/** The duplicates view: candidate sets side by side, merge (undoable), or "not duplicates". */
export function DuplicatesView() {
  const db = useDatabase()
  const { sets, failure: searchFailure } = useDuplicateSets()
  const papers = useLiveQuery(async () => new Map((await db.papers.bulkGet(sets?.flatMap((set) => set.ids) ?? [])).filter((paper): paper is PaperRecord => Boolean(paper)).map((paper) => [paper.id, paper])), [db, sets])
  // the sets' papers only: every attachment of a 100,000-paper library is not read to mark a few
  const pdfs = useLiveQuery(async () => new Set((await db.attachments.where('paperId').anyOf(sets?.flatMap((set) => set.ids) ?? []).toArray()).map((attachment) => attachment.paperId)), [db, sets])
  const [undo, setUndo] = useState<LibraryMergeUndo[]>([])
  const [keep, setKeep] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState('')
  if (!sets || !papers) return searchFailure ? <p className="error" role="alert">{searchFailure}</p> : <p className="loading">Looking for duplicates…</p>

  const keeperOf = (ids: string[]) => keep[ids.join()] ?? defaultKeeper(ids.map((id) => papers.get(id)).filter((paper): paper is PaperRecord => Boolean(paper)))
  async function merge(ids: string[]) {
    const keeper = keeperOf(ids)
    try {
      const done = await mergeDuplicates(db, keeper, ids.filter((id) => id !== keeper))
      setUndo((list) => [...list, done])
      setFailure('')
    } catch (error) {
      // nothing was written (one transaction): say so, the set stays to try again
      setFailure(`The papers were not merged: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  async function undoLast() {
    const last = undo.at(-1)
    if (!last) return
    try {
      await undoMerge(db, last)
      setUndo((list) => list.slice(0, -1))
      setFailure('')
    } catch (error) {
      setFailure(`The merge was not undone: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const exact = sets.filter((set) => set.reason !== 'title')

  return (
    <section className="duplicates" aria-label="Duplicates">
      <div className="duplicates__toolbar">
        <strong>{sets.length === 0 ? 'No duplicates found.' : `${sets.length} possible duplicate set${sets.length === 1 ? '' : 's'}`}</strong>
        {exact.length > 0 && (
          <button type="button" className="button" onClick={() => void (async () => { for (const set of exact) await merge(set.ids) })()}>
            Merge all {exact.length} with the same DOI or PMID
          </button>
        )}
        {undo.length > 0 && (
          <button type="button" className="button" onClick={() => void undoLast()}>
            Undo last merge
          </button>
        )}
      </div>
      {failure && <p className="error" role="alert">{failure}</p>}
      {searchFailure && <p className="error" role="alert">{searchFailure}</p>}
      {sets.map((set) => {
        const members = set.ids.map((id) => papers.get(id)).filter((paper): paper is PaperRecord => Boolean(paper))
        const keeper = keeperOf(set.ids)
        return (
          <table key={set.ids.join()} className="duplicate-set" aria-label={`Duplicate set: ${members[0]?.csl.title ?? ''}`}>
            <caption>{REASONS[set.reason]}</caption>
            <tbody>
              {ROWS.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {members.map((paper) => (
                    <td key={paper.id} className={differs(members, value) ? 'differs' : undefined}>
                      {value(paper, pdfs)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">Keep</th>
                {members.map((paper) => (
                  <td key={paper.id}>
                    <input type="radio" name={`keep-${set.ids.join()}`} aria-label={`Keep ${paper.citationKey}`} checked={keeper === paper.id} onChange={() => setKeep((current) => ({ ...current, [set.ids.join()]: paper.id }))} />
                  </td>
                ))}
              </tr>
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={members.length + 1}>
                  <button type="button" className="button button--primary" onClick={() => void merge(set.ids)}>
                    Merge into {papers.get(keeper)?.citationKey}
                  </button>{' '}
                  <button type="button" className="button" onClick={() => void markNotDuplicates(db, set.ids)}>
                    Not duplicates
                  </button>
                </td>
              </tr>
            </tfoot>
          </table>
        )
      })}
    </section>
  )
}

type Value = (paper: PaperRecord, pdfs: Set<string> | undefined) => string

const ROWS: [string, Value][] = [
  ['Title', (paper) => paper.csl.title ?? ''],
  ['First author', (paper) => firstAuthor(paper.csl)],
  ['Year', (paper) => String(issuedYear(paper.csl) ?? '')],
  ['Journal', (paper) => paper.csl['container-title'] ?? ''],
  ['DOI', (paper) => paper.csl.DOI ?? ''],
  ['PMID', (paper) => (paper.csl.PMID === undefined ? '' : String(paper.csl.PMID))],
  ['Citation key', (paper) => paper.citationKey],
  ['PDF', (paper, pdfs) => (pdfs?.has(paper.id) ? 'yes' : '—')],
]

function differs(members: PaperRecord[], value: Value): boolean {
  return new Set(members.map((paper) => value(paper, undefined))).size > 1
}

/** A record from a bibliography (no fields read off a PDF) keeps its key by default: a thesis cites it. */
function defaultKeeper(members: PaperRecord[]): string {
  return (members.find((paper) => !paper.fieldSources) ?? members[0])?.id ?? ''
}
