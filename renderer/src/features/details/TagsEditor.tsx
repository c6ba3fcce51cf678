import { useCallback, useId, useRef, useState } from 'react'
import { useActionTarget } from '../actions'
import type { SaveOutcome } from './EditableField'
import { suggestTags, tagsToAdd } from './tagList'

/** The paper's tags as chips, each with a remove button; a box below adds one or several (comma-separated). */
export function TagsEditor({ tags, allTags, onChange }: { tags: readonly string[]; allTags: readonly string[]; onChange(next: string[]): Promise<SaveOutcome> }) {
  const listId = useId()
  const [typed, setTyped] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const target = useActionTarget('details.addTag')
  const inputRef = useCallback((element: HTMLInputElement | null) => {
    input.current = element
    const unregister = target(element)
    return () => {
      input.current = null
      unregister?.()
    }
  }, [target])
  async function add() {
    const added = tagsToAdd(tags, typed)
    if (added.length === 0) return setTyped('')
    if ((await onChange([...tags, ...added])) !== 'failed') setTyped('')
  }
  return (
    <section className="tags" aria-label="Tags">
      <h3>Tags</h3>
      <ul className="tags__chips">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span>{tag}</span>
            <button type="button" className="tag-chip__remove" aria-label={`Remove tag ${tag}`} onClick={() => {
                // the chip goes away with its button: the focus moves to the tag box, not to the page
                input.current?.focus()
                void onChange(tags.filter((other) => other !== tag))
              }}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="tags__add" onSubmit={(event) => { event.preventDefault(); void add() }}>
        <input ref={inputRef} type="text" aria-label="Add a tag" placeholder="Add a tag…" list={listId} value={typed} onChange={(event) => setTyped(event.target.value)} />
        <datalist id={listId}>
          {suggestTags(allTags, tags, typed).map((tag) => <option key={tag} value={tag} />)}
        </datalist>
        <button type="submit" className="button button--small" disabled={typed.trim() === ''}>
          Add
        </button>
      </form>
    </section>
  )
}
