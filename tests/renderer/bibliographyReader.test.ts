import { describe, expect, it } from 'vitest'
import { readBibliography } from '../../renderer/src/features/bibliography/reader'
import { inThreadWorker } from '../../renderer/src/workers/inThread'
import type { ServiceFactory } from '../../renderer/src/workers/protocol'
import type { ReaderProtocol } from '../../renderer/src/features/bibliography/readerProtocol'

const BIB = '@article{maes2008gut, author = {Maes, Michael}, title = {The gut-brain barrier in major depression}, journal = {Neuro Endocrinology Letters}, year = {2008}}'

describe('reading a dropped bibliography off the UI thread', () => {
  it('reads a dropped file’s bytes into records', async () => {
    const result = await readBibliography(new File([BIB.replace('Maes', 'Mäes')], 'library.bib'))
    expect(result.format).toBe('bibtex')
    expect(result.entries.map((entry) => [entry.citationKey, entry.item.author?.[0]?.family])).toEqual([['maes2008gut', 'Mäes']])
  })

  it('answers a reader that fails (a file too large for memory) as the file’s one error, in words', async () => {
    const failing: ServiceFactory<ReaderProtocol> = () => ({
      handlers: {
        read: () => {
          throw new RangeError('Invalid string length')
        },
      },
    })
    const result = await readBibliography(new File([BIB], 'huge.json'), () => inThreadWorker(async () => failing))
    expect(result.entries).toEqual([])
    expect(result.errors).toEqual([{ line: 1, message: expect.stringContaining('Invalid string length') }])
  })
})
