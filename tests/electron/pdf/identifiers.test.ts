import { describe, expect, it } from 'vitest'
import { arxivYear, cleanDoi, findArxivIds, findDois, findPmcids, findPmids, isPlaceholderDoi } from '../../../electron/main/services/pdf/identifiers'
import { interpretPdf } from '../../../electron/main/services/pdf/interpret'
import type { PageText, PdfDocumentData, TextItem } from '../../../electron/main/services/pdf/types'

function item(text: string, x: number, y: number, fontSize: number): TextItem {
  return { text, x, y, width: text.length * fontSize * 0.5, fontSize, fontName: 'f1' }
}

function page(pageNumber: number, items: TextItem[]): PageText {
  return { pageNumber, width: 595, height: 842, items, rotated: [] }
}

const body = (from: number, count: number): TextItem[] =>
  Array.from({ length: count }, (_, index) => item('Cytokines and microglia were measured in every animal of the study.', 50, from + index * 12, 10))

/** Page 1 of a paper by Berg et al., with optional extra items. */
function firstPage(extra: TextItem[] = []): PageText {
  return page(1, [
    item('Microglial priming links gut dysbiosis to depressive behaviour', 50, 120, 18),
    item('Anna Berg, Jonas Lind and Maria Holm', 50, 160, 11),
    item('Abstract', 50, 200, 10),
    ...body(220, 40),
    ...extra,
  ])
}

function doc(pages: PageText[], pageCount = pages.length, xmp: Record<string, string> = {}): PdfDocumentData {
  return { fileName: 'paper.pdf', pageCount, info: {}, xmp, pages }
}

describe('identifier patterns', () => {
  it('cleans prefixes and sentence punctuation but keeps parentheses that belong to the DOI', () => {
    expect(findDois('see https://doi.org/10.1155/2016/6086839.')).toEqual(['10.1155/2016/6086839'])
    expect(findDois('(doi:10.1016/0006-8993(91)90011-8)')).toEqual(['10.1016/0006-8993(91)90011-8'])
    expect(findDois('DOI 10.1186 / s13063-014-0526-8;')).toEqual(['10.1186/s13063-014-0526-8'])
    expect(cleanDoi('10/3212.3123')).toBeUndefined()
  })

  it('repairs typographic hyphens and drops publisher URL suffixes', () => {
    expect(findDois('doi:10.1186/s13063\u2010014\u20100526\u20108')).toEqual(['10.1186/s13063-014-0526-8'])
    expect(findDois('http://onlinelibrary.wiley.com/doi/10.1002/da.22901/full')).toEqual(['10.1002/da.22901'])
  })

  it('recognises placeholder DOIs from templates and provisional PDFs', () => {
    expect(isPlaceholderDoi('10.1186/1471-XXXX-X-X')).toBe(true)
    expect(isPlaceholderDoi('10.1234/xxxxx')).toBe(true)
    expect(isPlaceholderDoi('10.1000/182')).toBe(true)
    expect(isPlaceholderDoi('10.1145/1122445.1122456')).toBe(true)
    expect(isPlaceholderDoi('10.1145/nnnnnnn.nnnnnnn')).toBe(true)
    expect(isPlaceholderDoi('10.1186/s13063-014-0524-x')).toBe(false)
  })

  it('finds PMID, PMCID and arXiv identifiers, and the arXiv year', () => {
    expect(findPmids('PMID: 26885434')).toEqual(['26885434'])
    expect(findPmcids('PMCID: PMC4745305')).toEqual(['PMC4745305'])
    expect(findArxivIds('arXiv:1412.6206v1 [hep-lat]')).toEqual(['1412.6206v1'])
    expect(arxivYear('1412.6206v1')).toBe(2014)
  })
})

describe("choosing this paper's DOI", () => {
  it('accepts the DOI in the running head of page 1', () => {
    const result = interpretPdf(doc([firstPage([item('https://doi.org/10.3389/fpsyt.2021.654321', 50, 40, 8)])]))
    expect(result.item.DOI).toBe('10.3389/fpsyt.2021.654321')
    expect(result.fields.DOI?.source).toBe('identifier')
  })

  it('rejects DOIs from the reference list, even in the footer band and at the top of the next page', () => {
    const short = page(1, [
      item('Microglial priming links gut dysbiosis to depressive behaviour', 50, 120, 18),
      item('Anna Berg, Jonas Lind and Maria Holm', 50, 160, 11),
      ...body(220, 25),
      item('References', 50, 560, 11),
      item('1. Smith J, Jones K. Gut and brain. Brain Behav Immun. 2019;76:1-10.', 50, 580, 8),
      item('doi:10.1016/j.bbi.2018.12.003', 62, 592, 8),
      item('2. Lee A. Microglia. J Neuroinflammation. 2020;17:5. doi:10.1186/s12974-020-1705-z', 50, 800, 8),
    ])
    const next = page(2, [item('doi:10.1038/s41380-020-0001-1', 62, 40, 8), ...body(60, 40)])
    const result = interpretPdf(doc([short, next], 5))
    expect(result.item.DOI).toBeUndefined()
    expect(result.item.title).toBe('Microglial priming links gut dysbiosis to depressive behaviour')
  })

  it('takes the DOI of a "Cite this article" box on the last page only when it names this paper', () => {
    const citeBox = (author: string, title: string): PageText =>
      page(9, [
        item('References', 50, 100, 11),
        item('1. Smith J. Gut and brain. Brain Behav Immun. 2019;76:1-10. doi:10.1016/j.bbi.2019.01.001', 50, 120, 7),
        item('doi:10.1186/s12974-021-02100-1', 62, 700, 7.3),
        item(`Cite this article as: ${author} et al.: ${title}`, 62, 709, 7.3),
        item('J Neuroinflammation 2021 18:44.', 62, 718, 7.3),
      ])
    const ours = interpretPdf(doc([firstPage(), citeBox('Berg', 'Microglial priming links gut dysbiosis')], 9))
    expect(ours.item.DOI).toBe('10.1186/s12974-021-02100-1')
    const someoneElses = interpretPdf(doc([firstPage(), citeBox('Novak', 'Astrocytes in ageing')], 9))
    expect(someoneElses.item.DOI).toBeUndefined()
  })

  it('ignores a footer DOI that belongs to the article being corrected or commented on', () => {
    const result = interpretPdf(doc([firstPage([item('DOI of original article: https://doi.org/10.1016/j.jad.2019.01.002', 50, 820, 7)])]))
    expect(result.item.DOI).toBeUndefined()
  })

  it('returns no DOI when two different DOIs are equally well supported', () => {
    const result = interpretPdf(doc([firstPage([item('doi:10.3389/fpsyt.2021.654321', 50, 40, 8), item('doi:10.3389/fnins.2021.111111', 50, 820, 8)])]))
    expect(result.item.DOI).toBeUndefined()
  })

  it('rejects a placeholder DOI in the running head', () => {
    expect(interpretPdf(doc([firstPage([item('doi:10.1186/1471-2458-XX-XX', 50, 40, 8)])])).item.DOI).toBeUndefined()
  })

  it('trusts metadata more when the page prints the same DOI', () => {
    const result = interpretPdf(doc([firstPage([item('doi:10.1155/2016/6086839', 50, 40, 8)])], 1, { 'dc:identifier': 'doi:10.1155/2016/6086839' }))
    expect(result.item.DOI).toBe('10.1155/2016/6086839')
    expect(result.fields.DOI?.confidence).toBeGreaterThan(0.9)
  })
})
