import { fail, ok, type Result } from '../ipc/result'
import { renderBibliography, renderCitation } from './citationJs'
import type { ExportRecord } from './item'
import { htmlBibliographyToRtf } from './rtf'
import { resolveStyle, type StyleChoice } from './styles'

export const REFERENCE_FORMATS = ['text', 'html', 'rtf'] as const
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number]

export interface BibliographyOptions {
  style: StyleChoice
  format: ReferenceFormat
  /** A CSL locale citation-js ships (en-US, de-DE, fr-FR, es-ES, nl-NL); default en-US. */
  locale?: string
}

/**
 * Formats a reference list offline. Errors are data, never a silent fallback: an unknown
 * style name or a broken .csl file gives INVALID_INPUT with a message naming the problem.
 * Cost grows with the list (APA is the slowest style): format what the user looks at, or
 * run this in a worker, rather than the whole library on the UI thread.
 */
export function formatBibliography(records: readonly ExportRecord[], options: BibliographyOptions): Result<string> {
  const style = resolveStyle(options.style)
  if (!style.ok) return fail('INVALID_INPUT', style.error)
  if (records.length === 0) return ok('')
  // citeproc looks items up by id; the citation key is unique where the CSL id may not be.
  const items = records.map(({ item, citationKey }) => ({ ...item, id: citationKey }))
  try {
    const html = options.format !== 'text'
    const output = renderBibliography(items, style.template, html ? 'html' : 'text', options.locale ?? 'en-US')
    return ok(options.format === 'rtf' ? htmlBibliographyToRtf(output) : output)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const what = typeof options.style === 'string' ? `the "${options.style}" style` : 'this CSL style'
    return fail('INVALID_INPUT', `The citation processor could not format with ${what}: ${reason}`)
  }
}

/**
 * The in-text citation for the records together, as a word processor would insert it:
 * "(Maes et al., 2008; Kelly et al., 2016)" in APA, "1,2" in Vancouver. Same errors as
 * formatBibliography.
 */
export function formatCitation(records: readonly ExportRecord[], options: Omit<BibliographyOptions, 'format'>): Result<string> {
  const style = resolveStyle(options.style)
  if (!style.ok) return fail('INVALID_INPUT', style.error)
  if (records.length === 0) return ok('')
  const items = records.map(({ item, citationKey }) => ({ ...item, id: citationKey }))
  try {
    return ok(renderCitation(items, style.template, 'text', options.locale ?? 'en-US'))
  } catch (error) {
    return fail('INVALID_INPUT', `The citation processor could not format the citation: ${error instanceof Error ? error.message : String(error)}`)
  }
}
