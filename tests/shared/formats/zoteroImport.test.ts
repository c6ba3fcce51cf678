import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectFormat, importBibliography, type CslItem, type ImportedEntry } from '../../../shared/formats'
import { CORPUS, corpusFiles, corpusText, HAS_CORPUS } from './corpus'

const FIXTURE = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'formats', 'zotero-library.json'), 'utf8')

function byTitle(entries: readonly ImportedEntry[], start: string): ImportedEntry {
  const entry = entries.find((candidate) => candidate.item.title?.startsWith(start))
  if (!entry) throw new Error(`no entry titled "${start}…" among ${entries.map((candidate) => candidate.item.title).join(' | ')}`)
  return entry
}

const families = (names: CslItem['author']) => names?.map((name) => name.family ?? name.literal)

describe('Zotero JSON import (the API / Zotero.Item.toJSON form)', () => {
  const result = importBibliography(FIXTURE)

  it('is recognised as Zotero JSON and keeps every reference, not notes or attachments', () => {
    expect(result.format).toBe('zotero-json')
    expect(result.entries.map((entry) => entry.item.type)).toEqual(['article-journal', 'chapter', 'thesis'])
    expect(result.errors).toEqual([{ line: 1, message: '1 standalone Zotero note(s) or attachment(s) are not references and were skipped.' }])
  })

  it('reads a journal article with its authors, year, journal and identifiers', () => {
    const { item } = byTitle(result.entries, 'Ketamine')
    expect(item).toMatchObject({
      author: [{ family: 'Souza', given: 'Ana' }, { family: 'Watanabe', given: 'Kenji' }, { literal: 'Depression Trials Consortium' }],
      issued: { 'date-parts': [[2022, 3, 15]] },
      'container-title': 'Journal of Affective Disorders',
      'container-title-short': 'J Affect Disord',
      volume: '301',
      issue: '4',
      page: '112-119',
      DOI: '10.1016/j.jad.2022.01.001',
      ISSN: '0165-0327',
      URL: 'https://example.org/article',
      abstract: 'We randomised 120 adults.',
      accessed: { 'date-parts': [[2023, 1, 2]] },
    })
  })

  it("takes PMID, PMCID and CSL variables out of `extra` and keeps the rest as the note", () => {
    const { item } = byTitle(result.entries, 'Ketamine')
    expect(item.PMID).toBe('35012345')
    expect(item.PMCID).toBe('PMC8812345')
    expect(item['original-date']).toEqual({ 'date-parts': [[2021, 11, 30]] })
    expect(item.note).toBe('Read for the journal club.')
  })

  it('carries tags as keywords and child notes as the annotation, in plain text', () => {
    const entry = byTitle(result.entries, 'Ketamine')
    expect(entry.extension.keywords).toEqual(['ketamine', 'depression'])
    expect(entry.item.annote).toBe('Primary outcome: MADRS at day 28 & relapse.\nSecond paragraph.')
  })

  it('reads a book section: book title, editors, series editors and the citation key in extra', () => {
    const entry = byTitle(result.entries, 'Psychotherapy')
    expect(entry.citationKey).toBe('keller2019trauma')
    expect(entry.item).toMatchObject({
      'container-title': 'Handbook of Trauma Care',
      'collection-title': 'Clinical Handbooks',
      editor: [{ family: 'Greene', given: 'Paul' }],
      'collection-editor': [{ family: 'Okafor', given: 'Ruth' }],
      publisher: 'Oxford University Press',
      'publisher-place': 'Oxford',
      edition: '2',
      issued: { 'date-parts': [[2019]] },
    })
    expect(entry.item.note).toBeUndefined()
  })

  it('reads a thesis: university as publisher, thesis type as genre, a day-first date', () => {
    const { item } = byTitle(result.entries, 'Sleep')
    expect(item).toMatchObject({ publisher: 'Uppsala University', genre: 'PhD thesis', issued: { 'date-parts': [[2018, 5, 10]] } })
  })

  it('is still recognised when the first itemType comes after a long abstract and many creators', () => {
    const creators = Array.from({ length: 400 }, (_, index) => ({ creatorType: 'author', firstName: 'Given', lastName: `Family${index}` }))
    const text = JSON.stringify({ config: { label: 'BetterBibTeX JSON' }, items: [{ abstractNote: 'word '.repeat(8000), creators, itemType: 'journalArticle', title: 'Big' }] }, null, 2)
    expect(text.indexOf('"itemType"')).toBeGreaterThan(20_000)
    expect(importBibliography(text).entries[0]?.item).toMatchObject({ type: 'article-journal', title: 'Big' })
  })

  it('names the line of an item it cannot read, and still reads the others', () => {
    const text = '[\n  {"itemType": "book", "title": "Kept"},\n  {"title": "No item type"}\n]'
    const broken = importBibliography(text)
    expect(broken.entries.map((entry) => entry.item.title)).toEqual(['Kept'])
    expect(broken.errors).toEqual([{ line: 3, message: 'Zotero item is skipped: it is not an object with an itemType.' }])
  })
})

