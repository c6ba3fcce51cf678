import { failure, type IdentifierParse } from './identifierParse'
import { MAX_LIST_LENGTH, parseIdentifier } from './parseIdentifier'

/**
 * Several identifiers pasted at once, in any mix, one a line or separated by commas or
 * spaces. Each piece answers on its own, in the order pasted, so one bad line does not
 * hide the good ones. `PMID: 123` and `doi: 10.…` stay one piece.
 */
export function parseIdentifierList(text: string): IdentifierParse[] {
  if (text.length > MAX_LIST_LENGTH) {
    return [failure(text.slice(0, 80), `This is ${text.length} characters long, too much to be a list of identifiers; paste at most ${MAX_LIST_LENGTH} characters at a time.`)]
  }
  return splitIdentifierList(text).map(parseIdentifier)
}

/** The pieces of a pasted list; a prefix and its value are joined (`PMID: 123` → `PMID:123`). */
export function splitIdentifierList(text: string): string[] {
  const joined = text.replace(/\b(doi|pmid|pmcid)\s*:?[ \t]+(?=\S)/gi, '$1:')
  return joined.split(/[\s,\u200b\ufeff]+/).filter((piece) => piece !== '')
}

/** Identifiers once each (the first spelling wins), so one paper is looked up once. */
export function uniqueIdentifiers(parses: readonly IdentifierParse[]): IdentifierParse[] {
  const seen = new Set<string>()
  return parses.filter((parse) => {
    if (!parse.ok) return true
    const key = `${parse.identifier.kind}:${parse.identifier.value}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
