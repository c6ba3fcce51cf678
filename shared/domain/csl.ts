import type { CslItem } from '../formats/item'

/**
 * The canonical bibliographic record is CSL-JSON (what citation-js speaks); its schema and
 * types live with the formats that read and write it.
 */
export type { CslDate, CslItem, CslName } from '../formats/item'

/** The year of an item, if it has a usable one. */
export function issuedYear(item: Pick<CslItem, 'issued'>): number | undefined {
  const year = Number(item.issued?.['date-parts']?.[0]?.[0])
  return Number.isInteger(year) && year > 0 ? year : undefined
}
