import { describe, expect, it } from 'vitest'
import { findDuplicateSets, isDuplicateOf, type DedupRecord } from '../../../shared/dedup'
import type { CslItem } from '../../../shared/formats'
import { syntheticLibrary } from './synthetic'

let next = 0
function record(fields: Partial<CslItem> & { family?: string; year?: number }): DedupRecord {
  const { family, year, ...item } = fields
  const id = `r${++next}`
  return {
    id,
    citationKey: id,
    item: {
      id,
      type: 'article-journal',
      ...(family ? { author: [{ family, given: 'A' }] } : {}),
      ...(year ? { issued: { 'date-parts': [[year]] } } : {}),
      ...item,
    },
  }
}

const MILLER = 'The role of inflammation in depression: from evolutionary imperative to modern treatment target'

describe('exact identifiers', () => {
  it('puts records with the same DOI in one set, whatever their titles', () => {
    const a = record({ title: 'Mind-altering microorganisms', DOI: '10.1038/NRN3346', family: 'Cryan', year: 2012 })
    const b = record({ title: 'Something garbled from a PDF', DOI: 'https://doi.org/10.1038/nrn3346' })
    expect(findDuplicateSets([a, b])).toEqual([{ ids: [a.id, b.id], reason: 'doi', reasons: ['doi'], score: 1, pairs: [{ a: a.id, b: b.id, reason: 'doi', score: 1 }] }])
  })

  it('puts records with the same PMID in one set', () => {
    const a = record({ title: 'A', PMID: '20015486' })
    const b = record({ title: 'B', PMID: 'PMID: 20015486' })
    expect(findDuplicateSets([a, b])).toMatchObject([{ ids: [a.id, b.id], reason: 'pmid', score: 1 }])
  })
})

describe('title, year and first author', () => {
  it('matches the same paper across accents, markup, initials and abbreviated journals', () => {
    const a = record({ title: 'Cytokine reduction in the setting of an {ARDS}-associated inflammatory response', author: [{ family: 'Tr{\\"a}ger', given: 'Karl' }], year: 2016, 'container-title': 'Case Reports in Critical Care' })
    const b = record({ title: 'Cytokine Reduction in the Setting of an ARDS-Associated Inflammatory Response.', author: [{ family: 'Trager', given: 'K.' }], year: 2016, 'container-title': 'Case Rep Crit Care' })
    const [set] = findDuplicateSets([a, b])
    expect(set).toMatchObject({ ids: [a.id, b.id], reason: 'title' })
    expect(set?.score).toBe(1)
  })

  it('accepts online-first and print years one apart, not two', () => {
    const a = record({ title: 'Stressful life events are not associated with the development of dementia', family: 'Sundström', year: 2013 })
    const b = record({ title: 'Stressful life events are not associated with the development of dementia', family: 'Sundstrom', year: 2014 })
    const c = record({ title: 'Stressful life events are not associated with the development of dementia', family: 'Sundstrom', year: 2016 })
    expect(findDuplicateSets([a, b, c])).toMatchObject([{ ids: [a.id, b.id] }])
  })

  it('matches a record whose source dropped the subtitle or cut the title short', () => {
    const full = record({ title: MILLER, family: 'Miller', year: 2016, DOI: '10.1038/nri.2015.5' })
    const short = record({ title: 'The role of inflammation in depression', family: 'Miller', year: 2016 })
    const cut = record({ title: 'The role of inflammation in depression: from evolutionary imperative to modern', family: 'Miller', year: 2016 })
    expect(findDuplicateSets([full, short, cut])).toMatchObject([{ ids: [full.id, short.id, cut.id], reason: 'title' }])
  })

  it('keeps apart different papers by the same first author in the same year', () => {
    const a = record({ title: 'From inflammation to sickness and depression: when the immune system subjugates the brain', family: 'Dantzer', year: 2008 })
    const b = record({ title: 'Identification and treatment of symptoms associated with inflammation in medically ill patients', family: 'Dantzer', year: 2008 })
    expect(findDuplicateSets([a, b])).toEqual([])
  })

  it('keeps a corrigendum, a retraction notice and a trial protocol apart from the article', () => {
    const title = 'An increased ratio of glycated albumin to HbA1c is associated with the degree of liver fibrosis'
    const article = record({ title, family: 'Enomoto', year: 2015 })
    const corrigendum = record({ title: `Corrigendum to "${title}"`, family: 'Enomoto', year: 2016 })
    const retraction = record({ title: `Retraction: ${title}`, family: 'Enomoto', year: 2016 })
    const protocol = record({ title: 'Wound dressing after breast augmentation: study protocol for a randomized controlled trial', family: 'Mendes', year: 2015 })
    const results = record({ title: 'Wound dressing after breast augmentation: a randomized controlled trial', family: 'Mendes', year: 2016 })
    expect(findDuplicateSets([article, corrigendum, retraction, protocol, results])).toEqual([])
  })

  it('keeps apart parts of a series and titles that differ in their numbers', () => {
    const one = record({ title: 'Inflammation and depression in older adults, part 1: epidemiology', family: 'Smith', year: 2019 })
    const two = record({ title: 'Inflammation and depression in older adults, part 2: epidemiology', family: 'Smith', year: 2019 })
    expect(findDuplicateSets([one, two])).toEqual([])
  })

  it('does not match generic or short titles on the title alone', () => {
    const a = record({ title: 'Editorial', family: 'Irwin', year: 2008 })
    const b = record({ title: 'Editorial', family: 'Irwin', year: 2008 })
    const c = record({ title: 'Inflammation and depression', year: 2016 })
    const d = record({ title: 'Inflammation and Depression', family: 'Berk', year: 2016 })
    expect(findDuplicateSets([a, b, c, d])).toEqual([])
  })

  it('matches on a near-identical long title when the author or year is missing (a PDF without metadata)', () => {
    const pdf = record({ title: 'Genetic background of immune complications after allogeneic hematopoietic stem cell transplantation in children' })
    const bib = record({ title: 'Genetic Background of Immune Complications after Allogeneic Hematopoietic Stem Cell Transplantation in Children', family: 'Skoczeń', year: 2016 })
    expect(findDuplicateSets([pdf, bib])).toMatchObject([{ ids: [pdf.id, bib.id], reason: 'title' }])
  })

  it('never joins records with different DOIs, even through a third record', () => {
    const title = 'Peripheral cytokine and chemokine alterations in depression: a meta-analysis of 82 studies'
    const preprint = record({ title, family: 'Köhler', year: 2017, DOI: '10.1101/000001' })
    const article = record({ title, family: 'Kohler', year: 2017, DOI: '10.1111/acps.12698' })
    const bare = record({ title, family: 'Koehler', year: 2017 })
    const sets = findDuplicateSets([preprint, article, bare])
    expect(sets).toHaveLength(1)
    expect(sets[0]?.ids).toHaveLength(2)
  })
})

