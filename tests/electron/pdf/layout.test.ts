import { describe, expect, it } from 'vitest'
import { findLayoutAuthors } from '../../../electron/main/services/pdf/authors'
import { buildLines } from '../../../electron/main/services/pdf/lines'
import { parseName } from '../../../electron/main/services/pdf/names'
import { toPageText } from '../../../electron/main/services/pdf/pageText'
import { findLayoutTitle } from '../../../electron/main/services/pdf/title'
import type { PageText, TextItem } from '../../../electron/main/services/pdf/types'

/** A text item as pdfjs would report it; width estimated from the font size. */
function item(text: string, x: number, y: number, fontSize: number): TextItem {
  return { text, x, y, width: text.length * fontSize * 0.5, fontSize, fontName: 'f1' }
}

function page(items: TextItem[]): PageText {
  return { pageNumber: 1, width: 595, height: 842, items, rotated: [] }
}

const body = Array.from({ length: 15 }, (_, index) => item('Body text of the article set in the ordinary size for reading.', 50, 400 + index * 12, 10))

describe('page text', () => {
  it('keeps rotated margin stamps out of the layout but available for identifiers', () => {
    const viewport = { width: 612, height: 792, transform: [1, 0, 0, -1, 0, 792] }
    const result = toPageText(1, viewport, [
      { str: 'arXiv:1412.6206v1 [hep-lat] 19 Dec 2014', transform: [0, 20, -20, 0, 32, 247], width: 347, fontName: 'f1' },
      { str: 'A title', transform: [17, 0, 0, 17, 83, 614], width: 60, fontName: 'f2' },
    ])
    expect(result.rotated).toEqual(['arXiv:1412.6206v1 [hep-lat] 19 Dec 2014'])
    expect(result.items).toEqual([{ text: 'A title', x: 83, y: 178, width: 60, fontSize: 17, fontName: 'f2' }])
  })
})

describe('lines', () => {
  it('splits an author grid into one line per name and joins words of one run', () => {
    const lines = buildLines(page([item('Chris Tucker', 85, 150, 12), item('David Shuffelton', 205, 150, 12), item('Ranjit', 340, 150, 12), item('Jhala', 379, 150, 12)]))
    expect(lines.map((line) => line.text)).toEqual(['Chris Tucker', 'David Shuffelton', 'Ranjit Jhala'])
  })
})

describe('title from the page layout', () => {
  it('takes the largest block, not the same-size article-type label above it nor a one-word logo', () => {
    const lines = buildLines(
      page([
        item('TRIALS', 463, 60, 19.6),
        item('Case Report', 51, 150, 17.9),
        item('Concomitant Use of Topiramate Inducing Neutropenia in a', 51, 174, 17.9),
        item('Schizophrenic Male Stabilized on Clozapine', 51, 194, 17.9),
        item('Pravesh Sharma, Jeffrey Davis, and Manish Aligeti', 87, 240, 12),
        ...body,
      ]),
    )
    expect(findLayoutTitle(lines, 842)?.text).toBe('Concomitant Use of Topiramate Inducing Neutropenia in a Schizophrenic Male Stabilized on Clozapine')
  })

  it('does not take the journal name of a publisher banner for the title', () => {
    const lines = buildLines(
      page([
        item('Contents lists available at ScienceDirect', 200, 60, 8),
        item('Brain, Behavior, and Immunity', 180, 80, 19),
        item('journal homepage: www.elsevier.com/locate/ybrbi', 180, 96, 8),
        item('Gut microbiota and depressive symptoms', 50, 160, 16),
        ...body,
      ]),
    )
    expect(findLayoutTitle(lines, 842, [])?.text).toBe('Gut microbiota and depressive symptoms')
  })

  it('marks a template placeholder title as unreliable', () => {
    const lines = buildLines(page([item('Your Paper', 257, 137, 17.2), ...body]))
    expect(findLayoutTitle(lines, 842)?.confidence).toBeLessThan(0.5)
  })
})

describe('authors under the title', () => {
  it('reads names without superscripts, "and" and small-caps surnames, and stops at the abstract', () => {
    const items = [
      item('Fragment-based design of selective inhibitors', 72, 120, 20.9),
      item('Ross G. DOUGLAS', 72, 160, 9.5),
      item('*', 150, 156, 6.6),
      item(', Rajni K. SHARMA and Edward D. STURROCK', 155, 160, 9.5),
      item('Institute of Infectious Disease, University of Cape Town', 72, 175, 7),
      item('Abstract', 72, 230, 10),
      ...body,
    ]
    const lines = buildLines(page(items))
    const title = findLayoutTitle(lines, 842)
    const authors = title && findLayoutAuthors(lines, title.lines, 842)
    expect(authors?.names).toEqual([
      { family: 'Douglas', given: 'Ross G.' },
      { family: 'Sharma', given: 'Rajni K.' },
      { family: 'Sturrock', given: 'Edward D.' },
    ])
  })

  it('collects every row of an author grid but not the repeated affiliation cells', () => {
    const items = [
      item('OPIUM: Optimal Package Install/Uninstall Manager', 135, 116, 14.3),
      item('Chris Tucker', 85, 153, 12),
      item('David Shuffelton', 205, 153, 12),
      item('UC San Diego', 81, 166, 12),
      item('UC San Diego', 211, 166, 12),
      item('cjtucker@cs.ucsd.edu', 63, 180, 12),
      ...body,
    ]
    const lines = buildLines(page(items))
    const title = findLayoutTitle(lines, 842)
    expect(title && findLayoutAuthors(lines, title.lines, 842)?.names.map((name) => name.family)).toEqual(['Tucker', 'Shuffelton'])
  })
})

describe('names', () => {
  it('parses given and family names in either order, with particles and suffixes', () => {
    expect(parseName('Sharma, Pravesh')).toEqual({ family: 'Sharma', given: 'Pravesh' })
    expect(parseName('Carl van Walraven')).toEqual({ family: 'van Walraven', given: 'Carl' })
    expect(parseName('Luiz Francisley de Paiva')).toEqual({ family: 'de Paiva', given: 'Luiz Francisley' })
    expect(parseName('S. M. Yasir Arafat')).toEqual({ family: 'Arafat', given: 'S. M. Yasir' })
    expect(parseName('John Smith Jr.')).toEqual({ family: 'Smith', given: 'John', suffix: 'Jr.' })
  })
})
