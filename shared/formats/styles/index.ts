import { hasTemplate, registerTemplate } from '../citationJs'
import { validateCslStyle } from './validate'
import { AMERICAN_MEDICAL_ASSOCIATION_CSL } from './vendor/americanMedicalAssociation'
import { CHICAGO_AUTHOR_DATE_CSL } from './vendor/chicagoAuthorDate'
import { NATURE_CSL } from './vendor/nature'

/**
 * The reference styles AxisRef formats offline, by the names users type. APA 7, Vancouver
 * and Harvard (Cite Them Right) ship with citation-js; AMA, Nature and Chicago are bundled
 * (vendor/README.md). Anything else is a user's own `.csl` file, checked before use.
 */
export const BUILTIN_STYLES = {
  apa: { template: 'apa', title: 'APA 7th edition', xml: undefined },
  vancouver: { template: 'vancouver', title: 'Vancouver', xml: undefined },
  harvard: { template: 'harvard1', title: 'Harvard (Cite Them Right 11th edition)', xml: undefined },
  ama: { template: 'axisref-ama', title: 'American Medical Association 11th edition', xml: AMERICAN_MEDICAL_ASSOCIATION_CSL },
  nature: { template: 'axisref-nature', title: 'Nature', xml: NATURE_CSL },
  chicago: { template: 'axisref-chicago-author-date', title: 'Chicago 17th edition (author-date)', xml: CHICAGO_AUTHOR_DATE_CSL },
} as const satisfies Record<string, { template: string; title: string; xml: string | undefined }>

export type StyleName = keyof typeof BUILTIN_STYLES
export const STYLE_NAMES = Object.keys(BUILTIN_STYLES).filter((name): name is StyleName => name in BUILTIN_STYLES)

/**
 * A bundled style's name (one of STYLE_NAMES), or the XML text of a user's `.csl` file. Names
 * arrive as user input (CLI, IPC), so any string is accepted here and checked at run time.
 */
export type StyleChoice = string | { csl: string }

/** True for the names of the bundled styles (apa, vancouver, harvard, ama, nature, chicago). */
export function isStyleName(value: string): value is StyleName {
  return Object.hasOwn(BUILTIN_STYLES, value)
}

export type TemplateResult = { ok: true; template: string } | { ok: false; error: string }

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

/**
 * The citation-js template for a style choice, registering bundled or user XML on first
 * use. An unknown name is an error listing the known ones (citation-js itself would quietly
 * fall back to APA); a broken `.csl` file is an error saying what is wrong with it.
 */
export function resolveStyle(choice: StyleChoice): TemplateResult {
  if (typeof choice === 'string') {
    if (!isStyleName(choice)) return { ok: false, error: `Unknown style "${choice}". Available: ${STYLE_NAMES.join(', ')}, or a .csl file.` }
    const style = BUILTIN_STYLES[choice]
    if (style.xml !== undefined && !hasTemplate(style.template)) registerTemplate(style.template, style.xml)
    return { ok: true, template: style.template }
  }
  const template = `axisref-user-${contentHash(choice.csl)}`
  if (hasTemplate(template)) return { ok: true, template }
  const problem = validateCslStyle(choice.csl)
  if (problem) return { ok: false, error: problem }
  registerTemplate(template, choice.csl)
  return { ok: true, template }
}
