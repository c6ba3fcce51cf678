import type { CslItem } from '../../../shared/formats'
import type { DedupRecord } from '../../../shared/dedup'
import { createRandom } from '../../../bench/fixtures/random'

/**
 * A large synthetic library for the speed test: titles drawn from a PNI vocabulary with a
 * skewed (Zipf-like) word frequency, as real titles are, so "depression" and
 * "inflammation" are in thousands of titles and blocking has to cope with that.
 */

const WORDS = (
  'depression inflammation cytokine microbiota gut brain axis immune microglia interleukin tumor necrosis factor ' +
  'major depressive disorder patients mice rats stress chronic social defeat behavior anxiety hippocampus prefrontal ' +
  'cortex kynurenine tryptophan serotonin lipopolysaccharide intestinal permeability barrier astrocytes neuroinflammation ' +
  'antidepressant ketamine treatment response randomized trial meta analysis systematic review cohort study adolescents ' +
  'older adults pregnancy postpartum obesity diet probiotics short chain fatty acids butyrate vagus nerve signaling ' +
  'receptor expression pathway activation nlrp3 inflammasome oxidative nitrosative mitochondrial dysfunction sleep'
).split(' ')
const FILLER = ['the', 'of', 'in', 'and', 'a', 'with', 'for', 'on', 'to', 'by', 'after', 'during']
const SYLLABLES = ['ka', 'lo', 'mi', 'ner', 'sto', 'va', 'gel', 'ru', 'tin', 'bor', 'sen', 'da', 'ul', 'rik', 'mo', 'pha']

function pseudoWord(random: () => number, parts: number): string {
  return Array.from({ length: parts }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('')
}

/** `count` distinct papers, then `duplicates` re-typed copies of random ones (ids `dup-<n>-of-<i>`). */
export function syntheticLibrary(count: number, duplicates: number, seed = 42): DedupRecord[] {
  const random = createRandom(seed).next
  const rare = Array.from({ length: 4000 }, () => pseudoWord(random, 3))
  const surnames = Array.from({ length: 3000 }, () => pseudoWord(random, 2 + Math.floor(random() * 2)))
  const pick = <T>(list: readonly T[], skew: number): T => list[Math.floor(list.length * random() ** skew)] as T
  const records: DedupRecord[] = []
  for (let index = 0; index < count; index++) {
    const length = 6 + Math.floor(random() * 12)
    const words = Array.from({ length }, (_, position) => (position % 3 === 1 ? pick(FILLER, 2) : random() < 0.6 ? pick(WORDS, 2.5) : pick(rare, 1)))
    const item: CslItem = { id: `p${index}`, type: 'article-journal', title: words.join(' ') }
    // Some records lack an author or a year, as PDFs read without metadata do.
    if (random() > 0.05) item.author = [{ family: pick(surnames, 2), given: 'A' }]
    if (random() > 0.05) item.issued = { 'date-parts': [[1990 + Math.floor(random() * 35)]] }
    records.push({ id: `p${index}`, item, citationKey: `k${index}` })
  }
  for (let copy = 0; copy < duplicates; copy++) {
    const source = records[Math.floor(random() * count)]!
    const title = (source.item.title ?? '').toUpperCase().replace(/ of /, ' OF: ')
    records.push({ id: `dup-${copy}-of-${source.id}`, item: { ...source.item, id: `d${copy}`, title: `${title}.` }, citationKey: `d${copy}` })
  }
  return records
}
