import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeBibliographyBytes, importBibliography } from '../../../shared/formats'
import { CORPUS, corpusFiles, HAS_CORPUS } from '../formats/corpus'
import { lineCount, READERS } from './arbitraries'

// The corpus's malformed files (../shared/corpus/robustness), through every reader directly
// (no safety net) and through importBibliography as the app calls it.
describe.skipIf(!HAS_CORPUS)('the robustness corpus', () => {
  const files = HAS_CORPUS ? corpusFiles('robustness') : []
  const texts = files.map((file) => [file, decodeBibliographyBytes(readFileSync(join(CORPUS, file)))] as const)

  it('is there', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(texts)('%s: no reader throws, and every problem has a line and a message', (_file, text) => {
    const lines = Math.max(lineCount(text), 1)
    for (const [format, read] of Object.entries(READERS)) {
      const result = read(text)
      for (const error of result.errors) {
        expect(error.line, format).toBeGreaterThanOrEqual(1)
        expect(error.line, format).toBeLessThanOrEqual(lines)
        expect(error.message.trim().length, format).toBeGreaterThan(5)
      }
    }
  })

  it.each(texts)('%s: importing it says why nothing was imported, rather than importing nothing silently', (_file, text) => {
    const result = importBibliography(text)
    if (result.entries.length === 0) expect(result.errors.map((error) => error.message)).toEqual([expect.stringMatching(/\w{3,}.*\w{3,}/)])
    for (const error of result.errors) expect(error.line).toBeGreaterThanOrEqual(1)
  })
})
