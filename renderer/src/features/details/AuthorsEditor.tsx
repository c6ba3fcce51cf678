import { useRef, useState } from 'react'
import type { CslName } from '../../../../shared/domain/csl'
import { EditableField, type SaveOutcome } from './EditableField'
import { authorLabel, isOrganisation, moveAuthor, parseNewAuthor, removeAuthor, replaceAuthor, toggleOrganisation } from './authorList'

type Direction = 'up' | 'down'

const familyRequired = (text: string) =>
  text.trim() === '' ? ({ ok: false, message: 'A person needs a family name; remove the author instead.' } as const) : ({ ok: true, value: text.trim() } as const)
const optionalText = (text: string) => ({ ok: true, value: text.trim() === '' ? undefined : text.trim() }) as const

/** The words a list of names is shown with: the authors, or a book's editors. */
const ROLES = {
  author: { heading: 'Authors', add: 'Add an author', family: 'Family name', given: 'Given names', organisation: 'Organisation' },
  editor: { heading: 'Editors', add: 'Add an editor', family: 'Editor family name', given: 'Editor given names', organisation: 'Editor organisation' },
} as const

/**
 * The authors (or editors) in order: family and given names (or one name for an
 * organisation) edited in place; move up, move down and remove are buttons, so the keyboard
 * can do all of it.
 */
export function AuthorsEditor({ authors, onChange, role = 'author' }: { authors: readonly CslName[]; onChange(next: CslName[]): Promise<SaveOutcome>; role?: keyof typeof ROLES }) {
  const words = ROLES[role]
  const moveButtons = useRef(new Map<string, HTMLButtonElement>())
  const [adding, setAdding] = useState('')
  const moveButton = (index: number, direction: Direction) => (element: HTMLButtonElement | null) => {
    if (!element) return
    moveButtons.current.set(`${index} ${direction}`, element)
    return () => void moveButtons.current.delete(`${index} ${direction}`)
  }

  async function move(from: number, to: number, direction: Direction) {
    await onChange(moveAuthor(authors, from, to))
    // the moved author keeps the focus, so pressing the button again moves it further
    const enabled = (way: Direction) => {
      const button = moveButtons.current.get(`${to} ${way}`)
      return button?.disabled ? undefined : button
    }
    const next = enabled(direction) ?? enabled(direction === 'up' ? 'down' : 'up')
    next?.focus()
  }
  async function add() {
    const name = parseNewAuthor(adding)
    if (!name) return
    if ((await onChange([...authors, name])) !== 'failed') setAdding('')
  }
  const setName = (index: number, changes: Partial<CslName>) => {
    const next: CslName = {}
    for (const [key, value] of Object.entries({ ...authors[index], ...changes })) if (value !== undefined) Object.assign(next, { [key]: value })
    return onChange(replaceAuthor(authors, index, next))
  }

  return (
    <section className="authors" aria-label={words.heading}>
      <h3>{words.heading}</h3>
      <ol className="authors__list">
        {authors.map((author, index) => {
          const who = role === 'author' ? authorLabel(author, index) : `editor ${authorLabel(author, index).replace(/^author /, '')}`
          return (
            <li key={index} className="authors__row">
              {isOrganisation(author) ? (
                <EditableField label={`${words.organisation} ${index + 1}`} className="edit-field--hidden-label authors__literal" value={author.literal ?? ''} validate={familyRequired} onSave={(literal) => setName(index, { literal })} />
              ) : (
                <>
                  <EditableField label={`${words.family} ${index + 1}`} className="edit-field--hidden-label" value={author.family ?? ''} placeholder="Family" validate={familyRequired} onSave={(family) => setName(index, { family })} />
                  <EditableField label={`${words.given} ${index + 1}`} className="edit-field--hidden-label" value={author.given ?? ''} placeholder="Given" validate={optionalText} onSave={(given) => setName(index, { given })} />
                </>
              )}
              <span className="authors__actions">
                <button type="button" className="button button--small button--quiet" title={isOrganisation(author) ? 'Treat as a person' : 'Treat as an organisation (one name)'} aria-label={isOrganisation(author) ? `Treat ${who} as a person` : `Treat ${who} as an organisation`} onClick={() => void onChange(replaceAuthor(authors, index, toggleOrganisation(author)))}>
                  {isOrganisation(author) ? 'Person' : 'Org'}
                </button>
                <button type="button" className="button button--small button--quiet" ref={moveButton(index, 'up')} aria-label={`Move ${who} up`} disabled={index === 0} onClick={() => void move(index, index - 1, 'up')}>
                  ↑
                </button>
                <button type="button" className="button button--small button--quiet" ref={moveButton(index, 'down')} aria-label={`Move ${who} down`} disabled={index === authors.length - 1} onClick={() => void move(index, index + 1, 'down')}>
                  ↓
                </button>
                <button type="button" className="button button--small button--quiet" aria-label={`Remove ${who}`} onClick={() => void onChange(removeAuthor(authors, index))}>
                  ✕
                </button>
              </span>
            </li>
          )
        })}
      </ol>
      <form className="authors__add" onSubmit={(event) => { event.preventDefault(); void add() }}>
        <input type="text" aria-label={words.add} placeholder="Add: Family, Given — or {Organisation}" value={adding} onChange={(event) => setAdding(event.target.value)} />
        <button type="submit" className="button button--small" disabled={adding.trim() === ''}>
          Add
        </button>
      </form>
    </section>
  )
}
