import type { LayoutAuthors } from './authors'
import type { EmbeddedValue } from './embedded'
import type { LayoutTitle } from './title'
import { compactForCompare, similarity, words } from './text'
import type { CslName, FieldSource } from './types'

export interface Chosen<T> {
  value: T
  source: FieldSource
  confidence: number
}

/**
 * The title: embedded metadata when the page confirms it (it is usually cleaner text), else the
 * printed title, else unconfirmed metadata when the page offers nothing convincing.
 */
export function chooseTitle(embedded: readonly EmbeddedValue<string>[], layout: LayoutTitle | undefined, pageCompact: string): Chosen<string> | undefined {
  for (const meta of embedded) {
    const compact = compactForCompare(meta.value)
    const matchesLayout = layout !== undefined && similarity(meta.value, layout.text) >= 0.9
    const printed = (!layout || layout.confidence < 0.5) && compact.length >= 20 && pageCompact.includes(compact)
    if (!matchesLayout && !printed) continue
    // Some producers glue words ("BetweenSoftware"); then the page's own spacing is the better text.
    if (layout && matchesLayout && words(meta.value).length < words(layout.text).length) {
      return { value: layout.text, source: 'layout', confidence: 0.95 }
    }
    return { value: meta.value, source: meta.source, confidence: 0.95 }
  }
  // Metadata that disagrees with the page lowers the confidence in the printed title a little.
  if (layout && layout.confidence >= 0.5) return { value: layout.text, source: 'layout', confidence: layout.confidence - (embedded.length > 0 ? 0.1 : 0) }
  const meta = embedded[0]
  if (meta) return { value: meta.value, source: meta.source, confidence: 0.5 }
  return layout ? { value: layout.text, source: 'layout', confidence: layout.confidence } : undefined
}

/**
 * The authors: an embedded list when every surname is printed on page 1 and it agrees with the
 * printed first author; else the printed names; else embedded names only when the title also
 * came from metadata (a page that is not the paper's own, as in a cover sheet).
 */
export function chooseAuthors(
  embedded: readonly EmbeddedValue<CslName[]>[],
  layout: LayoutAuthors | undefined,
  titleSource: FieldSource | undefined,
  pageCompact: string,
): Chosen<CslName[]> | undefined {
  const printed = (names: readonly CslName[]): boolean =>
    names.every((name) => name.family !== undefined && pageCompact.includes(compactForCompare(name.family)))
  const layoutCount = layout?.names.length ?? 1
  const verified = embedded.find((list) => list.value.length >= layoutCount && printed(list.value))
  if (verified && (!layout || sameFamily(verified.value[0], layout.names[0]))) {
    return { value: verified.value, source: verified.source, confidence: 0.9 }
  }
  if (layout) {
    const agrees = embedded.some((list) => sameFamily(list.value[0], layout.names[0]))
    return { value: layout.names, source: 'layout', confidence: Math.min(0.9, layout.confidence + (agrees ? 0.1 : 0)) }
  }
  const fromMetadata = embedded[0]
  if (fromMetadata && (titleSource === 'xmp' || titleSource === 'info')) return { value: fromMetadata.value, source: fromMetadata.source, confidence: 0.45 }
  const anyPrinted = embedded.find((list) => printed(list.value))
  return anyPrinted ? { value: anyPrinted.value, source: anyPrinted.source, confidence: 0.55 } : undefined
}

function sameFamily(a: CslName | undefined, b: CslName | undefined): boolean {
  return a?.family !== undefined && b?.family !== undefined && compactForCompare(a.family) === compactForCompare(b.family)
}

/** The most confident of several guesses; the earlier one wins a tie (callers list stronger sources first). */
export function best<T>(guesses: readonly (Chosen<T> | undefined)[]): Chosen<T> | undefined {
  let top: Chosen<T> | undefined
  for (const guess of guesses) if (guess && (!top || guess.confidence > top.confidence)) top = guess
  return top
}

/** "Smith_2019_Cytokines-and-depression.pdf" → "Smith 2019 Cytokines and depression": a title of last resort. */
export function titleFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '')
  const spaced = /\s/.test(stem) ? stem : stem.replace(/[_-]+/g, ' ')
  return spaced.replace(/_/g, ' ').replace(/\s+/g, ' ').trim() || fileName
}
