import { describe, expect, it } from 'vitest'
import { titleFromFileName } from '../../../electron/main/services/pdf/choose'
import { interpretPdf } from '../../../electron/main/services/pdf/interpret'
import { isJunkAuthor, isJunkTitle } from '../../../electron/main/services/pdf/junk'
import type { PdfDocumentData, TextItem } from '../../../electron/main/services/pdf/types'

function item(text: string, x: number, y: number, fontSize: number): TextItem {
  return { text, x, y, width: text.length * fontSize * 0.5, fontSize, fontName: 'f1' }
}

const body = Array.from({ length: 30 }, (_, index) => item('Peripheral inflammation and mood were assessed in all participants.', 50, 300 + index * 12, 10))

function doc(items: TextItem[], info: Record<string, string> = {}, xmp: Record<string, string | string[]> = {}): PdfDocumentData {
  return { fileName: 'Smith_2019_cytokines.pdf', pageCount: 1, info, xmp, pages: [{ pageNumber: 1, width: 595, height: 842, items, rotated: [] }] }
}

const printedPaper = [
  item('Interleukin-6 and anhedonia in major depression', 50, 120, 18),
  item('Pravesh Sharma and Jeffrey Davis', 50, 160, 11),
  item('Abstract', 50, 200, 10),
  ...body,
]

describe('junk embedded metadata', () => {
  it('recognises what typesetting tools leave in the title field', () => {
    for (const junk of ['6086839.dvi', 'Microsoft Word - draft.docx', 'ipg1300180a', '6489122611071476 1..10', 'doi:', 'fit_hyp_M_3.00.eps', 'untitled']) {
      expect(isJunkTitle(junk), junk).toBe(true)
    }
    expect(isJunkTitle('Vector Clocks')).toBe(false)
    expect(isJunkTitle("Stefan's palace")).toBe(false)
  })

  it('recognises publishers, programs and logins in the author field', () => {
    for (const junk of ['Cambridge Journals', 'ygw', 'Administrator', 'Elsevier']) expect(isJunkAuthor(junk), junk).toBe(true)
    expect(isJunkAuthor('Jonathan A Cook')).toBe(false)
  })

  it('ignores a junk info title and says so, using the printed title instead', () => {
    const result = interpretPdf(doc(printedPaper, { Title: 'Microsoft Word - draft.docx', Author: 'Administrator' }))
    expect(result.item.title).toBe('Interleukin-6 and anhedonia in major depression')
    expect(result.fields.title?.source).toBe('layout')
    expect(result.item.author?.map((name) => name.family)).toEqual(['Sharma', 'Davis'])
    expect(result.flags.ignoredMetadata).toEqual(['info:Title', 'info:Author'])
  })

  it('prefers the printed title over a short metadata title that is not printed', () => {
    const result = interpretPdf(doc(printedPaper, { Title: 'Cytokines' }))
    expect(result.item.title).toBe('Interleukin-6 and anhedonia in major depression')
  })

  it('uses metadata confirmed by the page, as the cleaner text', () => {
    const result = interpretPdf(doc(printedPaper, {}, { 'dc:title': 'Interleukin-6 and Anhedonia in Major Depression', 'dc:creator': ['Sharma, Pravesh', 'Davis, Jeffrey'] }))
    expect(result.item.title).toBe('Interleukin-6 and Anhedonia in Major Depression')
    expect(result.fields.title).toEqual({ source: 'xmp', confidence: 0.95 })
    expect(result.item.author).toEqual([
      { family: 'Sharma', given: 'Pravesh' },
      { family: 'Davis', given: 'Jeffrey' },
    ])
  })

  it('falls back to XMP when the page holds only template text', () => {
    const template = [item('Your Paper', 257, 137, 17.2), item('You', 288, 166, 12), ...body]
    const result = interpretPdf(doc(template, {}, { 'dc:title': "Stefan's palace", 'dc:creator': ['Olly', 'Johannes'], 'dc:date': '2018-03-01' }))
    expect(result.item.title).toBe("Stefan's palace")
    expect(result.fields.title?.source).toBe('xmp')
    expect(result.fields.title?.confidence).toBeLessThan(0.9)
    expect(result.item.issued).toEqual({ 'date-parts': [[2018]] })
  })
})

describe('year, journal, volume and pages from the printed citation line', () => {
  it('reads running heads of several publishers', () => {
    const cases: [string, number, string, string][] = [
      ['Cook et al. Trials (2015) 16:12', 2015, 'Trials', '16'],
      ['Clinical Science (2014) 126, 305–313 (Printed in Great Britain)', 2014, 'Clinical Science', '126'],
      ['Brain, Behavior, and Immunity 76 (2019) 1–10', 2019, 'Brain, Behavior, and Immunity', '76'],
      ['Postgrad Med J 2010;86:272e278.', 2010, 'Postgrad Med J', '86'],
    ]
    for (const [line, year, journal, volume] of cases) {
      const result = interpretPdf(doc([item(line, 50, 40, 8), ...printedPaper]))
      expect(result.item.issued, line).toEqual({ 'date-parts': [[year]] })
      expect(result.item['container-title'], line).toBe(journal)
      expect(result.item.volume, line).toBe(volume)
    }
  })

  it('leaves the year empty when the page prints none', () => {
    expect(interpretPdf(doc(printedPaper)).item.issued).toBeUndefined()
  })
})

describe('scanned PDFs', () => {
  it('flags a page without text and titles the item from the file name', () => {
    const result = interpretPdf(doc([]))
    expect(result.flags.noTextLayer).toBe(true)
    expect(result.item.title).toBe('Smith 2019 cytokines')
    expect(result.fields.title).toEqual({ source: 'filename', confidence: 0.1 })
    expect(titleFromFileName('Inflammation and depression (review).pdf')).toBe('Inflammation and depression (review)')
  })
})
