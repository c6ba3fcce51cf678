import { doiParse, failure, pmcidParse, pmidParse, type IdentifierParse } from './identifierParse'
import { parseIdentifierLink } from './identifierLinks'

/** Longer than any real identifier or link to one: such text is not worth scanning. */
export const MAX_IDENTIFIER_LENGTH = 500
/** A list longer than this is not a pasted list of identifiers (a whole document, say). */
export const MAX_LIST_LENGTH = 200_000
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/**
 * One identifier, in any of the forms people copy: `10.…`, `doi:10.…`, a doi.org link, a
 * publisher link with the DOI in it, `PMID: 123`, a PubMed link, `PMC123`, a PMC link.
 * Punctuation a copied sentence leaves around it (`.`, `,`, `;`, an unbalanced bracket) is
 * dropped. Fails with a sentence that says what is wrong.
 */
export function parseIdentifier(text: string): IdentifierParse {
  const input = text.trim()
  if (input === '') return failure(input, 'Nothing was typed: paste a DOI, a PMID or a PMCID.')
  if (input.length > MAX_IDENTIFIER_LENGTH) return failure(input.slice(0, 80), `This is ${input.length} characters long, too long for a DOI, PMID or PMCID: paste the identifier alone.`)
  if (CONTROL.test(input)) return failure(input, 'This contains invisible control characters; type the identifier again or copy it from another place.')
  const bare = stripSentencePunctuation(input)
  if (/^(?:https?:\/\/|www\.|dx\.doi\.org\/|doi\.org\/|pubmed\.ncbi|pmc\.ncbi)/i.test(bare)) return parseIdentifierLink(input, bare)
  return parseBareIdentifier(input, bare)
}

/** An identifier that is not a link: a prefix says what it is, or its shape does. */
export function parseBareIdentifier(input: string, bare: string): IdentifierParse {
  const prefixed = /^(doi|pmid|pmcid)(?:\s*:\s*|\s+|$)(.*)$/i.exec(bare)
  const prefix = prefixed?.[1]?.toLowerCase()
  const rest = prefixed?.[2] ?? bare
  // the kind is read before punctuation went: "10." is a DOI cut short, not PMID 10
  const looksLikeDoi = /^[("'“‘<[]*10\./.test(input)
  if (prefix === 'doi' || (prefix === undefined && looksLikeDoi)) return doiParse(input, rest)
  if (prefix === 'pmcid' || /^pmc\d/i.test(bare)) return pmcidParse(input, rest)
  if (prefix === 'pmid' || /^\d+$/.test(bare)) return pmidParse(input, rest)
  return failure(input, 'This is not a DOI (10.xxxx/…), a PMID (digits) or a PMCID (PMC followed by digits).')
}

const PAIRS: readonly (readonly [string, string])[] = [['(', ')'], ['[', ']'], ['<', '>']]

/**
 * Drops what a copied sentence leaves at the ends: a full stop, comma or semicolon after,
 * quotes around, and a bracket only when it has no partner inside (a SICI DOI keeps its own
 * balanced `(…)` and `<…>`).
 */
export function stripSentencePunctuation(text: string): string {
  let current = text
  for (;;) {
    const next = stripOnce(current)
    if (next === current) return current
    current = next
  }
}

function stripOnce(text: string): string {
  if (/^["'“‘]/.test(text)) return text.slice(1)
  if (/[.,;:"'”’]$/.test(text)) return text.slice(0, -1)
  for (const [open, close] of PAIRS) {
    if (text.startsWith(open) && text.endsWith(close) && balanced(text.slice(1, -1), open, close)) return text.slice(1, -1)
    const opens = count(text, open)
    const closes = count(text, close)
    if (text.endsWith(close) && closes > opens) return text.slice(0, -1)
    if (text.startsWith(open) && opens > closes) return text.slice(1)
  }
  return text
}

function count(text: string, character: string): number {
  return text.split(character).length - 1
}

function balanced(text: string, open: string, close: string): boolean {
  return count(text, open) === count(text, close)
}
