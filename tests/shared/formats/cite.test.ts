import { describe, expect, it } from 'vitest'
import { formatBibliography, formatCitation, formatCitations, formatCslBibliography, formatCslCitations, LOCALES, validateCslStyle, type ExportRecord } from '../../../shared/formats'

const maes: ExportRecord = {
  citationKey: 'maes2008gut',
  item: {
    id: 'a',
    type: 'article-journal',
    title: 'The gut-brain barrier in major depression',
    author: [
      { family: 'Maes', given: 'Michael' },
      { family: 'Kubera', given: 'Marta' },
      { family: 'Leunis', given: 'Jean-Claude' },
    ],
    'container-title': 'Neuro Endocrinology Letters',
    issued: { 'date-parts': [[2008, 3, 2]] },
    volume: '29',
    page: '117-124',
  },
}
const dantzer: ExportRecord = {
  citationKey: 'dantzer2008inflammation',
  item: { id: 'b', type: 'article-journal', title: 'From inflammation to sickness and depression', author: [{ family: 'Dantzer', given: 'Robert' }], 'container-title': 'Nature Reviews Neuroscience', issued: { 'date-parts': [[2008]] } },
}
// same first author and year as each other: told apart by a year suffix
const kelly = (key: string, title: string): ExportRecord => ({
  citationKey: key,
  item: { id: key, type: 'article-journal', title, author: [{ family: 'Kelly', given: 'John' }], issued: { 'date-parts': [[2016]] } },
})

/** A small style for the tests: its citation layout, and a bibliography unless `citationOnly`. */
function tinyStyle(layout: string, options: { defaultLocale?: string; citationOnly?: boolean } = {}): { csl: string } {
  const locale = options.defaultLocale ? ` default-locale="${options.defaultLocale}"` : ''
  const bibliography = options.citationOnly ? '' : '<bibliography><layout><text variable="title"/></layout></bibliography>'
  return {
    csl: `<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"${locale}><info><id>tiny</id><title>Tiny</title><updated>2026-01-01T00:00:00+00:00</updated></info><citation><layout prefix="(" suffix=")" delimiter="; ">${layout}</layout></citation>${bibliography}</style>`,
  }
}
const AUTHOR_PAGE = '<group delimiter=", "><names variable="author"><name form="short" et-al-min="3" et-al-use-first="1"/></names><date variable="issued" date-parts="year" form="numeric"/><group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group></group>'
const LONG_DATE = '<date variable="issued" form="text"/>'

