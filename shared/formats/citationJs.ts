import { plugins, util, type BibtexRawEntry, type CiteprocEngine } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'

/**
 * The one module that talks to citation-js, so the untyped library is reached through a
 * handful of declared calls (see citation-js.d.ts). Every function here may throw; callers
 * decide what a failure means for the user.
 */

export type { BibtexRawEntry, CiteprocCitation, CiteprocEngine } from '@citation-js/core'

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

/** The XML of a registered template (citation-js's own apa, vancouver, harvard1 included). */
export function templateXml(id: string): string | undefined {
  return plugins.config.get('@csl').templates.get(id)
}

/** Registers (or replaces) a CSL locale under its id, e.g. `de-DE`. */
export function registerLocale(id: string, xml: string): void {
  plugins.config.get('@csl').locales.add(id, xml)
}

/** True when citation-js has a locale registered under this id. */
export function hasLocale(id: string): boolean {
  return plugins.config.get('@csl').locales.has(id)
}

/**
 * citation-js's citeproc-js engine for a registered template and locale, knowing these items
 * by id. citation-js caches one engine per template and locale and resets its cited items
 * when it hands it out again (not its uncited ones: see formatCslBibliography). An unknown
 * template silently becomes APA: resolve the style first.
 */
export function citationEngine(items: ReadonlyArray<Record<string, unknown>>, template: string, locale: string, format: 'text' | 'html'): CiteprocEngine {
  return plugins.config.get('@csl').engine(util.downgradeCsl(items), template, locale, format)
}
