import { useEffect } from 'react'
import { markFirstScreen } from '../workspace/firstScreen'

/** What a new library shows: where to drop files, and the Import button. */
export function EmptyState({ onImport }: { onImport: () => void }) {
  useEffect(markFirstScreen, [])
  return (
    <div className="empty-state" data-testid="empty-state">
      <div className="empty-state__icon" aria-hidden="true">
        ⤓
      </div>
      <h2>Your library is empty</h2>
      <p>Drop PDFs or a .bib file here, or choose Import…</p>
      <button type="button" className="button button--primary" onClick={onImport}>
        Import…
      </button>
      <p className="hint">BibTeX, RIS, PubMed (.nbib), CSL-JSON and Zotero or Better BibTeX JSON files, and PDFs. Everything stays on this computer.</p>
    </div>
  )
}