function cite(records: ExportRecord[], options: Parameters<typeof formatCitations>[1]): string[] {
  const result = formatCitations(records, options)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('in-text citations in author-date styles', () => {
  it('APA: author and year, a page locator, prefix and suffix, a suppressed author', () => {
    const citations = cite([maes, dantzer], {
      style: 'apa',
      format: 'text',
      citations: [
        [{ id: 'maes2008gut' }],
        [{ id: 'maes2008gut', locator: '12', label: 'page' }],
        [{ id: 'maes2008gut', prefix: 'see ', suffix: ', for a review' }, { id: 'dantzer2008inflammation' }],
        [{ id: 'maes2008gut', 'suppress-author': true }],
        [{ id: 'dantzer2008inflammation', 'author-only': true }],
      ],
    })
    expect(citations).toEqual(['(Maes et al., 2008)', '(Maes et al., 2008, p. 12)', '(Dantzer, 2008; see Maes et al., 2008, for a review)', '(2008)', 'Dantzer'])
  })

  it('without citations, all records are cited together in one citation', () => {
    expect(cite([maes, dantzer], { style: 'apa', format: 'text' })).toEqual(['(Dantzer, 2008; Maes et al., 2008)'])
    expect(formatCitation([maes, dantzer], { style: 'apa' })).toEqual({ ok: true, value: '(Dantzer, 2008; Maes et al., 2008)' })
  })

  it('disambiguates across the document: the same author and year in two citations become 2016a and 2016b', () => {
    const records = [kelly('kelly2016a', 'Alpha'), kelly('kelly2016b', 'Beta')]
    const citations = cite(records, { style: 'apa', format: 'text', citations: [[{ id: 'kelly2016a' }], [{ id: 'kelly2016b' }], [{ id: 'kelly2016a' }]] })
    expect(citations).toEqual(['(Kelly, 2016a)', '(Kelly, 2016b)', '(Kelly, 2016a)'])
  })

  it('html output escapes what text output writes plainly', () => {
    const citations = [[{ id: 'maes2008gut', prefix: 'see ', suffix: ' & more' }]]
    expect(cite([maes], { style: 'apa', format: 'html', citations })).toEqual(['(see Maes et al., 2008 &#38; more)'])
    expect(cite([maes], { style: 'apa', format: 'text', citations })).toEqual(['(see Maes et al., 2008 & more)'])
  })
})

describe('numeric styles number across the document', () => {
  it('IEEE: [1], then [2], then [1] again for the first paper', () => {
    expect(cite([maes, dantzer], { style: 'ieee', format: 'text', citations: [[{ id: 'maes2008gut' }], [{ id: 'dantzer2008inflammation' }], [{ id: 'maes2008gut' }]] })).toEqual(['[1]', '[2]', '[1]'])
  })

  it('numbers follow the citations, not the input order, and a new document starts again at [1]', () => {
    const document = { style: 'ieee', format: 'text', citations: [[{ id: 'dantzer2008inflammation' }], [{ id: 'maes2008gut', locator: '5', label: 'page' }]] } as const
    expect(cite([maes, dantzer], document)).toEqual(['[1]', '[2, p. 5]'])
    expect(cite([maes, dantzer], { style: 'ieee', format: 'text', citations: [[{ id: 'maes2008gut' }]] })).toEqual(['[1]'])
  })
})

describe('note styles', () => {
  it('Chicago notes: the first note in full, later notes in the short form', { timeout: 30_000 }, () => {
    const [first, second, third] = cite([maes, dantzer], {
      style: 'chicago-notes',
      format: 'text',
      citations: [[{ id: 'maes2008gut', locator: '118', label: 'page' }], [{ id: 'dantzer2008inflammation' }], [{ id: 'maes2008gut', locator: '120', label: 'page' }]],
    })
    expect(first).toBe('Michael Maes et al., “The Gut-Brain Barrier in Major Depression,” Neuro Endocrinology Letters 29 (March 2008): 118.')
    expect(second).toMatch(/^Robert Dantzer, “From Inflammation to Sickness and Depression,” Nature Reviews Neuroscience/)
    expect(third).toBe('Maes et al., “The Gut-Brain Barrier in Major Depression,” 120.')
  })

  it('each citation is its own footnote, so "near-note" counts notes between citations', () => {
    const layout = '<text variable="title"/><choose><if position="first"><text value=" first"/></if><else-if position="near-note"><text value=" near"/></else-if><else><text value=" far"/></else></choose>'
    const csl = `<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>Notes</title></info><citation near-note-distance="1"><layout>${layout}</layout></citation></style>`
    const book = (id: string): ExportRecord => ({ citationKey: id, item: { id, type: 'book', title: id.toUpperCase() } })
    const citations = [[{ id: 'a' }], [{ id: 'b' }], [{ id: 'b' }], [{ id: 'a' }]]
    expect(cite([book('a'), book('b')], { style: { csl }, format: 'text', citations })).toEqual(['A first', 'B first', 'B near', 'A far'])
  })
})

describe('citation-only styles', () => {
  const style = tinyStyle(AUTHOR_PAGE, { citationOnly: true })

  it('are valid and format citations', () => {
    expect(validateCslStyle(style.csl)).toBeUndefined()
    expect(cite([maes], { style, format: 'text' })).toEqual(['(Maes et al., 2008)'])
  })

  it('cannot make a reference list, and say so', () => {
    expect(formatBibliography([maes], { style, format: 'text' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'This CSL style only formats citations: it has no <bibliography> section, so it cannot make a reference list.' },
    })
  })
})

describe('locales', () => {
  it("the style's default-locale gives its terms when no locale is asked for", () => {
    const german = tinyStyle(AUTHOR_PAGE, { defaultLocale: 'de-DE' })
    expect(cite([maes], { style: german, format: 'text', citations: [[{ id: 'maes2008gut', locator: '12', label: 'page' }]] })).toEqual([
      expect.stringMatching(/^\(Maes u\.\sa\., 2008, S\.\s12\)$/),
    ])
  })

  it('an explicit locale wins over the default-locale, in citations and bibliographies', () => {
    const german = tinyStyle(`<group delimiter=", ">${AUTHOR_PAGE}${LONG_DATE}</group>`, { defaultLocale: 'de-DE' })
    expect(cite([maes], { style: german, locale: 'fr-FR', format: 'text', citations: [[{ id: 'maes2008gut', locator: '12', label: 'page' }]] })).toEqual([
      expect.stringMatching(/^\(Maes et al\., 2008, p\.\s12, 2 mars 2008\)$/),
    ])
    const german2 = { csl: german.csl.replace('<text variable="title"/>', LONG_DATE) }
    expect(formatBibliography([maes], { style: german2, format: 'text' })).toEqual({ ok: true, value: '2. März 2008\n' })
    expect(formatBibliography([maes], { style: german2, format: 'text', locale: 'en-GB' })).toEqual({ ok: true, value: '2 March 2008\n' })
  })

  const DATES: Record<string, string> = {
    'en-US': 'March 2, 2008',
    'en-GB': '2 March 2008',
    'de-DE': '2. März 2008',
    'fr-FR': '2 mars 2008',
    'es-ES': '2 de marzo de 2008',
    'it-IT': '2 marzo 2008',
    'nl-NL': '2 maart 2008',
    'pl-PL': '2 marca 2008',
    'pt-BR': '2 de março de 2008',
    'zh-CN': '2008年3月2日',
  }
  it.each(LOCALES.map((locale) => [locale.id, locale.name]))('%s (%s) is bundled and writes its own dates', (id) => {
    expect(cite([maes], { style: tinyStyle(LONG_DATE), locale: id, format: 'text' })).toEqual([`(${DATES[id]})`])
  })

  it('an unknown locale is an error listing the bundled ones', () => {
    expect(formatCitations([maes], { style: 'apa', locale: 'xx-XX', format: 'text' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Unknown locale "xx-XX". Bundled locales: en-US, en-GB, de-DE, fr-FR, es-ES, it-IT, nl-NL, pl-PL, pt-BR, zh-CN.' },
    })
    expect(formatBibliography([maes], { style: 'apa', locale: 'klingon', format: 'text' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Unknown locale "klingon"/) } })
  })
})

describe('errors in words', () => {
  it('an unknown style names the known ones', () => {
    expect(formatCitations([maes], { style: 'turabian', format: 'text' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Unknown style "turabian". Available: apa, vancouver/) } })
  })

  it('a citation of a key that is not among the records names it', () => {
    expect(formatCitations([maes], { style: 'apa', format: 'text', citations: [[{ id: 'maes2008gut' }], [{ id: 'maes2008gut' }, { id: 'smith2020' }]] })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Citation 2 cites "smith2020", which is not among the items given. Check the id (the citation key).' },
    })
  })
})

