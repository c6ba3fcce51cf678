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
    remove(name: string): void
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
  }

  interface BibtexConfig {
    constants: BibtexConstants
    parse: { biblatex: boolean; strict: boolean; sentenceCase: 'never' | 'english' | 'always' }
  }

  interface CslConfig {
    templates: TemplateRegister
    locales: TemplateRegister
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

  export class Cite {
    constructor(data: string | ReadonlyArray<Record<string, unknown>>)
    data: Array<Record<string, unknown>>
    format(name: 'bibtex' | 'biblatex' | 'ris', options?: { format?: 'text' }): string
  }
}

declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-ris'
