import type { AxisSuggestion, PaperInput } from '../../../../shared/axis'

/** The suggester worker's one request: a batch of papers in, their suggestions out, in order. */
export type SuggesterProtocol = {
  suggest: { request: readonly PaperInput[]; response: AxisSuggestion[] }
}
