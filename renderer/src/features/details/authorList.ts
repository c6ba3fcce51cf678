import type { CslName } from '../../../../shared/domain/csl'
import { parsePersonName } from '../../../../shared/formats/names'

/** Pure changes to an author list; each returns a new list and leaves the old one alone. */

export function moveAuthor(authors: readonly CslName[], from: number, to: number): CslName[] {
  if (to < 0 || to >= authors.length || from === to) return [...authors]
  const next = [...authors]
  const [moved] = next.splice(from, 1)
  if (moved) next.splice(to, 0, moved)
  return next
}

export function removeAuthor(authors: readonly CslName[], index: number): CslName[] {
  return authors.filter((_, at) => at !== index)
}

export function replaceAuthor(authors: readonly CslName[], index: number, name: CslName): CslName[] {
  return authors.map((author, at) => (at === index ? name : author))
}

/** A name the add box was given: "Family, Given", "Given Family", or {Group name} kept whole. */
export function parseNewAuthor(text: string): CslName | undefined {
  const braced = /^\{(.+)\}$/.exec(text.trim())
  if (braced?.[1]) return { literal: braced[1].trim() }
  return parsePersonName(text)
}

/** A person becomes an organisation (one literal name) and back. */
export function toggleOrganisation(name: CslName): CslName {
  if (isOrganisation(name)) return parsePersonName(name.literal ?? '') ?? { family: name.literal ?? '' }
  return { literal: [name.given, name['non-dropping-particle'], name.family].filter(Boolean).join(' ') }
}

export function isOrganisation(name: CslName): boolean {
  return name.literal !== undefined && name.family === undefined
}

/** How the name reads in a button label ("Remove Maes"). */
export function authorLabel(name: CslName, index: number): string {
  return (isOrganisation(name) ? name.literal : name.family) || `author ${index + 1}`
}
