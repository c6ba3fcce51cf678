import type { CiteItem } from '../cite/request'
import { ok, type Result } from '../ipc/result'
import { releaseEngine } from './citationJs'
import type { ExportRecord } from './item'
import { prepareProcessor, processorFailure, recordItems, type CslInputItem, type ProcessorOptions } from './processor'

export type { CslInputItem, ProcessorOptions as CitationOptions } from './processor'

/**
 * A document's in-text citations, in order, as citeproc-js (through citation-js) prints them:
 * "(Maes et al., 2008, p. 12)", "[1]", a footnote's text. All citations are processed
 * together, so numbering, disambiguation (2008a, given names) and note positions (ibid,
 * short forms) hold across the document. `citations` name records by citation key; without
 * them all records are cited together in one citation, in input order.
 * Errors (INVALID_INPUT, in words): unknown style, locale or cited key, a style citeproc
 * cannot run.
 */
export function formatCitations(records: readonly ExportRecord[], options: ProcessorOptions): Result<string[]> {
  return formatCslCitations(recordItems(records), options)
}

/** formatCitations over raw CSL-JSON items (the CLI's request), cited by their `id`. */
export function formatCslCitations(items: readonly CslInputItem[], options: ProcessorOptions): Result<string[]> {
  const prepared = prepareProcessor(items, options)
  if (!prepared.ok) return prepared
  if (items.length === 0) return ok([])
  const { engine, citations } = prepared.value
  try {
    return ok(engine.rebuildProcessorState(citations, options.format, []).map(([, , text]) => text))
  } catch (error) {
    return processorFailure(options.style, error)
  } finally {
    releaseEngine(engine)
  }
}

/**
 * One in-text citation for the records together, as a word processor would insert it:
 * "(Maes et al., 2008; Kelly et al., 2016)" in APA, "(1,2)" in Vancouver. Same errors as
 * formatCitations.
 */
export function formatCitation(records: readonly ExportRecord[], options: Omit<ProcessorOptions, 'format' | 'citations'> & { format?: 'text' | 'html' }): Result<string> {
  const citation: CiteItem[] = records.map((record) => ({ id: record.citationKey }))
  if (citation.length === 0) return ok('')
  const result = formatCitations(records, { ...options, format: options.format ?? 'text', citations: [citation] })
  return result.ok ? ok(result.value[0] ?? '') : result
}
