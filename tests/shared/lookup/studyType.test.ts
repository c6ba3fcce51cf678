import { describe, expect, it } from 'vitest'
import { STUDY_TYPES } from '../../../shared/axis'
import { parsePubmedEfetch, studyTypeFromPublicationTypes } from '../../../shared/lookup'
import { HAS_ONLINE, onlineText } from './corpus'

describe('study type from PubMed publication types', () => {
  it('maps each documented type to an existing study type id', () => {
    const ids = new Set<string>(STUDY_TYPES.map((type) => type.id))
    const cases: Array<[string[], string | null]> = [
      [['Journal Article', 'Randomized Controlled Trial'], 'rct'],
      [['Meta-Analysis', 'Systematic Review', 'Review'], 'meta-analysis'],
      [['Systematic Review', 'Review'], 'systematic-review'],
      [['Review'], 'review'],
      [['Practice Guideline'], 'review'],
      [['Observational Study'], 'cohort'],
      [['Case Reports'], 'case-report'],
      [['Journal Article', 'Comment'], null],
      [[], null],
    ]
    for (const [types, expected] of cases) {
      expect(studyTypeFromPublicationTypes(types)).toBe(expected)
      if (expected) expect(ids.has(expected)).toBe(true)
    }
  })

  it.skipIf(!HAS_ONLINE).each([
    ['23121403', 'rct'],
    ['33856845', 'systematic-review'],
    ['36318760', 'systematic-review'],
    ['37905428', 'systematic-review'],
    ['35830032', 'meta-analysis'],
    ['32437181', 'review'],
    ['31588070', 'review'],
    ['20412080', 'review'],
    ['38958301', 'review'],
    ['38704912', 'cohort'],
    ['38747095', 'cohort'],
  ])('recorded PubMed %s is %s', (pmid, expected) => {
    const result = parsePubmedEfetch(onlineText(`eutils/efetch_pubmed_${pmid}.xml`))
    if (!result.ok) throw new Error(result.error.message)
    expect(studyTypeFromPublicationTypes(result.value[0]?.publicationTypes ?? [])).toBe(expected)
  })
})
