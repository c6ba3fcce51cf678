import { suggestAxis } from '../../../../shared/axis'
import type { ServiceFactory } from '../../workers/protocol'
import type { SuggesterProtocol } from './suggesterProtocol'

/** What the suggester worker runs (and the page itself where there are no workers). */
export const suggesterService: ServiceFactory<SuggesterProtocol> = () => ({
  handlers: { suggest: (inputs) => inputs.map((input) => suggestAxis(input)) },
})