describe('not-duplicates and explanations', () => {
  const title = 'The neuroactive potential of the human gut microbiota in quality of life and depression'
  const a = record({ title, family: 'Vallès-Colomer', year: 2019 })
  const b = record({ title, family: 'Valles-Colomer', year: 2019 })
  const c = record({ title: `${title}.`, family: 'Valles Colomer', year: 2019, DOI: '10.1038/s41564-018-0337-x' })

  it('excludes a pair the user marked as not duplicates, directly and through others', () => {
    expect(findDuplicateSets([a, b, c])).toMatchObject([{ ids: [a.id, b.id, c.id] }])
    const sets = findDuplicateSets([a, b, c], { notDuplicates: [[a.id, b.id]] })
    expect(sets).toHaveLength(1)
    expect(sets[0]?.ids).not.toEqual(expect.arrayContaining([a.id, b.id]))
  })

  it('says why each set was formed, with the weakest link as its reason and score', () => {
    const d = record({ title: 'Something else entirely', DOI: '10.1038/s41564-018-0337-x' })
    const [set] = findDuplicateSets([a, c, d])
    expect(set?.reasons).toEqual(['title', 'doi'])
    expect(set?.reason).toBe('title')
    expect(set?.pairs).toHaveLength(2)
    expect(set?.score).toBeGreaterThan(0.9)
    expect(set?.score).toBeLessThanOrEqual(1)
  })

  it('isDuplicateOf answers for one pair', () => {
    expect(isDuplicateOf(a, b)).toBe(true)
    expect(isDuplicateOf(a, record({ title: 'Another paper about gut microbes and mood', family: 'Valles-Colomer', year: 2019 }))).toBe(false)
  })

  it('still finds duplicates among hundreds of "Anonymous" records of one year', () => {
    const many = Array.from({ length: 450 }, (_, index) => record({ title: `Conference abstract number ${index} on cytokines and mood in cohort ${index * 7}`, family: 'Anonymous', year: 2020 }))
    const copy = record({ title: 'Conference abstract number 17 on cytokines and mood in cohort 119.', family: 'Anonymous', year: 2020 })
    expect(findDuplicateSets([...many, copy]).map((set) => set.ids)).toEqual([[many[17]!.id, copy.id]])
  })

  it('ignores records with neither title nor identifier', () => {
    expect(findDuplicateSets([record({}), record({}), record({ title: '' })])).toEqual([])
  })
})

describe('a library of 50,000 records', () => {
  it('finds the planted duplicates and nothing else, quickly', () => {
    const records = syntheticLibrary(49_500, 500)
    const started = performance.now()
    const sets = findDuplicateSets(records)
    const elapsed = performance.now() - started
    const planted = new Set(records.filter((entry) => entry.id.startsWith('dup-')).map((entry) => entry.id))
    // Every set holds a planted copy and its original; a few originals were copied twice.
    for (const set of sets) expect(set.ids.some((id) => planted.has(id)), JSON.stringify(set.ids)).toBe(true)
    const found = new Set(sets.flatMap((set) => set.ids).filter((id) => planted.has(id)))
    expect(found.size / planted.size).toBeGreaterThanOrEqual(0.98)
    // Generous: CI machines are shared; about 3 s on an idle laptop core.
    expect(elapsed).toBeLessThan(20_000)
  }, 60_000)
})
