// citation-js 0.7 ships no TypeScript types. This declares only the surface AxisRef uses;
// `citationJs.ts` is the one module that calls it, so a version bump is checked in one place.

declare module '@citation-js/core' {
  /** One entry as the BibTeX file grammar reads it, before field values are decoded. */
  export interface BibtexRawEntry {
    type: string
    label: string
    properties: Record<string, string | number>
    annotations?: Record<string, Record<string, string>>
  }

  interface TemplateRegister {
    add(name: string, xml: string): void
    has(name: string): boolean
    get(name: string): string | undefined
    remove(name: string): void
  }

  /** One citation as citeproc-js takes it (its `citation` object). */
  export interface CiteprocCitation {
    citationID: string
    citationItems: ReadonlyArray<Readonly<Record<string, unknown>>>
    properties: { noteIndex: number }
  }

  /** The citeproc-js engine (citeproc 2.4) citation-js builds and caches per style and locale. */
  export interface CiteprocEngine {
    /** Each citation's text in document order, as `[citationID, noteIndex, text]`; throws on bad input. */
    rebuildProcessorState(citations: CiteprocCitation[], mode: 'text' | 'html', uncitedIds: string[]): Array<[string, number, string]>
    /** Registers the items of the bibliography; returns their ids in bibliography order. */
    updateItems(ids: string[]): string[]
    /** Registers items listed in the bibliography though no citation names them. */
    updateUncitedItems(ids: string[]): void
    /** With no citations: drops every item, cited or not, and all state derived from them (a fresh registry). */
    restoreProcessorState(citations: []): unknown
    /** The bibliography's wrapper markup and entries, or false when the style has no bibliography. */
    makeBibliography(): [{ bibstart: string; bibend: string }, string[]] | false
  }

  interface BibtexConstants {
    /** LaTeX command name → Unicode text, e.g. `ss` → `ß`. */
    commands: Record<string, string>
    /** Accent command → combining character, e.g. `"` → U+0308. */
    diacritics: Record<string, string>
    /** Math-mode command → Unicode, e.g. `alpha` → `α`. */
    mathCommands: Record<string, string>
    /** Ligature → Unicode, e.g. `---` → `—`. */
    ligatures: Record<string, string>
    /** Commands with a braced argument citation-js formats, e.g. `textit` (values unused here). */
    formattingCommands: Record<string, unknown>
    /** Switches such as `\itshape` (values unused here). */
    formattingEnvs: Record<string, unknown>
    /** Commands whose arguments citation-js reads, e.g. `url`, `href`. */
    argumentCommands: Record<string, unknown>
    /** Math scripts and fonts, e.g. `^`, `mathrm`. */
    mathScriptFormatting: Record<string, unknown>
    /** Field name → [kind, type], e.g. `author` → `['list', 'name']`; the kind picks the value grammar's rule. */
    fieldTypes: Record<string, [string, string] | undefined>
  }

  interface BibtexConfig {
    constants: BibtexConstants
    parse: { biblatex: boolean; strict: boolean; sentenceCase: 'never' | 'english' | 'always' }
  }

  interface CslConfig {
    templates: TemplateRegister
    locales: TemplateRegister
    /** citation-js's engine factory: items by id, template name, locale, output format. */
    engine(items: ReadonlyArray<Record<string, unknown>>, template: string, locale: string, format: 'text' | 'html'): CiteprocEngine
  }

  export const plugins: {
    input: {
      /** Runs the one parser registered for `type`; throws on malformed input. */
      data(input: string, type: '@biblatex/text'): BibtexRawEntry[]
      data(input: BibtexRawEntry[], type: '@biblatex/entries+list'): Array<Record<string, unknown>>
    }
    output: {
      format(
        name: 'bibliography' | 'citation',
        data: ReadonlyArray<Record<string, unknown>>,
        options: { template: string; format: 'text' | 'html'; lang?: string },
      ): string
    }
    config: {
      get(plugin: '@bibtex'): BibtexConfig
      get(plugin: '@csl'): CslConfig
    }
  }

  export const util: {
    /** CSL 1.0.2 items to the CSL 1.0.1 fields citeproc 2.4 reads (`event-title` → `event`, software → book). */
    downgradeCsl(items: ReadonlyArray<Record<string, unknown>>): Array<Record<string, unknown>>
  }

  export class Cite {
    constructor(data: string | ReadonlyArray<Record<string, unknown>>)
    data: Array<Record<string, unknown>>
    format(name: 'bibtex' | 'biblatex' | 'ris', options?: { format?: 'text' }): string
  }
}

declare module '@citation-js/plugin-bibtex'

// The two steps of `@biblatex/entries+list`, reached directly so plain values skip the LaTeX
// grammar (see citationJs.ts). Same files as the plugin registers, so same version and config.
declare module '@citation-js/plugin-bibtex/lib/input/value.js' {
  /** One field's value, LaTeX decoded by the field's kind (names become name lists). Throws a SyntaxError. */
  export function parse(text: string, field: string, languages?: unknown): unknown
  export function parseAnnotation(text: string): unknown
}

declare module '@citation-js/plugin-bibtex/lib/mapping/index.js' {
  /** Decoded entries to CSL-JSON, crossref inheritance among them included. */
  export function parse(entries: Array<{ type: string; label: string; properties: Record<string, unknown> }>): Array<Record<string, unknown>>
}
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-ris'
