/**
 * Duplicate detection and merging: pure TypeScript for the renderer (and workers) to run
 * over the library. Nothing here deletes anything; `mergePapers` describes what to write.
 */
export { findDuplicateSets, findDuplicateSetsByKey, isDuplicateOf } from './findDuplicates'
export { createDuplicateIndex, type DuplicateIndex, type IncomingMatch } from './incoming'
export { mergePapers, type ChildRef, type MergeablePaper, type MergeChoices, type MergeResult, type MergeUndo } from './merge'
export { firstAuthorKey, itemYear, mainTitle, normalizeDoi, normalizePmid, normalizeTitle } from './normalize'
export { dedupKeyOf, levenshteinSimilarity, jaccard } from './similarity'
export { DEFAULT_THRESHOLDS, type DedupKey, type DedupRecord, type DuplicatePair, type DuplicateReason, type DuplicateSet, type DuplicateThresholds, type FindDuplicatesOptions } from './types'
