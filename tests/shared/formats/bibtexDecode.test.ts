import { plugins, type BibtexRawEntry } from '@citation-js/core'
import { describe, expect, it } from 'vitest'
import { bibtexEntriesToCsl, parseBibtexText } from '../../../shared/formats/citationJs'
import { splitBibtex } from '../../../shared/formats/bibtex/split'
import { normalizeNewlines } from '../../../shared/formats/text'
import { CORPUS, corpusFiles, corpusText, HAS_CORPUS } from './corpus'

// bibtexEntriesToCsl decodes plain values itself instead of through citation-js's LaTeX
// grammar (for speed); these compare it with citation-js's own `@biblatex/entries+list`.
function viaCitationJs(entries: BibtexRawEntry[]): unknown {
  try {
    return plugins.input.data(entries, '@biblatex/entries+list')
  } catch (error) {
    return { threw: String(error) }
  }
}

function viaAxisRef(entries: BibtexRawEntry[]): unknown {
  try {
    return bibtexEntriesToCsl(entries)
  } catch (error) {
    return { threw: String(error) }
  }
}

function rawEntries(text: string): BibtexRawEntry[] {
  return splitBibtex(normalizeNewlines(text)).flatMap((block) => {
    if (block.kind !== 'entry') return []
    try {
      return parseBibtexText(block.text)
    } catch {
      // entries the grammar rejects never reach the decoder
      return []
    }
  })
}

const TRICKY_VALUES = [
  'Plain words',
  '  leading,\ttabs\n and\u00a0no-break  ',
  'a {  } b',
  '{DNA} and {{RNA}} in {\\em E. coli}',
  'pages 1--10, 3---4, -{}-',
  "``quoted'' and '''three",
  'one~two ~ three~~four',
  '{unbalanced',
  'also} unbalanced{',
  '$x^2$ math',
  'Caf\\\'e',
  '',
]

describe('decoding BibTeX values as citation-js does', () => {
  it('gives the same record as citation-js for tricky values in every kind of field', () => {
    const fields = ['title', 'journaltitle', 'note', 'abstract', 'pages', 'volume', 'year', 'date', 'publisher', 'author', 'keywords', 'url', 'doi', 'isbn', 'unknownfield']
    for (const value of TRICKY_VALUES) {
      for (const field of fields) {
        const entries: BibtexRawEntry[] = [{ type: 'article', label: 'k', properties: { title: 'T', [field]: value } }]
        expect(viaAxisRef(entries), `${field} = ${JSON.stringify(value)}`).toEqual(viaCitationJs(entries))
      }
    }
    const withLanguage: BibtexRawEntry[] = [{ type: 'book', label: 'l', properties: { title: 'A {B} c', language: 'english and german' } }]
    expect(viaAxisRef(withLanguage)).toEqual(viaCitationJs(withLanguage))
  })

  it.skipIf(!HAS_CORPUS)(`gives the same records as citation-js for every BibTeX file of the corpus (${CORPUS})`, () => {
    const files = corpusFiles('bibtex').filter((file) => /\.(bib|biblatex|bibtex)$/.test(file))
    expect(files.length).toBeGreaterThan(10)
    let compared = 0
    for (const file of files) {
      for (const entry of rawEntries(corpusText(file))) {
        expect(viaAxisRef([entry]), `${file}: ${entry.label}`).toEqual(viaCitationJs([entry]))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(500)
  })

  it('decodes an entry again when its values change between calls, and throws again for one that cannot be decoded', () => {
    const entry: BibtexRawEntry = { type: 'article', label: 'k', properties: { title: 'First' } }
    const broken: BibtexRawEntry = { type: 'article', label: 'b', properties: { title: '\\begin{x} unclosed' } }
    // the failed call has decoded `entry` already; its new title must still be read
    expect(() => bibtexEntriesToCsl([entry, broken])).toThrow()
    entry.properties.title = 'Caf\\\'e'
    expect(bibtexEntriesToCsl([entry]).map((record) => record.title)).toEqual(['Café'])
    expect(() => bibtexEntriesToCsl([broken])).toThrow()
  })
})
