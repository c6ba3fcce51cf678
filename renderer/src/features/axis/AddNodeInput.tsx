import { useId, useState } from 'react'
import { useActionTarget } from '../actions'
import { NODE_OPTIONS } from './labels'

/** Type part of a node's name and pick it: the browser's own autocomplete over every node. */
export function AddNodeInput({ onAdd, label = 'Add an axis node' }: { onAdd: (nodeId: string) => void; label?: string }) {
  const listId = useId()
  const [text, setText] = useState('')
  const target = useActionTarget('axis.addNode')
  function commit(value: string) {
    const match = NODE_OPTIONS.find((option) => option.label.toLowerCase() === value.trim().toLowerCase() || option.id === value.trim())
    if (!match) return false
    onAdd(match.id)
    setText('')
    return true
  }
  return (
    <>
      <input
        ref={target}
        className="text-input"
        aria-label={label}
        placeholder="Add a node…"
        list={listId}
        value={text}
        onChange={(event) => {
          // picking from the list (not typing) replaces the text: take the node at once
          const native = event.nativeEvent
          const picked = !(native instanceof InputEvent) || native.inputType === 'insertReplacementText'
          if (!(picked && commit(event.target.value))) setText(event.target.value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(text)
        }}
      />
      <datalist id={listId}>
        {NODE_OPTIONS.map((option) => (
          <option key={option.id} value={option.label} />
        ))}
      </datalist>
    </>
  )
}
