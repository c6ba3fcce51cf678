import { dateParts, isoDate } from '../dates'
import type { CslName, ExportRecord } from '../item'
import { formatInverted } from '../names'
import { BOOKISH_TYPES } from '../ris/types'
import { collapseWhitespace, stripMarkup } from '../text'
import { endnoteTypeFromCsl } from './types'

/**
 * Writes EndNote XML as EndNote itself exports it (and imports it back): one `<record>` per
 * item, the journal both as `secondary-title` and `periodical/full-title`, the PMID as
 * `accession-num` from the NLM database, the PMCID in `custom2`, the key as `label`.
 */
export function exportEndnoteXml(records: readonly ExportRecord[]): string {
  const body = records.map(formatRecord).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xml>\n<records>\n${body}\n</records>\n</xml>\n`
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function tag(name: string, value: string | undefined, attributes = ''): string {
  const clean = value === undefined ? '' : collapseWhitespace(stripMarkup(value))
  return clean ? `<${name}${attributes}>${escapeXml(clean)}</${name}>` : ''
}

function group(name: string, inner: string): string {
  return inner ? `<${name}>${inner}</${name}>` : ''
}

function authors(list: CslName[] | undefined): string {
  return (list ?? []).map((name) => tag('author', formatInverted(name))).join('')
}

function formatRecord({ item, citationKey, extension }: ExportRecord): string {
  const [typeName, typeNumber] = endnoteTypeFromCsl(item.type)
  const container = item['container-title']
  const { year } = dateParts(item.issued)
  const parts = [
    `<ref-type name="${escapeXml(typeName)}">${typeNumber}</ref-type>`,
    group(
      'contributors',
      group('authors', authors(item.author)) + group('secondary-authors', authors(item.editor)) + group('subsidiary-authors', authors(item.translator)),
    ),
    group(
      'titles',
      tag('title', item.title) + tag('secondary-title', item.type === 'book' ? item['collection-title'] : container) + tag('tertiary-title', item.type === 'book' ? undefined : item['collection-title']) + tag('alt-title', item['container-title-short']) + tag('short-title', item['title-short']),
    ),
    group('periodical', item.type === 'article-journal' ? tag('full-title', container) + tag('abbr-1', item['container-title-short']) : ''),
    tag('pages', item.page),
    tag('volume', item.volume),
    tag('number', item.issue),
    tag('edition', item.edition),
    group('keywords', (extension?.keywords ?? []).map((keyword) => tag('keyword', keyword)).join('')),
    group('dates', tag('year', year === undefined ? undefined : String(year)) + group('pub-dates', tag('date', isoDate(item.issued)))),
    tag('pub-location', item['publisher-place']),
    tag('publisher', item.publisher),
    tag('isbn', BOOKISH_TYPES.has(item.type) ? (item.ISBN ?? item.ISSN) : (item.ISSN ?? item.ISBN)),
    tag('accession-num', item.PMID),
    tag('label', citationKey),
    tag('work-type', item.genre),
    tag('abstract', item.abstract),
    tag('notes', item.note),
    tag('custom2', item.PMCID),
    tag('electronic-resource-num', item.DOI),
    item.PMID ? tag('remote-database-provider', 'NLM') : '',
    tag('language', item.language),
    group('urls', group('related-urls', tag('url', item.URL))),
  ]
  return `<record>${parts.join('')}</record>`
}
