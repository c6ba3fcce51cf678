import { importBibtex } from './bibtex/read'
import { importCslJson } from './cslJson/read'
import { detectFormat } from './detect'
import { importEndnoteXml } from './endnote/read'
import { importEndnoteTagged } from './endnote/tagged'
import type { ImportFormat, ImportResult } from './item'
import { importMedline } from './medline/read'
import { importPubmedXml } from './pubmedXml/read'
import { importRis } from './ris/read'
import { importZoteroJson } from './zotero/read'

/** Each format's reader itself, without importBibliography's safety net (the fuzz tests call them bare). */
export const READERS: Record<ImportFormat, (text: string) => ImportResult> = {
  bibtex: importBibtex,
  ris: importRis,
  medline: importMedline,
  'pubmed-xml': importPubmedXml,
  'csl-json': importCslJson,
  'zotero-json': importZoteroJson,
  'endnote-xml': importEndnoteXml,
  'endnote-tagged': importEndnoteTagged,
}

/**
 * Reads a bibliography file of any supported format (detected from the content unless
 * `format` is given). Never throws: a malformed record is skipped and listed in `errors`
 * with its 1-based line and a reason; the rest of the file is still imported. A reader bug
 * surfaces as one error rather than as an exception across the caller's boundary.
 */
export function importBibliography(text: string, options: { format?: ImportFormat } = {}): ImportResult {
  const format = options.format ?? detectFormat(text)
  if (!format) {
    const message = text.trim()
      ? 'The file is not in a format AxisRef reads (BibTeX/BibLaTeX, RIS, PubMed MEDLINE or XML, CSL-JSON, Zotero or Better BibTeX JSON, EndNote XML or tagged).'
      : 'The file is empty.'
    return { format: 'unknown', entries: [], errors: [{ line: 1, message }] }
  }
  try {
    const result = READERS[format](text)
    if (result.entries.length === 0 && result.errors.length === 0) {
      result.errors.push({ line: 1, message: `No ${format} records were found in the file.` })
    }
    return result
  } catch (error) {
    return { format, entries: [], errors: [{ line: 1, message: readerFailure(format, error) }] }
  }
}

/**
 * A reader's unexpected failure in words. Nesting beyond what a parser follows (a stack
 * overflow, or fast-xml-parser's own nesting limit) is the file's doing and is said so.
 */
function readerFailure(format: ImportFormat, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  if (error instanceof RangeError || /maximum nested tags/i.test(reason)) {
    return 'The file is nested too deeply to read (elements or brackets inside one another thousands of levels deep); it may be damaged. Nothing was imported.'
  }
  return `The ${format} reader failed unexpectedly (${reason}); nothing was imported.`
}
