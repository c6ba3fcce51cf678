/** What formatting needs to know of a CSL style beyond its template name. */
export interface StyleFacts {
  /** `class="note"`: each citation is a footnote, so citations are numbered as notes. */
  note: boolean
  /** The style's `default-locale`, used when the caller names no locale. */
  defaultLocale: string | undefined
  /** False for citation-only styles, which cannot make a reference list. */
  bibliography: boolean
}

/**
 * Reads the facts from the style's XML. The root element's attributes and the presence of
 * <bibliography> are enough, and a pattern is far cheaper than parsing Chicago's 240 kB.
 */
export function readStyleFacts(xml: string): StyleFacts {
  const root = /<style\b[^>]*>/.exec(xml)?.[0] ?? ''
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(root)?.[1]
  return {
    note: attribute('class') === 'note',
    defaultLocale: attribute('default-locale') || undefined,
    bibliography: /<bibliography\b/.test(xml.replace(/<!--[\s\S]*?-->/g, '')),
  }
}
