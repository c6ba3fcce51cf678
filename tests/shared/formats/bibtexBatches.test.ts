import { describe, expect, it } from 'vitest'
import { importBibliography, type CslItem } from '../../../shared/formats'

// The BibTeX reader parses and converts a file a batch of entries at a time and keeps only
// the entries others inherit from: a parent, its own parent and an xdata entry must still
// reach children many batches away, before or after them.
const filler = (from: number, count: number): string =>
  Array.from({ length: count }, (_, index) => `@misc{filler${from + index}, title = {Filler ${from + index}}, year = {2001}}`).join('\n')

const FILE = [
  '@inbook{before, author = {Doe, Jane}, title = {A Chapter Before}, pages = {1--9}, crossref = {book}}',
  '@book{uses, author = {Grey, Eve}, title = {Uses Xdata}, year = {2005}, xdata = {pubinfo}}',
  filler(0, 300),
  '@book{book, editor = {Smith, John}, title = {The Book}, year = {1999}, crossref = {works}}',
  filler(300, 300),
  '@inbook{after, author = {Roe, Rick}, title = {A Chapter After}, crossref = {book}}',
  '@mvbook{works, author = {Kant, Immanuel}, title = {Collected Works}, publisher = {de Gruyter}, location = {Berlin}}',
  filler(600, 300),
  '@xdata{pubinfo, publisher = {MIT Press}, location = {Cambridge, MA}}',
].join('\n')

describe('BibTeX files read batch by batch', () => {
  it('a child inherits from a parent, a grandparent and an xdata entry hundreds of entries away, before or after it', () => {
    const result = importBibliography(FILE)
    expect(result.errors).toEqual([])
    expect(result.entries).toHaveLength(906)
    const items = new Map<string, CslItem>(result.entries.map((entry) => [entry.citationKey ?? '', entry.item]))
    for (const key of ['before', 'after']) {
      const item = items.get(key)
      // year and editor from the parent; publisher, place and the book's author from the grandparent
      expect(item, key).toMatchObject({ issued: { 'date-parts': [[1999]] }, publisher: 'de Gruyter', 'publisher-place': 'Berlin' })
      expect(item?.editor?.[0]?.family, key).toBe('Smith')
      expect(item?.['container-author']?.[0]?.family, key).toBe('Kant')
    }
    expect(items.get('uses')).toMatchObject({ publisher: 'MIT Press', 'publisher-place': 'Cambridge, MA' })
    expect(result.entries.find((entry) => entry.citationKey === 'before')?.extension).toMatchObject({ crossref: 'book' })
    expect(result.entries.map((entry) => entry.line)).toEqual([...result.entries.map((entry) => entry.line)].sort((a, b) => a - b))
  })
})
