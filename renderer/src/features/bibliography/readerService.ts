import { decodeBibliographyBytes, importBibliography } from '../../../../shared/formats'
import type { ServiceFactory } from '../../workers/protocol'
import type { ReaderProtocol } from './readerProtocol'

/** What the reader worker runs (and the page itself where there are no workers). */
export const readerService: ServiceFactory<ReaderProtocol> = () => ({
  handlers: {
    read: async ({ source }) => importBibliography(typeof source === 'string' ? source : decodeBibliographyBytes(new Uint8Array(await source.arrayBuffer()))),
  },
})
