import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importBibliography } from '../../../shared/formats'
import type { ImportResult } from '../../../shared/formats/item'
import { bibtexLike, cslJsonLike, endnoteTaggedLike, hostileText, lineCount, medlineLike, READERS, risLike, SEED, xmlLike } from './arbitraries'

/** Longest a reader may take on one fuzz input (a few KB): anything near it is a hang in the making. */
const TIME_LIMIT_MS = 1_000

/**
 * What a user can rely on whatever file they open: the reader returns (no throw, no hang),
 * and every problem it reports is a message in words with a line inside the file.
 */
function isWellBehaved(read: (text: string) => ImportResult, text: string): boolean {
  const started = performance.now()
  const result = read(text)
  const elapsed = performance.now() - started
  if (elapsed > TIME_LIMIT_MS) throw new Error(`took ${Math.round(elapsed)} ms`)
  if (!Array.isArray(result.entries) || !Array.isArray(result.errors)) throw new Error('result is not { entries, errors }')
  const lines = Math.max(lineCount(text), 1)
  for (const error of result.errors) {
    if (!Number.isInteger(error.line) || error.line < 1 || error.line > lines) throw new Error(`error line ${error.line} outside 1..${lines}: ${error.message}`)
    if (typeof error.message !== 'string' || error.message.trim().length < 5) throw new Error(`error without a message at line ${error.line}`)
  }
  for (const entry of result.entries) {
    if (!Number.isInteger(entry.line) || entry.line < 1 || entry.line > lines) throw new Error(`entry line ${entry.line} outside 1..${lines}`)
    if (typeof entry.item.type !== 'string') throw new Error('entry without a CSL type')
  }
  return true
}

const assertOptions = { seed: SEED, numRuns: 250, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false }

describe('importers on hostile input (fast-check)', () => {
  it.each(Object.entries(READERS))('the %s reader never throws or hangs on anything', (_format, read) => {
    fc.assert(
      fc.property(hostileText, (text) => isWellBehaved(read, text)),
      assertOptions,
    )
  })

  it.each([
    ['bibtex', bibtexLike],
    ['ris', risLike],
    ['medline', medlineLike],
    ['pubmed-xml', xmlLike],
    ['csl-json', cslJsonLike],
    ['endnote-tagged', endnoteTaggedLike],
  ] as const)('the %s reader copes with broken text of its own format', (format, arbitrary) => {
    const read = READERS[format]!
    fc.assert(
      fc.property(arbitrary, (text) => isWellBehaved(read, text)),
      { ...assertOptions, numRuns: 600 },
    )
  })

  it('importBibliography detects and reads any of it the same way', () => {
    fc.assert(
      fc.property(hostileText, (text) => isWellBehaved((input) => importBibliography(input), text)),
      assertOptions,
    )
  })

  it('stays linear on large inputs: 200 KB of broken BibTeX in well under a second per reader', () => {
    const [sample] = fc.sample(fc.array(bibtexLike, { minLength: 400, maxLength: 400 }), { seed: SEED, numRuns: 1 })
    const text = (sample ?? []).join('\n').slice(0, 200_000)
    for (const read of Object.values(READERS)) expect(isWellBehaved(read, text)).toBe(true)
  })
})
