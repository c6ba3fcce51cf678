/** Text helpers shared by the layout rules: comparison ignores case, accents, punctuation and spacing. */

/** Lower case, accents and punctuation removed, single spaces: for comparing, never for display. */
export function normaliseForCompare(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** As {@link normaliseForCompare} without spaces: survives glued words like "BetweenSoftware". */
export function compactForCompare(text: string): string {
  return normaliseForCompare(text).replace(/ /g, '')
}

/** The comparable words of a text (see {@link normaliseForCompare}). */
export function words(text: string): string[] {
  const normalised = normaliseForCompare(text)
  return normalised === '' ? [] : normalised.split(' ')
}

/** Dice coefficient over character bigrams of the compact forms: 1 for equal texts. */
export function similarity(a: string, b: string): number {
  const left = bigrams(compactForCompare(a))
  const right = bigrams(compactForCompare(b))
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const [gram, count] of left) shared += Math.min(count, right.get(gram) ?? 0)
  const total = [...left.values(), ...right.values()].reduce((sum, count) => sum + count, 0)
  return (2 * shared) / total
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>()
  for (let index = 0; index < text.length - 1; index += 1) {
    const gram = text.slice(index, index + 2)
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

/** Collapses runs of white space (including the no-break and thin spaces PDFs use) to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim()
}

/** "DOUGLAS" → "Douglas", "MCGEE-SMITH" → "Mcgee-Smith": for surnames printed in capitals. */
export function titleCaseWord(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_match, lead: string, letter: string) => lead + letter.toUpperCase())
}

/** Letters in any script; digits and punctuation do not count. */
export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length
}

/** "R E S E A R C H" → "RESEARCH": letter-spaced banners otherwise look like many one-letter words. */
export function collapseLetterSpacing(text: string): string {
  return /^(\p{L} )+\p{L}$/u.test(text) ? text.replace(/ /g, '') : text.replace(/\b((?:\p{L} ){2,}\p{L})\b/gu, (run) => run.replace(/ /g, ''))
}
