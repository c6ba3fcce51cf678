import type { CslName } from './types'
import { titleCaseWord } from './text'

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'la', 'le', 'ten', 'ter', 'zu', 'y', 'bin', 'ibn'])
const SUFFIXES = /^(jr|sr|ii|iii|iv)\.?$/i
const DEGREES = /^(md|phd|msc|bsc|mph|rn|frcp|frcpc|dphil|ma|ms|ba|mbbs|facp|m\.d\.|ph\.d\.)$/i

/** Words that are never part of a person's name on a title page: affiliations, headings, title words. */
const NON_NAME_WORDS = new Set(
  (
    'university universidad universita universitat universite institute institut department dept college school hospital ' +
    'clinic clinical center centre laboratory faculty division unit group program programme research abstract summary ' +
    'background keywords keyword introduction article journal review open access correspondence received accepted ' +
    'published editor copyright and the of for in on at with by to from email e-mail tel fax inc ltd gmbh foundation ' +
    'ministry national science sciences medicine medical health study trial protocol volume case report original letter ' +
    'page pages www http between among into over under after before during versus via two three four new role effect ' +
    'effects evidence analysis patients disease diseases disorder disorders depression inflammation brain cell cells model ' +
    'mice rats human systematic randomized randomised controlled cohort data using based toward towards approach impact ' +
    'association response treatment therapy risk factor factors outcome outcomes syndrome care'
  ).split(' '),
)
const HONORIFICS = /^(dr|prof|professor|mr|mrs|ms)\.?$/i

/**
 * Parses one person's name, "Pravesh Sharma" or "Sharma, Pravesh", into CSL parts.
 * Surnames printed in capitals (small caps) are title-cased; degrees are dropped.
 */
export function parseName(raw: string): CslName | undefined {
  // A full stop after a whole word ends the sentence; after an initial it is part of the name.
  const text = raw
    .replace(/[*∗†‡§¶#‖⁎✉]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;]+$/, '')
    .replace(/(\p{L}{2,})\.$/u, (word: string, letters: string) => (SUFFIXES.test(word) ? word : letters))
  if (text === '') return undefined
  const comma = /^([^,]+),\s*([^,]+)$/.exec(text)
  const afterComma = (comma?.[2] ?? '').trim()
  if (comma && !SUFFIXES.test(afterComma) && !DEGREES.test(afterComma)) return buildName(afterComma, comma[1] ?? '')
  const tokens = text
    .replace(/,/g, ' ')
    .split(' ')
    .filter((token) => token !== '' && !DEGREES.test(token) && !HONORIFICS.test(token))
  let suffix: string | undefined
  if (tokens.length > 2 && SUFFIXES.test(tokens.at(-1) ?? '')) suffix = tokens.pop()
  // "Smith J." (Vancouver order): initials last. Only a single or dotted initial counts, because
  // a short surname in small caps ("Jing LI") looks the same as undotted initials.
  const last = tokens.at(-1) ?? ''
  const initialsLast = tokens.length >= 2 && isInitials(last) && /^\p{Lu}$|\./u.test(last) && !isInitials(tokens[0] ?? '')
  const family = initialsLast ? tokens.filter((token) => !isInitials(token)).join(' ') : tokens.pop()
  if (!family) return undefined
  const name = buildName(initialsLast ? tokens.filter(isInitials).join(' ') : tokens.join(' '), family)
  if (name && suffix) name.suffix = suffix
  return name
}

/**
 * Particles stay part of the family name ("van Walraven", "de Paiva"), as publishers' JATS
 * surnames and PubMed write them, so sorting and matching agree with those records.
 */
function buildName(givenRaw: string, familyRaw: string): CslName | undefined {
  const givenTokens = givenRaw.trim() === '' ? [] : givenRaw.trim().split(/\s+/)
  const familyTokens = [fixCase(familyRaw.trim())]
  while (givenTokens.length > 1 && PARTICLES.has((givenTokens.at(-1) ?? '').toLowerCase())) familyTokens.unshift(givenTokens.pop() ?? '')
  const family = familyTokens.join(' ').trim()
  if (family === '') return undefined
  const name: CslName = { family }
  if (givenTokens.length > 0) name.given = givenTokens.map((token) => (isInitials(token) ? token : fixCase(token))).join(' ')
  return name
}

function fixCase(word: string): string {
  return /^\p{Lu}{2,}$/u.test(word.replace(/[-'’]/g, '')) ? titleCaseWord(word) : word
}

function isInitials(token: string): boolean {
  return /^(\p{Lu}\.?-?){1,3}$/u.test(token)
}

/**
 * True when a piece of an author line reads as one person's name: two to five words, each an
 * initial, a capitalised word or a particle, and none of them an affiliation or heading word.
 */
export function isPersonName(piece: string): boolean {
  const text = piece.replace(/[*∗†‡§¶#‖⁎✉]/g, ' ').replace(/\s+/g, ' ').trim()
  if (/[\d@:/()[\]]/.test(text)) return false
  const tokens = text.split(' ').filter((token) => !DEGREES.test(token.replace(/,$/, '')) && !SUFFIXES.test(token) && !HONORIFICS.test(token))
  if (tokens.length < 2 || tokens.length > 5) return false
  const last = tokens.at(-1) ?? ''
  if (isInitials(last) || last.replace(/[^\p{L}]/gu, '').length < 2) return false
  return tokens.every((token) => {
    if (NON_NAME_WORDS.has(token.replace(/[.,]$/, '').toLowerCase())) return false
    if (PARTICLES.has(token.toLowerCase()) && token !== tokens[0]) return true
    return isInitials(token) || /^\p{Lu}[\p{L}'’-]*\.?$/u.test(token)
  })
}

/** Splits an author line into pieces: commas, semicolons, "and", "&", bullets. */
export function splitAuthorPieces(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&|•|·|\|)\s*/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
}