describe('what callers hand in', () => {
  it('is left as it was: citeproc writes into cite items, so it is given copies', () => {
    const citations = [[{ id: 'maes2008gut', locator: '3' }]]
    const before = structuredClone(citations)
    cite([maes], { style: 'apa', format: 'text', citations })
    expect(citations).toEqual(before)
  })

  it('two items with the same id are an error, not the last one silently winning', () => {
    expect(formatCitations([maes, { ...dantzer, citationKey: 'maes2008gut' }], { style: 'apa', format: 'text' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Two items have the id "maes2008gut"; each item needs its own id for citations to name it.' },
    })
  })

  it("each call is a new document: an earlier document's citations leave no trace in a reference list", () => {
    const items = [{ id: 'a', type: 'book', title: 'Alpha' }, { id: 'b', type: 'book', title: 'Beta' }]
    expect(formatCslBibliography(items, { style: 'ieee', format: 'text', citations: [[{ id: 'b' }]] })).toEqual({ ok: true, value: '[1] Beta. \n[2] Alpha. \n' })
    expect(formatCslBibliography(items, { style: 'ieee', format: 'text' })).toEqual({ ok: true, value: '[1] Alpha. \n[2] Beta. \n' })
    expect(formatCslCitations(items, { style: 'ieee', format: 'text', citations: [[{ id: 'b' }], [{ id: 'a' }]] })).toEqual({ ok: true, value: ['[1]', '[2]'] })
    // an item listed but not cited in one document is unknown to the next
    expect(formatCslBibliography(items, { style: 'ieee', format: 'text', citations: [[{ id: 'a' }]] })).toEqual({ ok: true, value: '[1] Alpha. \n[2] Beta. \n' })
    expect(formatCslBibliography(items.slice(0, 1), { style: 'ieee', format: 'text' })).toEqual({ ok: true, value: '[1] Alpha. \n' })
    expect(formatCslCitations(items.slice(0, 1), { style: 'ieee', format: 'text' })).toEqual({ ok: true, value: ['[1]'] })
  })

  it('no records give no citations and an empty list, but a wrong style or locale is still named', () => {
    expect(formatCitations([], { style: 'apa', format: 'text' })).toEqual({ ok: true, value: [] })
    expect(formatBibliography([], { style: 'apa', format: 'html' })).toEqual({ ok: true, value: '' })
    expect(formatBibliography([], { style: 'apa', format: 'html', locale: 'xx' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Unknown locale "xx"/) } })
  })
})
