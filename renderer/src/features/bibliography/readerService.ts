import { decodeBibliographyBytes, importBibliography } from '../../../../shared/formats'
import type { ServiceFactory } from '../../workers/protocol'
import { suggestRecord } from '../axis/storedSuggestions'
import type { ReaderProtocol } from './readerProtocol'

/**
 * What the reader worker runs (and the page itself where there are no workers): the file read
 * into records, each with its axis suggestions. Suggested here, off the page, the papers are
 * written once with them; suggested after the import, each of 100,000 papers was written
 * twice, the second time for minutes after the import had ended.
 */
export const readerService: ServiceFactory<ReaderProtocol> = () => ({
  handlers: {
    read: async ({ source }) => {
      const result = importBibliography(typeof source === 'string' ? source : decodeBibliographyBytes(new Uint8Array(await source.arrayBuffer())))
      return { ...result, entries: result.entries.map((entry) => ({ ...entry, suggestions: suggestRecord({ csl: entry.item, extension: entry.extension }) })) }
    },
  },
})
