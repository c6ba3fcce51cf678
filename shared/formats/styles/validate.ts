import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * Checks a user's `.csl` file before citation-js sees it: citeproc fails on broken styles
 * with messages about its internals, or renders nothing. Returns a sentence saying what is
 * wrong (and where, for XML errors), or undefined when the style can be used.
 */

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false })

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

/** Undefined when the XML is a usable independent CSL 1.0 style, else the reason it is not. */
export function validateCslStyle(xml: string): string | undefined {
  if (!xml.trim()) return 'The CSL file is empty.'
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return `The CSL file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`
  const document: unknown = parser.parse(xml)
  const style = isRecord(document) ? document.style : undefined
  if (!isRecord(style)) return 'This is not a CSL style: its root element is not <style>.'
  if (style.xmlns !== CSL_NAMESPACE) return `This is not a CSL style: <style> must be in the namespace ${CSL_NAMESPACE}.`
  if (typeof style.version === 'string' && !style.version.startsWith('1.')) return `CSL version ${style.version} is not supported (AxisRef reads CSL 1.0).`
  const info = isRecord(style.info) ? style.info : undefined
  const parent = asList(info?.link).find((link) => isRecord(link) && link.rel === 'independent-parent')
  if (!isRecord(style.bibliography) && !isRecord(style.citation) && isRecord(parent)) {
    return `This is a dependent CSL style: it only names its parent style (${String(parent.href)}). Use the parent .csl file instead.`
  }
  if (!isRecord(style.citation) || !('layout' in style.citation)) return 'The CSL style has no <citation> section with a <layout>.'
  // A style without <bibliography> is a citation-only style: valid for citations;
  // formatBibliography says so when asked for a reference list.
  if (style.bibliography !== undefined && (!isRecord(style.bibliography) || !('layout' in style.bibliography))) {
    return 'The CSL style has a <bibliography> section without a <layout>, so it cannot format a reference list.'
  }
  const defined = new Set(asList(style.macro).flatMap((macro) => (isRecord(macro) && typeof macro.name === 'string' ? [macro.name] : [])))
  const missing = [...xml.matchAll(/\bmacro="([^"]+)"/g)].map((match) => match[1] ?? '').find((name) => !defined.has(name))
  if (missing) return `The CSL style calls the macro "${missing}", which it never defines.`
  return undefined
}
