import type { ImportedEntry, ImportResult } from '../../../../shared/formats'
import type { StoredAxisSuggestions } from '../../db/schema'

/** A file's record as the reader gives it: with the axis suggestions the refresh would store for it. */
export interface SuggestedEntry extends ImportedEntry {
  suggestions?: StoredAxisSuggestions
}

export interface ReadBibliography extends ImportResult {
  entries: SuggestedEntry[]
}

/** The bibliography reader worker's one request: a dropped file (or pasted text) read into records. */
export type ReaderProtocol = {
  read: { request: { source: Blob | string }; response: ReadBibliography }
}
