import { DEFAULT_KEY_PATTERN, generateCitationKey } from '../../../../shared/citekeys'
import type { CslItem } from '../../../../shared/domain/csl'

/** The key a new paper's record gives (before it is made unique against the library). */
export function citationKeyBase(item: CslItem, pattern: string = DEFAULT_KEY_PATTERN): string {
  return generateCitationKey(item, pattern)
}