describe('JSON that is neither CSL-JSON nor Zotero JSON', () => {
  it('is refused in words instead of imported as empty documents', () => {
    const result = importBibliography(JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: { react: '^19' } }))
    expect(result.entries).toEqual([])
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]?.message).toMatch(/^This JSON is neither CSL-JSON nor a Zotero\/Better BibTeX JSON export: its entries have the keys name, version, dependencies/)
  })

  it('refuses an array of non-bibliographic objects too, but still reads CSL-JSON', () => {
    expect(importBibliography('[{"x": 1}, {"y": 2}]').errors[0]?.message).toMatch(/neither CSL-JSON nor a Zotero/)
    expect(importBibliography('[{"type": "book", "title": "A CSL book"}]').entries[0]?.item.title).toBe('A CSL book')
  })

  it('a Zotero export read as CSL-JSON on request is refused, saying to read it as Zotero JSON', () => {
    const result = importBibliography(FIXTURE, { format: 'csl-json' })
    expect(result.entries).toEqual([])
    expect(result.errors[0]?.message).toMatch(/^This JSON is a Zotero\/Better BibTeX JSON export, not CSL-JSON: .*--from zotero-json/)
  })

  it('a CSL-JSON note that quotes Zotero JSON is still CSL-JSON', () => {
    expect(detectFormat('[{"type": "book", "note": "copied: {\\"itemType\\": \\"book\\"}"}]')).toBe('csl-json')
  })
})

describe.skipIf(!HAS_CORPUS)(`Zotero and Better BibTeX JSON in the corpus (${CORPUS})`, () => {
  it('a Better BibTeX JSON export gets its item types, creators, years, journals and tags', () => {
    const result = importBibliography(corpusText('bibtex/bbt-import/Better BibTeX.001.json'))
    expect(result.format).toBe('zotero-json')
    expect(result.errors).toEqual([])
    const adams = result.entries.find((entry) => entry.citationKey === 'Adams2001')
    expect(adams?.item).toMatchObject({ type: 'article-journal', 'container-title': 'Bulletin of Volcanology', volume: '62', issued: { 'date-parts': [[2001]] } })
    expect(families(adams?.item.author)).toEqual(['Adams', 'DeSilva', 'Self', 'Salas', 'Schubring', 'Permenter', 'Arbesman'])
    expect(adams?.extension.keywords).toEqual(['breadcrust', 'plinian', 'Vulcanian eruptions'])
    const book = result.entries.find((entry) => entry.citationKey === 'Rechenberg2006a')
    expect(book?.item).toMatchObject({ type: 'book', publisher: 'Hanser Fachbuchverlag', ISBN: '978-3-446-40695-7', 'number-of-pages': '253', note: 'tex.ppn_gvk: 511633173' })
  })

  it('a Better BibTeX collection becomes a keyword of the items it lists, and only of those', () => {
    const result = importBibliography(corpusText('bibtex/bbt-import/BBT does not import groups from JabRef 5.1 #1641.json'))
    const keywords = (key: string) => result.entries.find((entry) => entry.citationKey === key)?.extension.keywords ?? []
    expect(keywords('Bogadottir2012')).toContain('Ecology_and_Power')
    expect(keywords('Widgren2012')).toContain('Ecology_and_Power')
    expect(keywords('Davis2010b')).not.toContain('Ecology_and_Power')
  })

  it("keeps Better BibTeX's notes as the annotation, as text", () => {
    const result = importBibliography(corpusText('export/bbt-export/Export of creator-type fields from embedded CSL variables #365 uppercase DOI #825.json'))
    const tv = result.entries.find((entry) => entry.citationKey === 'friends:leia:tv')
    expect(tv?.item.annote).toMatch(/^Adapted from http:\/\/mirrors\.ctan\.org\/\S+\nOriginal annotation:\n\*16th edition only\*/)
  })

  it("Zotero's own translator results (extra as text) give the PMID", () => {
    const result = importBibliography(corpusText('pubmed/zotero-translators/medlinenbib-02.expected.json'))
    expect(result.format).toBe('zotero-json')
    expect(result.entries[0]?.item.PMID).toMatch(/^\d+$/)
    expect(result.entries[0]?.item.type).toBe('article-journal')
  })

  // Better BibTeX's own CSL-JSON export of the same library is the reference for the mapping.
  const pairs = corpusFiles('export/bbt-export').filter((file) => file.endsWith('.csl.json'))
  it.each(pairs)('agrees with Better BibTeX on %s', (expectedFile) => {
    const result = importBibliography(corpusText(expectedFile.replace(/\.csl\.json$/, '.json')))
    const expected = JSON.parse(corpusText(expectedFile)) as CslItem[]
    expect(result.entries).toHaveLength(expected.length)
    for (const want of expected) {
      const got = (result.entries.find((entry) => entry.citationKey === want['citation-key']) ?? result.entries.find((entry) => !entry.citationKey && entry.item.title === want.title))?.item
      expect(got, `${String(want.id)} is missing`).toBeDefined()
      const compared = ['type', 'title', 'author', 'editor', 'container-title', 'volume', 'issue', 'publisher', 'DOI', 'ISBN', 'URL', 'issued', 'original-date', 'available-date'] as const
      for (const field of compared.filter((name) => !KNOWN_DIFFERENCES[`${String(want.id)} ${name}`])) expect(comparable(got?.[field]), `${String(want.id)} ${field}`).toEqual(comparable(want[field]))
    }
  })
})

const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  'Schwabedissen19xxAnfangeNeolithikums issued': 'Better BibTeX reads "19--" as circa 1901 to year 0; AxisRef keeps the literal as typed',
}

// Better BibTeX writes date parts as strings ("2001"); CSL accepts both.
function comparable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null), (_key, inner: unknown) => (typeof inner === 'string' && /^\d+$/.test(inner) ? Number(inner) : inner))
}
