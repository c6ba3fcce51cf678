import type { MeshHeading } from './item'

/** Conventions PubMed's two formats (MEDLINE text and XML) share. */

/** MEDLINE abbreviates page ranges ("132-42"); styles want them whole ("132-142"). */
export function expandPageRange(pages: string | undefined): string | undefined {
  if (!pages) return undefined
  const match = /^(\d+)-(\d+)$/.exec(pages.trim())
  if (!match) return pages.trim()
  const [, start = '', end = ''] = match
  return end.length < start.length ? `${start}-${start.slice(0, start.length - end.length)}${end}` : `${start}-${end}`
}

/** PubMed ends every title with a period, which styles then double; drop that one. */
export function stripPubmedPeriod(title: string | undefined): string | undefined {
  if (!title) return undefined
  return title.endsWith('.') && !title.endsWith('..') ? title.slice(0, -1) : title
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'de', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'und', 'der', 'die', 'das', 'et', 'la', 'le', 'les', 'des', 'du', 'y'])

/**
 * PubMed writes journal titles in lower case after the first letter ("Nature chemical
 * biology"); reference styles print them in title case. Titles that already have capitals
 * after the first word are left alone, and so is a word the journal cased itself: "eLife",
 * "mBio" and "iScience" keep their casing rather than becoming "ELife".
 */
export function journalTitleCase(title: string | undefined): string | undefined {
  if (!title) return undefined
  // NLM adds a place to tell same-named journals apart: "Arthritis & rheumatology (Hoboken, N.J.)".
  const words = title.replace(/\s*\([^()]*[,.:][^()]*\)\s*$/, '').split(' ')
  if (words.slice(1).some((word) => /[A-Z]/.test(word))) return words.join(' ')
  return words
    .map((word, index) => (/\p{Lu}/u.test(word) || (index > 0 && SMALL_WORDS.has(word.toLowerCase())) ? word : word.replace(/^(\W*)(\p{Ll})/u, (_match, lead: string, letter: string) => lead + letter.toUpperCase())))
    .join(' ')
}

/**
 * The article number among an article's piis, for journals that print no pages: "e42692"
 * (eLife, PLOS), "CD001234" (Cochrane), "20200021", "EWLS" (Läkartidningen). Publisher piis
 * ("S2211-1247(22)00645-3", "nu13020345") are no numbers and give undefined.
 */
export function articleNumberFromPiis(piis: readonly string[]): string | undefined {
  return piis.map((pii) => pii.trim()).find((pii) => /^[A-Za-z]{0,2}\d+$/.test(pii) || (/^[A-Z\d]{4,5}$/.test(pii) && /[A-Z]/.test(pii)))
}

/** One MEDLINE `MH` value: "*Depression/immunology/*metabolism" (stars mark major topics). */
export function parseMeshText(value: string): MeshHeading | undefined {
  const [descriptorPart, ...qualifierParts] = value.split('/')
  const descriptor = descriptorPart?.trim().replace(/^\*/, '') ?? ''
  if (!descriptor) return undefined
  return {
    descriptor,
    major: descriptorPart?.trim().startsWith('*') ?? false,
    qualifiers: qualifierParts.map((part) => ({ name: part.trim().replace(/^\*/, ''), major: part.trim().startsWith('*') })).filter((qualifier) => qualifier.name),
  }
}

/** MEDLINE text form of a heading, the inverse of `parseMeshText`. */
export function formatMeshText(heading: MeshHeading): string {
  const star = (major: boolean) => (major ? '*' : '')
  return [`${star(heading.major)}${heading.descriptor}`, ...(heading.qualifiers ?? []).map((qualifier) => `${star(qualifier.major)}${qualifier.name}`)].join('/')
}

/** Picks the print ISSN from "1234-5678 (Print)" / "(Electronic)" / "(Linking)" lines. */
export function pickIssn(values: readonly string[]): string | undefined {
  const parsed = values.map((value) => ({ issn: /\d{4}-\d{3}[\dXx]/.exec(value)?.[0], kind: /\((\w+)\)/.exec(value)?.[1]?.toLowerCase() }))
  const order = ['print', 'linking', 'electronic', undefined]
  for (const kind of order) {
    const found = parsed.find((entry) => entry.issn && entry.kind === kind)
    if (found?.issn) return found.issn
  }
  return parsed.find((entry) => entry.issn)?.issn
}

/** The CSL type of a PubMed record from its publication types and book fields. */
export function pubmedType(publicationTypes: readonly string[], hasBookTitle: boolean, hasArticleTitle: boolean): string {
  if (hasBookTitle) return hasArticleTitle ? 'chapter' : 'book'
  const types = publicationTypes.map((type) => type.toLowerCase())
  if (types.some((type) => type.includes('preprint'))) return 'article'
  if (types.includes('congress') || types.includes('clinical conference')) return 'paper-conference'
  return 'article-journal'
}
