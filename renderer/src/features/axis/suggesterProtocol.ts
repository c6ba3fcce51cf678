import type { AxisSuggestion, PaperInput } from '../../../../shared/axis'

/**
 * The suggester worker's requests: a batch of papers in, their suggestions out, in order; or
 * the refresh of a library named by its database (the worker reads and writes it itself, so
 * the page neither reads the papers nor writes their suggestions: after an import of 100,000
 * records that is every paper). Answers how many papers were suggested again.
 */
export type SuggesterProtocol = {
  suggest: { request: readonly PaperInput[]; response: AxisSuggestion[] }
  refresh: { request: { dbName: string }; response: number }
}
