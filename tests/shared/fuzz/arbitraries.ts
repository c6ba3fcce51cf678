import fc from 'fast-check'
import { READERS as FORMAT_READERS } from '../../../shared/formats/import'
import type { ImportResult } from '../../../shared/formats/item'

/**
 * Hostile text for the importers: not only random strings (which readers reject on the
 * first character) but text shaped like each format and then broken, so the fuzzing
 * reaches deep into each reader. Seeds are fixed so a failure reproduces.
 */

export const SEED = 20_250_301

/** The readers themselves, without importBibliography's safety net: a throw here is a bug. */
export const READERS: Record<string, (text: string) => ImportResult> = FORMAT_READERS

const newline = fc.constantFrom('\n', '\r\n', '\r')
const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('\u0000', '\uFEFF', '\uFFFD', '\uD800', '𝔘𝔫𝔦', 'ﬁ', '\u202E'))

const insertion = fc.oneof(junk, newline, fc.constantFrom('{', '}', '"', '<', '>', '</', '&', '-', ' - ', '%', '@', ',', '[', ']', '\\'))

/** Well-formed text, then a few deletions and insertions at random places, as damage does. */
function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.option(insertion, { nil: undefined }))
  return fc.tuple(base, fc.array(edit, { maxLength: 4 })).map(([text, edits]) =>
    edits.reduce((current, [at, remove, insert]) => {
      const position = at % (current.length + 1)
      return current.slice(0, position) + (insert ?? '') + current.slice(position + (insert === undefined ? remove : 0))
    }, text),
  )
}

const BIBTEX_TOKENS = ['@article{', '@ARTICLE(', '@string{', '@preamble{', '@comment{', '@misc{key,', '@book{k, crossref = {p}}', '}', '{', ')', '(', '"', ',', '=', '#', '\\', '%', 'title = ', 'author = {', ' and ', 'others', '{\\"u}', "\\'{e}", '$\\alpha$', '$', '\\url{', 'month = jan', '~', '--', 'date = {2020-13-45}', 'year = {twenty}', 'doi = {10.1/x}', 'pages = {1--}', 'keywords = {a;b,c}']
const bibtexSoup = fc.array(fc.oneof(fc.constantFrom(...BIBTEX_TOKENS), newline, junk), { maxLength: 120 }).map((parts) => parts.join(''))
const bibtexField = fc
  .tuple(fc.constantFrom('title', 'author', 'year', 'date', 'journal', 'doi', 'pages', 'volume', 'keywords', 'crossref', 'month', 'pmid', 'note', 'x'), fc.oneof(fc.constantFrom(...BIBTEX_TOKENS), junk), fc.constantFrom('{}', '""', ''))
  .map(([name, value, quotes]) => `  ${name} = ${quotes[0] ?? ''}${value}${quotes[1] ?? ''}`)
const bibtexEntries = fc
  .array(fc.tuple(fc.constantFrom('article', 'book', 'inproceedings', 'misc', 'string', 'comment', 'online', 'x'), fc.string({ maxLength: 8 }), fc.array(bibtexField, { maxLength: 8 })), { maxLength: 5 })
  .map((entries) => entries.map(([type, key, fields]) => `@${type}{${key},\n${fields.join(',\n')}\n}`).join('\n\n'))
export const bibtexLike = fc.oneof(bibtexSoup, mutated(bibtexEntries))

function taggedLines(tags: readonly string[], separators: readonly string[], values: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const line = fc.tuple(fc.constantFrom(...tags), fc.constantFrom(...separators), values).map(([tag, separator, value]) => `${tag}${separator}${value}`)
  return fc.array(fc.tuple(fc.oneof(line, junk, fc.constant('      continued')), newline), { maxLength: 60 }).map((lines) => lines.map(([text, end]) => text + end).join(''))
}

const values = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('JOUR', '2020///', '2020/13/45/', '10.1/x', 'Smith, J.', 'Müller KH', '', '*Depression/immunology', '123-45', 'e1234', '[doi]', '10.1/x [doi]', '2008 Jan-Feb'))
const risRecords = fc
  .array(fc.array(fc.tuple(fc.constantFrom('AU', 'TI', 'PY', 'DA', 'DO', 'SP', 'EP', 'JO', 'KW', 'ID', 'VL', 'N1'), values), { maxLength: 8 }), { maxLength: 4 })
  .map((records) => records.map((fields) => `TY  - JOUR\n${fields.map(([tag, value]) => `${tag}  - ${value}\n`).join('')}ER  - \n`).join('\n'))
