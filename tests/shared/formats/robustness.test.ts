import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeBibliographyBytes, importBibliography, IMPORT_FORMATS } from '../../../shared/formats'
import { CORPUS, corpusFiles, HAS_CORPUS } from './corpus'

// A deterministic generator, so a failure reproduces.
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

describe.skipIf(!HAS_CORPUS)('import never throws', () => {
  const folders = ['robustness', 'bibtex', 'ris', 'pubmed', 'endnote', 'csl-json', 'other-formats', 'pdf/hostile']
  const files = HAS_CORPUS ? folders.flatMap((folder) => corpusFiles(folder)) : []

  it('on any corpus file, malformed and hostile ones included, in every format', () => {
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const text = decodeBibliographyBytes(readFileSync(join(CORPUS, file)))
      for (const format of [undefined, ...IMPORT_FORMATS]) {
        const result = importBibliography(text, format ? { format } : {})
        expect(Array.isArray(result.entries), file).toBe(true)
        for (const error of result.errors) expect(error.line, file).toBeGreaterThanOrEqual(1)
      }
    }
  })

  it('on corpus files cut off at random points, with error lines inside the file', () => {
    const next = random(7)
    for (const file of files.filter((name) => /\.(bib|ris|nbib|txt|xml|json|enw)$/.test(name))) {
      const text = decodeBibliographyBytes(readFileSync(join(CORPUS, file)))
      const cut = text.slice(0, Math.floor(next() * text.length))
      const result = importBibliography(cut)
      const lines = cut.split(/\r\n?|\n/).length
      for (const error of result.errors) expect(error.line, `${file} cut at ${cut.length}`).toBeLessThanOrEqual(Math.max(lines, 1))
    }
  })
})

describe('import never throws on hostile text', () => {
  it.each([
    ['empty', ''],
    ['only an @', '@'],
    ['unbalanced everything', '@article{x, title = {{{{{ "\n@book(y, title = "}}}}}}'],
    ['NUL bytes and garbage', '\u0000\u0001@ar\u0000ticle{\uFFFF'],
    ['a deep nest', `@misc{deep, title = {${'{'.repeat(5000)}x${'}'.repeat(5000)}}}`],
    ['a JSON bomb', `[${'['.repeat(3000)}${']'.repeat(3000)}]`],
    ['XML with an entity loop', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "&a;">]><PubmedArticleSet><PubmedArticle>&a;</PubmedArticle></PubmedArticleSet>'],
  ])('%s', (_name, text) => {
    for (const format of [undefined, ...IMPORT_FORMATS]) {
      expect(() => importBibliography(text, format ? { format } : {})).not.toThrow()
    }
  })
})
