import { hasTemplate, registerTemplate, templateXml } from '../citationJs'
import { readStyleFacts, type StyleFacts } from './facts'
import { validateCslStyle } from './validate'
import { AMERICAN_MEDICAL_ASSOCIATION_CSL } from './vendor/americanMedicalAssociation'
import { BMJ_CSL } from './vendor/bmj'
import { CELL_CSL } from './vendor/cell'
import { CHICAGO_AUTHOR_DATE_CSL } from './vendor/chicagoAuthorDate'
import { CHICAGO_NOTES_BIBLIOGRAPHY_CSL } from './vendor/chicagoNotesBibliography'
import { ELSEVIER_HARVARD_CSL } from './vendor/elsevierHarvard'
import { ELSEVIER_VANCOUVER_CSL } from './vendor/elsevierVancouver'
import { IEEE_CSL } from './vendor/ieee'
import { LANCET_CSL } from './vendor/lancet'
import { MODERN_LANGUAGE_ASSOCIATION_CSL } from './vendor/modernLanguageAssociation'
import { NATURE_CSL } from './vendor/nature'
import { NLM_CITATION_SEQUENCE_CSL } from './vendor/nlmCitationSequence'
import { PLOS_CSL } from './vendor/plos'

export type { StyleFacts } from './facts'

/**
 * The reference styles AxisRef formats offline, by the names users type; the one list the
 * UI and the CLI read. APA 7, Vancouver and Harvard (Cite Them Right) ship with citation-js;
 * the others are bundled (vendor/README.md). Anything else is a user's own `.csl` file,
 * checked before use.
 */
export const BUILTIN_STYLES = {
  apa: { template: 'apa', title: 'APA 7th edition', xml: undefined },
  vancouver: { template: 'vancouver', title: 'Vancouver', xml: undefined },
  harvard: { template: 'harvard1', title: 'Harvard (Cite Them Right 11th edition)', xml: undefined },
  ama: { template: 'axisref-ama', title: 'American Medical Association 11th edition', xml: AMERICAN_MEDICAL_ASSOCIATION_CSL },
  nature: { template: 'axisref-nature', title: 'Nature', xml: NATURE_CSL },
  chicago: { template: 'axisref-chicago-author-date', title: 'Chicago 17th edition (author-date)', xml: CHICAGO_AUTHOR_DATE_CSL },
  'chicago-notes': { template: 'axisref-chicago-notes', title: 'Chicago 18th edition (notes and bibliography)', xml: CHICAGO_NOTES_BIBLIOGRAPHY_CSL },
  mla: { template: 'axisref-mla', title: 'MLA 9th edition', xml: MODERN_LANGUAGE_ASSOCIATION_CSL },
  ieee: { template: 'axisref-ieee', title: 'IEEE', xml: IEEE_CSL },
  nlm: { template: 'axisref-nlm', title: 'NLM/Vancouver (Citing Medicine 2nd edition)', xml: NLM_CITATION_SEQUENCE_CSL },
  bmj: { template: 'axisref-bmj', title: 'BMJ', xml: BMJ_CSL },
  lancet: { template: 'axisref-lancet', title: 'The Lancet', xml: LANCET_CSL },
  cell: { template: 'axisref-cell', title: 'Cell', xml: CELL_CSL },
  plos: { template: 'axisref-plos', title: 'PLOS (Public Library of Science)', xml: PLOS_CSL },
  'elsevier-harvard': { template: 'axisref-elsevier-harvard', title: 'Elsevier Harvard (with titles)', xml: ELSEVIER_HARVARD_CSL },
  'elsevier-vancouver': { template: 'axisref-elsevier-vancouver', title: 'Elsevier Vancouver', xml: ELSEVIER_VANCOUVER_CSL },
} as const satisfies Record<string, { template: string; title: string; xml: string | undefined }>

export type StyleName = keyof typeof BUILTIN_STYLES
export const STYLE_NAMES = Object.keys(BUILTIN_STYLES).filter((name): name is StyleName => name in BUILTIN_STYLES)

/**
 * A bundled style's name (one of STYLE_NAMES), or the XML text of a user's `.csl` file. Names
 * arrive as user input (CLI, IPC), so any string is accepted here and checked at run time.
 */
export type StyleChoice = string | { csl: string }

/** True for the names of the bundled styles (apa, vancouver, harvard, ama, nature, chicago…). */
export function isStyleName(value: string): value is StyleName {
  return Object.hasOwn(BUILTIN_STYLES, value)
}

/** A registered style: its citation-js template and what formatting needs to know of it. */
export type TemplateResult = { ok: true; template: string; facts: StyleFacts } | { ok: false; error: string }

// FNV-1a: a user style is registered under a name derived from its content, because
// citation-js caches one processor per template name and would otherwise keep using an
// earlier file saved under the same name.
function contentHash(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${hash.toString(16)}-${text.length.toString(16)}`
}

const factsByTemplate = new Map<string, StyleFacts>()

function registered(template: string, xml: string | undefined): TemplateResult {
  if (xml !== undefined && !hasTemplate(template)) registerTemplate(template, xml)
  let facts = factsByTemplate.get(template)
  if (!facts) {
    facts = readStyleFacts(xml ?? templateXml(template) ?? '')
    factsByTemplate.set(template, facts)
  }
  return { ok: true, template, facts }
}

/**
 * The citation-js template for a style choice, registering bundled or user XML on first
 * use. An unknown name is an error listing the known ones (citation-js itself would quietly
 * fall back to APA); a broken `.csl` file is an error saying what is wrong with it.
 */
export function resolveStyle(choice: StyleChoice): TemplateResult {
  if (typeof choice === 'string') {
    if (!isStyleName(choice)) return { ok: false, error: `Unknown style "${choice}". Available: ${STYLE_NAMES.join(', ')}, or a .csl file.` }
    const style = BUILTIN_STYLES[choice]
    return registered(style.template, style.xml)
  }
  const template = `axisref-user-${contentHash(choice.csl)}`
  if (hasTemplate(template)) return registered(template, choice.csl)
  const problem = validateCslStyle(choice.csl)
  if (problem) return { ok: false, error: problem }
  return registered(template, choice.csl)
}

/** How messages name a style choice: `the "apa" style`, or `this CSL style` for a file. */
export function styleLabel(choice: StyleChoice): string {
  return typeof choice === 'string' ? `the "${choice}" style` : 'this CSL style'
}
