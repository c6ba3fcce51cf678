import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { addAnnotation, deleteAnnotation, updateAnnotation, useDatabase, type AnnotationRecord } from '../../db'
import { rectContains, type ViewportTransform } from './geometry'
import { readSelection } from './selection'

interface Target {
  paperId: string
  attachmentId: string
}

/** Highlights and notes in the reader: what is selected or being edited, and the actions. */
export function useAnnotationActions(target: Target, annotations: readonly AnnotationRecord[], root: RefObject<HTMLElement | null>) {
  const db = useDatabase()
  const transforms = useRef(new Map<number, ViewportTransform>())
  const [selectedId, setSelectedId] = useState<string>()
  const [editingId, setEditingId] = useState<string>()
  const [placingNote, setPlacingNote] = useState(false)
  const [hasSelection, setHasSelection] = useState(false)
  const [message, setMessage] = useState('')

  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection()
      setHasSelection(!!selection && !selection.isCollapsed && !!root.current?.contains(selection.anchorNode))
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [root])

  const onTransform = useCallback((page: number, transform: ViewportTransform | null) => {
    if (transform) transforms.current.set(page, transform)
    else transforms.current.delete(page)
  }, [])

  const report = (error: unknown) => setMessage(error instanceof Error ? error.message : String(error))

  async function highlight(): Promise<AnnotationRecord | undefined> {
    if (!root.current) return undefined
    const selected = readSelection(document.getSelection(), root.current, transforms.current)
    if ('error' in selected) {
      setMessage(selected.error)
      return undefined
    }
    try {
      const record = await addAnnotation(db, { ...target, kind: 'highlight', ...selected })
      document.getSelection()?.removeAllRanges()
      setSelectedId(record.id)
      setMessage(`Highlighted on page ${record.page}.`)
      return record
    } catch (error) {
      report(error)
      return undefined
    }
  }

  async function note() {
    if (hasSelection) {
      const record = await highlight()
      if (record) setEditingId(record.id)
    } else if (selectedId) {
      setEditingId(selectedId)
    } else {
      setPlacingNote((placing) => !placing)
      setMessage('Click on the page where the note belongs.')
    }
  }

  async function pageClick(page: number, [x, y]: [number, number]) {
    if (!placingNote) {
      const hit = annotations.find((annotation) => annotation.page === page && annotation.rects.some((rect) => rectContains(rect, x, y, annotation.kind === 'note' ? 8 : 1)))
      setSelectedId(hit?.id)
      return
    }
    setPlacingNote(false)
    try {
      const record = await addAnnotation(db, { ...target, page, kind: 'note', rects: [{ x, y, width: 0, height: 0 }] })
      setSelectedId(record.id)
      setEditingId(record.id)
      setMessage('')
    } catch (error) {
      report(error)
    }
  }

  // a note on the page is its text: one left empty is removed rather than kept as a blank marker
  const isBlankNote = (id: string, comment?: string) => annotations.some((annotation) => annotation.id === id && annotation.kind === 'note') && !comment?.trim()

  async function saveNote(id: string, comment: string) {
    if (isBlankNote(id, comment)) return remove(id)
    await updateAnnotation(db, id, { comment }).catch(report)
    setEditingId(undefined)
  }

  async function cancelNote(id: string) {
    const current = annotations.find((annotation) => annotation.id === id)
    if (isBlankNote(id, current?.comment)) return remove(id)
    setEditingId(undefined)
  }

  async function remove(id: string) {
    await deleteAnnotation(db, id).catch(report)
    setEditingId(undefined)
    setSelectedId(undefined)
  }

  return {
    onTransform, selectedId, setSelectedId, editingId, setEditingId, placingNote, setPlacingNote, hasSelection, message, setMessage,
    highlight, note, pageClick, saveNote, cancelNote, remove,
  }
}
