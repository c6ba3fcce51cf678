/**
 * Whether two titles name the same work, after normalising what copies of a title differ in:
 * case, accents, punctuation, spacing, markup, and a subtitle one of them leaves out.
 * A small local rule for attaching a PDF (a warning only); the lookup service has its own.
 */
export function titlesMatch(a: string, b: string): boolean {
  const left = normaliseTitle(a)
  const right = normaliseTitle(b)
  if (left === '' || right === '') return true
  if (left === right) return true
  const [short, long] = left.length <= right.length ? [left, right] : [right, left]
  // "Title" against "Title: a subtitle": the shorter must be a whole-word start of the longer
  if (short.length >= 20 && long.startsWith(`${short} `)) return true
  return wordOverlap(left, right) >= 0.85
}

/** Lower case, accents and punctuation dropped, markup removed, spaces collapsed. */
export function normaliseTitle(title: string): string {
  return title
    .replace(/<[^>]*>/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The share of words the two titles have in common (Dice coefficient over word sets). */
function wordOverlap(a: string, b: string): number {
  const left = new Set(a.split(' '))
  const right = new Set(b.split(' '))
  const shared = [...left].filter((word) => right.has(word)).length
  return (2 * shared) / (left.size + right.size)
}
