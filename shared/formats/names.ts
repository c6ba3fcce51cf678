import type { CslName } from './item'
import { collapseWhitespace } from './text'

/**
 * Personal names as tagged formats write them ("Family, Given[, Suffix]", MEDLINE's
 * "Family GI") and back. BibTeX names are left to citation-js, which knows BibTeX's rules.
 */

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'del', 'della', 'des', 'ten', 'ter', 'zu', 'af', 'al', 'el', 'bin', 'ibn'])

/** Parses one name. A name with no comma and no recognisable initials is kept literal. */
export function parsePersonName(raw: string): CslName | undefined {
  const value = collapseWhitespace(raw)
  if (!value) return undefined
  if (value.includes(',')) {
    const [family = '', given = '', ...rest] = value.split(',').map((part) => part.trim())
    return withParticle({ family, ...(given ? { given } : {}), ...(rest.length > 0 && rest.join(' ') ? { suffix: rest.join(' ') } : {}) })
  }
  const tokens = value.split(' ')
  const last = tokens[tokens.length - 1] ?? ''
  if (tokens.length === 1) return { family: value }
  // MEDLINE's AU field: "Maes M", "van der Berg JH".
  if (/^[A-Z]{1,3}$/.test(last)) return withParticle({ family: tokens.slice(0, -1).join(' '), given: last })
  if (looksLikePerson(tokens)) {
    // "Catarina Barata", "Jan van der Berg": some RIS exports drop the comma.
    const particleAt = tokens.findIndex((token, index) => index > 0 && PARTICLES.has(token))
    const familyStart = particleAt > 0 ? particleAt : tokens.length - 1
    return withParticle({ family: tokens.slice(familyStart).join(' '), given: tokens.slice(0, familyStart).join(' ') })
  }
  return { literal: value }
}

const GROUP_WORDS = /\b(of|and|for|the|group|consortium|committee|association|organi[sz]ation|institute|university|team|society|council|network|collaboration|collaborative|study|investigators|foundation|cent(er|re)|department|agency|ministry|program(me)?|project|initiative|working|task|force|board|panel|alliance|federation|union|trust|services|health|research|office|national|international|world|academy|college|hospital|clinic|registry|trial|writing)\b/i

function looksLikePerson(tokens: string[]): boolean {
  if (tokens.length < 2 || tokens.length > 5) return false
  if (GROUP_WORDS.test(tokens.join(' '))) return false
  return tokens.every((token) => /^\p{Lu}/u.test(token) || PARTICLES.has(token))
}

function withParticle(name: CslName): CslName {
  const family = name.family ?? ''
  const words = family.split(' ')
  let index = 0
  while (index < words.length - 1 && PARTICLES.has(words[index] ?? '')) index++
  if (index === 0) return name
  return { ...name, family: words.slice(index).join(' '), 'non-dropping-particle': words.slice(0, index).join(' ') }
}

/** The family name with its particle, as tagged formats write it ("van Gogh"). */
export function fullFamily(name: CslName): string {
  return [name['non-dropping-particle'], name['dropping-particle'], name.family].filter(Boolean).join(' ')
}

/** "Family, Given, Suffix" for RIS, EndNote and MEDLINE's FAU; a literal name as it is. */
export function formatInverted(name: CslName): string {
  if (name.literal) return name.literal
  const family = fullFamily(name)
  return [family, name.given, name.suffix].filter((part) => part !== undefined && part !== '').join(', ')
}
