import { useLayoutEffect, useRef, useState } from 'react'
import type { AnnotationRecord } from '../../db'
import type { MatchSegment } from './find'
import { pdfRectToCss, type CssBox, type ViewportTransform } from './geometry'

interface PageMarksProps {
  transform: ViewportTransform
  textDivs: readonly HTMLElement[]
  annotations: readonly AnnotationRecord[]
  selectedId: string | undefined
  matches: readonly { segments: MatchSegment[]; current: boolean }[]
  /** Called once the current find match is drawn here, with its element (to scroll it into view). */
  onCurrentMatch: (element: HTMLElement) => void
}

/** Saved highlights and find matches, drawn under the text layer so text stays selectable. */
export function PageMarks({ transform, textDivs, annotations, selectedId, matches, onCurrentMatch }: PageMarksProps) {
  const layer = useRef<HTMLDivElement>(null)
  const [matchBoxes, setMatchBoxes] = useState<{ box: CssBox; current: boolean }[]>([])

  useLayoutEffect(() => {
    const element = layer.current
    if (!element) return
    const origin = element.getBoundingClientRect()
    const boxes = matches.flatMap((match) => segmentBoxes(textDivs, match.segments, origin).map((box) => ({ box, current: match.current })))
    setMatchBoxes(boxes)
  }, [textDivs, matches, transform])

  useLayoutEffect(() => {
    const current = layer.current?.querySelector<HTMLElement>('.reader-match.is-current')
    // after the reader's own scroll to the page, which runs later in this commit
    if (current) requestAnimationFrame(() => onCurrentMatch(current))
  }, [matchBoxes, onCurrentMatch])

  return (
    <div ref={layer} className="reader-marks" aria-hidden="true">
      {annotations
        .filter((annotation) => annotation.kind === 'highlight')
        .flatMap((annotation) =>
          annotation.rects.map((rect, index) => (
            <div
              key={`${annotation.id}-${index}`}
              className={`reader-highlight${annotation.id === selectedId ? ' is-selected' : ''}`}
              data-testid="reader-highlight"
              data-annotation-id={annotation.id}
              style={{ ...boxStyle(pdfRectToCss(transform, rect)), ...(annotation.color ? { backgroundColor: annotation.color } : {}) }}
            />
          )),
        )}
      {matchBoxes.map(({ box, current }, index) => (
        <div key={index} className={`reader-match${current ? ' is-current' : ''}`} data-testid="reader-match" style={boxStyle(box)} />
      ))}
    </div>
  )
}

interface NoteMarkersProps {
  transform: ViewportTransform
  annotations: readonly AnnotationRecord[]
  selectedId: string | undefined
  onSelect: (id: string) => void
}

/** A marker for each note (and each highlight that has one), above the text so it can be clicked. */
export function NoteMarkers({ transform, annotations, selectedId, onSelect }: NoteMarkersProps) {
  return (
    <div className="reader-notes">
      {annotations
        .filter((annotation) => annotation.kind === 'note' || annotation.comment)
        .map((annotation) => {
          const anchor = annotation.rects[0]
          if (!anchor) return null
          const box = pdfRectToCss(transform, anchor)
          // a note sits at its point; a highlight's note at the highlight's top-right corner
          const left = annotation.kind === 'note' ? box.left : box.left + box.width
          return (
            <button
              key={annotation.id}
              type="button"
              className={`reader-note-marker${annotation.id === selectedId ? ' is-selected' : ''}`}
              data-testid="reader-note-marker"
              title={annotation.comment ?? 'Empty note'}
              aria-label={`Note on page ${annotation.page}: ${annotation.comment ?? 'empty'}`}
              style={{ left, top: box.top }}
              onClick={(event) => {
                event.stopPropagation()
                onSelect(annotation.id)
              }}
            >
              ✎
            </button>
          )
        })}
    </div>
  )
}

/** The boxes a match covers, from the text layer's spans (the browser lays out the glyphs). */
function segmentBoxes(textDivs: readonly HTMLElement[], segments: readonly MatchSegment[], origin: DOMRect): CssBox[] {
  const boxes: CssBox[] = []
  for (const segment of segments) {
    const node = textDivs[segment.item]?.firstChild
    if (!node || node.nodeType !== Node.TEXT_NODE || !node.isConnected) continue
    const range = document.createRange()
    range.setStart(node, Math.min(segment.start, node.textContent?.length ?? 0))
    range.setEnd(node, Math.min(segment.end, node.textContent?.length ?? 0))
    for (const rect of range.getClientRects()) boxes.push({ left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height })
  }
  return boxes
}

function boxStyle(box: CssBox) {
  return { left: box.left, top: box.top, width: box.width, height: box.height }
}
