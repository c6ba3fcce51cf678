import { cslDateSchema, type CslDate, type CslItem } from '../../domain/csl'
import { isoDateRange } from '../dates'
import type { AddField } from './bibField'

/**
 * The CSL fields only BibLaTeX has a place for (biblatex manual, §2.2), written under the
 * names citation-js and biber read them back from, so a library exported as BibLaTeX and
 * read again keeps them.
 */
export function addBiblatexFields(add: AddField, item: CslItem): void {
  add('bookauthor', 'names', item['container-author'])
  add('issuetitle', 'title', text(item, 'volume-title'))
  add('part', 'text', text(item, 'part-number'))
  add('volumes', 'text', text(item, 'number-of-volumes'))
  add('pagetotal', 'text', item['number-of-pages'])
  add('version', 'text', text(item, 'version'))
  add('eventtitle', 'title', text(item, 'event-title') ?? text(item, 'event'))
  add('eventdate', 'verbatim', isoDateRange(date(item, 'event-date')))
  add('venue', 'text', text(item, 'event-place'))
  add('origtitle', 'title', text(item, 'original-title'))
  add('origdate', 'verbatim', isoDateRange(date(item, 'original-date')))
  add('origpublisher', 'text', text(item, 'original-publisher'))
  add('origlocation', 'text', text(item, 'original-publisher-place'))
}

/** A CSL field AxisRef does not type explicitly, when it holds text. */
export function text(item: CslItem, field: string): string | undefined {
  const value = item[field]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

function date(item: CslItem, field: string): CslDate | undefined {
  const parsed = cslDateSchema.safeParse(item[field])
  return parsed.success ? parsed.data : undefined
}