export const risLike = fc.oneof(mutated(risRecords), taggedLines(['TY', 'ER', 'AU', 'A1', 'TI', 'T1', 'PY', 'Y1', 'DA', 'DO', 'SP', 'EP', 'JO', 'JF', 'T2', 'KW', 'ID', 'AB', 'N1', 'VL', 'IS', 'UR', 'XX', 'ty'], ['  - ', ' - ', '  -', '-', '  -  '], values))
export const medlineLike = taggedLines(['PMID', 'TI  ', 'AB  ', 'FAU ', 'AU  ', 'DP  ', 'JT  ', 'TA  ', 'VI  ', 'IP  ', 'PG  ', 'LID ', 'AID ', 'MH  ', 'PT  ', 'OT  ', 'SO  ', 'PMC ', 'OWN ', 'STAT', 'BTI ', 'ED  '], ['- ', '-', ' - '], values)
export const endnoteTaggedLike = taggedLines(['%0', '%A', '%T', '%D', '%J', '%V', '%P', '%R', '%K', '%X', '%@', '%Z'], [' ', '', '  '], values)

const XML_TAGS = ['PubmedArticleSet', 'PubmedArticle', 'PubmedBookArticle', 'MedlineCitation', 'PMID', 'Article', 'ArticleTitle', 'AuthorList', 'Author', 'LastName', 'ForeName', 'CollectiveName', 'Journal', 'JournalIssue', 'PubDate', 'Year', 'MedlineDate', 'ELocationID', 'ArticleIdList', 'ArticleId', 'MeshHeading', 'DescriptorName', 'records', 'record', 'titles', 'title', 'contributors', 'authors', 'author', 'ref-type', 'style', 'x']
const xmlText = fc.oneof(junk, fc.constantFrom('&amp;', '&lt;', '&#x41;', '&#99999999;', '&bogus;', '<![CDATA[ <b> ]]>', '<!-- c -->', '<?pi?>', '<', '>', '"', "'"))
const { node: xmlNode } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    xmlText,
    fc
      .tuple(fc.constantFrom(...XML_TAGS), fc.array(tie('node'), { maxLength: 4 }), fc.constantFrom('', ' IdType="doi"', ' EIdType="doi" ValidYN="Y"', ' a=', ' UI="D1" MajorTopicYN="Y"'), fc.boolean())
      .map(([tag, children, attributes, closed]) => `<${tag}${attributes}>${children.join('')}${closed ? `</${tag}>` : ''}`),
  ),
}))
const xmlSoup = fc
  .tuple(fc.constantFrom('', '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY a "&a;">]>'), fc.constantFrom('PubmedArticleSet', 'xml'), fc.array(xmlNode, { maxLength: 6 }))
  .map(([prolog, root, children]) => `${prolog}<${root}>${children.join('\n')}</${root}>`)
const xmlValue = fc.oneof(xmlText, fc.constantFrom('2020', 'Smith', '10.1/x', 'Title with <i>italics</i>', '2008 Jan-Feb'))
const pubmedArticle = fc
  .tuple(xmlValue, xmlValue, xmlValue, xmlValue, xmlValue, xmlValue)
  .map(
    ([pmid, year, title, last, fore, doi]) =>
      `<PubmedArticle><MedlineCitation><PMID Version="1">${pmid}</PMID><Article><Journal><JournalIssue><Volume>1</Volume><PubDate><Year>${year}</Year></PubDate></JournalIssue><Title>J</Title></Journal><ArticleTitle>${title}</ArticleTitle><AuthorList><Author><LastName>${last}</LastName><ForeName>${fore}</ForeName></Author></AuthorList><ELocationID EIdType="doi">${doi}</ELocationID></Article></MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">${pmid}</ArticleId></ArticleIdList></PubmedData></PubmedArticle>`,
  )
const pubmedSet = fc.array(pubmedArticle, { minLength: 1, maxLength: 3 }).map((articles) => `<?xml version="1.0"?>\n<PubmedArticleSet>\n${articles.join('\n')}\n</PubmedArticleSet>`)
export const xmlLike = fc.oneof(xmlSoup, mutated(pubmedSet))

const cslValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom({ 'date-parts': [['2020', 'x']] }, { 'date-parts': [] }, [{ family: 1 }], [{}], 'article-journal', 12, null))
const cslItem = fc.dictionary(fc.constantFrom('id', 'type', 'title', 'author', 'editor', 'issued', 'DOI', 'PMID', 'volume', 'page', 'custom', 'keyword', 'language', 'note', '__proto__', 'constructor'), cslValue)
export const cslJsonLike = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.array(cslItem, { maxLength: 6 }).map((items) => JSON.stringify(items, null, 1)),
  fc.tuple(fc.array(cslItem, { maxLength: 6 }).map((items) => JSON.stringify({ items }, null, 1)), fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
)

/** Anything at all, then each format's look-alikes: every reader gets every kind. */
export const hostileText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), bibtexLike, risLike, medlineLike, endnoteTaggedLike, xmlLike, cslJsonLike)

/** Lines as the readers count them. */
export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length
}
