import type { PaperRecord } from '../../db'

/**
 * Says that the PDF's title could not be read, why, and what it gave, while the paper has no
 * title: a lookup brings the real one, or the user types it in the Title field.
 */
export function UnreadableTitleNotice({ paper }: { paper: PaperRecord }) {
  const unreadable = paper.unreadableTitle
  if (!unreadable || paper.csl.title) return null
  return (
    <p className="notice notice--warning" role="note" data-testid="unreadable-title">
      The title could not be read: {unreadable.reason}. The PDF gave “{unreadable.text}”. A lookup will bring the title when the paper has an identifier; or type it in the Title field below.
    </p>
  )
}
