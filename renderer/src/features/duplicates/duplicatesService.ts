import { libraryOpener } from '../../db/database'
import { findLibraryDuplicates } from '../../db/duplicates'
import type { ServiceFactory } from '../../workers/protocol'
import type { DuplicatesProtocol } from './duplicatesProtocol'

/**
 * What the duplicates worker runs (and the page itself where there are no workers): it opens
 * the library with the app's own schema, reads it a chunk at a time into compact keys and
 * answers only the sets, so the page never holds or compares the whole library.
 */
export const duplicatesService: ServiceFactory<DuplicatesProtocol> = () => {
  const { library, closeAll } = libraryOpener()
  return {
    handlers: {
      find: ({ dbName }, signal) => findLibraryDuplicates(library(dbName), signal),
    },
    close: closeAll,
  }
}
