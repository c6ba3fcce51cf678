import { fail, ok, type Result } from '../ipc/result'
import type { ExportRecord } from './item'
import { releaseEngine } from './citationJs'
import { prepareProcessor, processorFailure, recordItems, type CslInputItem, type Processor, type ProcessorOptions } from './processor'
import { htmlBibliographyToRtf } from './rtf'
import { styleLabel, type StyleChoice } from './styles'

export const REFERENCE_FORMATS = ['text', 'html', 'rtf'] as const
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number]

export interface BibliographyOptions {
  style: StyleChoice
  format: ReferenceFormat
  /** A bundled CSL locale (LOCALES); absent: the style's default-locale, else en-US. */
  locale?: string
}

/**
 * Formats a reference list offline. Errors are data, never a silent fallback: an unknown
 * style name or locale, a broken .csl file, or a citation-only style (no <bibliography>)
 * gives INVALID_INPUT with a message naming the problem.
 * Cost grows with the list (APA is the slowest style): format what the user looks at, or
 * run this in a worker, rather than the whole library on the UI thread.
 */
export function formatBibliography(records: readonly ExportRecord[], options: BibliographyOptions): Result<string> {
  const html = formatCslBibliography(recordItems(records), { style: options.style, locale: options.locale, format: options.format === 'text' ? 'text' : 'html' })
  return html.ok && options.format === 'rtf' ? ok(htmlBibliographyToRtf(html.value)) : html
}

/**
 * The bibliography of every item, citeproc's markup in html (`<div class="csl-bib-body">`).
 * With `citations`, they are processed first, so a numeric style numbers the list in
 * citation order; items no citation names are listed too.
 */
export function formatCslBibliography(items: readonly CslInputItem[], options: ProcessorOptions): Result<string> {
  const prepared = prepareProcessor(items, options)
  if (!prepared.ok) return prepared
  const { facts } = prepared.value
  const citationOnly = fail<string>('INVALID_INPUT', `${capitalized(styleLabel(options.style))} only formats citations: it has no <bibliography> section, so it cannot make a reference list.`)
  if (!facts.bibliography) return citationOnly
  if (items.length === 0) return ok('')
  try {
    const bibliography = makeBibliography(prepared.value, items, options)
    if (!bibliography) return citationOnly
    const [{ bibstart, bibend }, entries] = bibliography
    return ok(bibstart + entries.join('') + bibend)
  } catch (error) {
    return processorFailure(options.style, error)
  }
}

// With citations, they are processed first and the items they do not name listed as uncited.
function makeBibliography({ engine, citations, uncited }: Processor, items: readonly CslInputItem[], options: ProcessorOptions) {
  try {
    if (options.citations) engine.rebuildProcessorState(citations, options.format, uncited)
    else engine.updateItems(items.map((item) => String(item.id)))
    return engine.makeBibliography()
  } finally {
    releaseEngine(engine)
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
