import type { MeshHeading } from '../formats/item'
import type { RetractionStatus } from '../lookup/retraction'
import { foldText } from './text'

/**
 * MeSH descriptors and publication types as the search box matches them: folded, with
 * hyphens, commas and spaces made one space, so `pubtype:meta-analysis` finds
 * "Meta-Analysis" and `mesh:"depressive disorder major"` finds "Depressive Disorder, Major".
 */
export function registryTermKey(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A heading is a major topic when its descriptor or one of its qualifiers is starred. */
export function isMajorTopic(heading: MeshHeading): boolean {
  return heading.major || (heading.qualifiers ?? []).some((qualifier) => qualifier.major)
}

/** What `is:` accepts, by the words people type. */
export const IS_VALUES: Readonly<Record<string, RetractionStatus>> = {
  retracted: 'retracted',
  retraction: 'retracted',
  concern: 'expression-of-concern',
  'expression-of-concern': 'expression-of-concern',
  corrected: 'corrected',
  correction: 'corrected',
  erratum: 'corrected',
  'new-version': 'new-version',
  updated: 'new-version',
}
