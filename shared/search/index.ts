/** The search language and what it is matched against: pure, for the renderer and its workers. */
export { isEmptyQuery, matchesFilters, parseQuery, type ParsedQuery, type QueryCondition, type QueryError, type QueryErrorCode } from './query'
export { cheapestFirst, containsAtWordStart, matchesFilter, parseFieldTerm, type HasWhat, type QueryFilter, type TextField } from './fields'
export { IS_VALUES, isMajorTopic, registryTermKey } from './registryTerms'
export { authorText, foldedRegistryTerms, indexedFieldTexts, normalizeDoi, registrySummary, summarisePaper, type PaperSummary, type SummaryExtras, type SummaryInput } from './summary'
export { STOP_WORDS, foldText, indexTerms, searchWords } from './text'
