/**
 * Values compared and ordered the same way on every device: two devices that resolve the same
 * conflict must write byte-identical rows, so nothing here may depend on the order keys were
 * written in, on the clock, or on chance.
 */

/** The value with every object's keys sorted (arrays keep their order: authors, rectangles). */
export function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([key, field]) => [key, sortedKeys(field)]))
}

/** JSON with sorted keys: the same text for equal values however their keys were ordered. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedKeys(value)) ?? 'undefined'
}

/** Equal as stored values: key order does not count, an absent field equals `undefined`. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

/** FNV-1a, 32 bits, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** A short hash of a text, the same on every device (not for security: for order and ids). */
export function stableHash(text: string): string {
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f)
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
