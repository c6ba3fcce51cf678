import { suggestAxis, type PaperInput } from '../../../../shared/axis'
import { libraryOpener } from '../../db/database'
import type { ServiceFactory } from '../../workers/protocol'
import type { SuggesterProtocol } from './suggesterProtocol'
import { refreshSuggestions } from './suggestions'

const suggestAll = (inputs: readonly PaperInput[]) => inputs.map((input) => suggestAxis(input))

/**
 * What the suggester worker runs (and the page itself where there are no workers). A refresh
 * opens the library with the app's own schema (its writes go through the same middlewares:
 * sync's outbox, the suggestion queue) and suggests in the worker, batch by batch.
 */
export const suggesterService: ServiceFactory<SuggesterProtocol> = () => {
  const { library, closeAll } = libraryOpener()
  return {
    handlers: {
      suggest: suggestAll,
      refresh: ({ dbName }, signal) => refreshSuggestions(library(dbName), async (inputs) => suggestAll(inputs), signal),
    },
    close: closeAll,
  }
}
