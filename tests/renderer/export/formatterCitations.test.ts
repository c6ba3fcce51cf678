import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getFormatter } from '../../../renderer/src/features/export/formatter'
import { installFakeWorkers } from '../fakeWorkers'

// The formatter worker runs the citation engine: a document's citations together (numbered
// across them) and the locale the user picked, for citations and reference lists alike.

const cleanups: (() => void)[] = []
beforeEach(() => cleanups.push(installFakeWorkers()))
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

const record = (key: string, family: string, year: number) => ({
  citationKey: key,
  item: { id: key, type: 'article-journal' as const, title: `${family}'s paper`, author: [{ family, given: 'A.' }], issued: { 'date-parts': [[year, 5, 1]] } },
})
const RECORDS = [record('maes2008', 'Maes', 2008), record('kelly2016', 'Kelly', 2016)]

describe('the formatter worker', () => {
  it('formats a document’s citations together, with locators and the chosen locale', async () => {
    const formatter = getFormatter()
    const citations = [[{ id: 'kelly2016' }], [{ id: 'maes2008', locator: '12', label: 'page' as const }], [{ id: 'kelly2016' }]]
    expect(await formatter.formatCitations({ records: RECORDS, style: 'ieee', format: 'text', citations })).toEqual({ ok: true, citations: ['[1]', '[2, p. 12]', '[1]'] })
    const german = await formatter.formatCitations({ records: RECORDS, style: 'apa', format: 'html', locale: 'de-DE', citations: [[{ id: 'maes2008', locator: '3', label: 'page' as const }]] })
    expect(german).toEqual({ ok: true, citations: [expect.stringMatching(/^\(Maes, 2008, S\.\s3\)$/)] })
    expect(await formatter.formatCitations({ records: RECORDS, style: 'apa', format: 'text', citations: [[{ id: 'nobody' }]] })).toEqual({
      ok: false,
      message: 'Citation 1 cites "nobody", which is not among the items given. Check the id (the citation key).',
    })
  })

  it('formats references in the chosen locale, else the style’s own', async () => {
    const formatter = getFormatter()
    const french = await formatter.formatReferences([RECORDS[0]!], 'mla', 'text', 'fr-FR')
    expect(french).toEqual({ ok: true, text: expect.stringContaining('mai 2008') })
    const english = await formatter.formatReferences([RECORDS[0]!], 'mla', 'text')
    expect(english).toEqual({ ok: true, text: expect.stringContaining('May 2008') })
  })
})
