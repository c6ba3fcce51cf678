import { plugins, type BibtexRawEntry } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'

/**
 * The one module that talks to citation-js, so the untyped library is reached through a
 * handful of declared calls (see citation-js.d.ts). Every function here may throw; callers
 * decide what a failure means for the user.
 */

export type { BibtexRawEntry }

/** Runs citation-js's BibTeX/BibLaTeX grammar: @string, `#`, braces and quotes. Throws a SyntaxError. */
export function parseBibtexText(text: string): BibtexRawEntry[] {
  return plugins.input.data(text, '@biblatex/text')
}

/**
 * Turns grammar output into CSL-JSON: LaTeX to Unicode, names, dates, types, and crossref
 * inheritance among the entries passed together.
 */
export function bibtexEntriesToCsl(entries: BibtexRawEntry[]): Array<Record<string, unknown>> {
  return plugins.input.data(entries, '@biblatex/entries+list')
}

/** citation-js's LaTeX ↔ Unicode tables, reused (inverted) by the BibTeX writer. */
export function latexTables() {
  return plugins.config.get('@bibtex').constants
}

/** Registers CSL style XML under a template id (replacing nothing: ids must be new). */
export function registerTemplate(id: string, xml: string): void {
  plugins.config.get('@csl').templates.add(id, xml)
}

/** True when citation-js has a template registered under this id. */
export function hasTemplate(id: string): boolean {
  return plugins.config.get('@csl').templates.has(id)
}

/**
 * Formats a bibliography with a registered template. citation-js silently uses APA for an
 * unknown template id, so callers must check `hasTemplate` first.
 */
export function renderBibliography(items: ReadonlyArray<Record<string, unknown>>, template: string, format: 'text' | 'html', lang?: string): string {
  return plugins.output.format('bibliography', items, lang ? { template, format, lang } : { template, format })
}

/** Formats one in-text citation, "(Maes et al., 2008)" or "[1,2]", for the items together. */
export function renderCitation(items: ReadonlyArray<Record<string, unknown>>, template: string, format: 'text' | 'html', lang?: string): string {
  return plugins.output.format('citation', items, lang ? { template, format, lang } : { template, format })
}
