import type { ImportFormat } from './item'

const ZOTERO_ITEM_TYPE = /(?<!\\)"itemType"\s*:\s*"/

/**
 * Recognises a bibliography format from the text itself, never the file name: users
 * download `.txt` files that are MEDLINE, `.xml` that are EndNote, `.bib` that are RIS.
 * Returns undefined when the text is none of the formats AxisRef reads.
 */
export function detectFormat(input: string): ImportFormat | undefined {
  const text = input.replace(/^\uFEFF/, '')
  const head = text.slice(0, 20_000)
  const start = head.trimStart()
  if (start.startsWith('<')) {
    if (/<(PubmedArticleSet|PubmedArticle|PubmedBookArticle)[\s>]/.test(head)) return 'pubmed-xml'
    if (/<record[\s>]/.test(head) && /<(ref-type|titles|contributors)[\s>]/.test(head)) return 'endnote-xml'
    return undefined
  }
  // Zotero's JSON (its API, Better BibTeX JSON) names each item's `itemType`; CSL-JSON never does.
  // Better BibTeX sorts keys, so `itemType` can follow a long abstract and hundreds of creators.
  if (start.startsWith('[') || start.startsWith('{')) return ZOTERO_ITEM_TYPE.test(text.slice(0, 1_000_000)) ? 'zotero-json' : 'csl-json'
  if (/^\s*TY {1,2}- ?/m.test(head)) return 'ris'
  // MEDLINE shares AU, TI and AB with RIS, but these tags are its own.
  if (/^(PMID|FAU |JT {2}|TA {2}|DP {2}|PT {2}|MH {2}|PMC {2}|LID |AID |VI {2}|IP {2}|PG {2}|OWN |STAT|SO {2}|FED |BTI |CTI )- ?/m.test(head)) return 'medline'
  if (/@[ \t]*[A-Za-z]+[ \t]*[{(]/.test(head)) return 'bibtex'
  if (/^%0 /m.test(head) || (head.match(/^%[ATDJAEKPV] \S/gm)?.length ?? 0) >= 2) return 'endnote-tagged'
  // RIS without any TY line is still RIS: the reader then reports its fields as orphans.
  if ((head.match(/^[A-Z][A-Z0-9] {2}- /gm)?.length ?? 0) >= 2) return 'ris'
  return undefined
}
