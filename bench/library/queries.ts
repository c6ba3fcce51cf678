import { createRandom } from '../fixtures/random'
import { FAMILY_NAMES, NODE_IDS, NODE_TERMS, PNI_JOURNALS, STUDY_TYPE_IDS, TAGS } from '../fixtures/vocabulary'

// phrases a PNI reader types; none is one of the generator's own sentence templates, which
// every abstract contains and no real library does
const PHRASES = ['randomized controlled trial', 'major depressive disorder', 'gut microbiota', 'blood-brain barrier', 'intestinal permeability', 'germ-free mice', 'chronic social defeat', 'kynurenine pathway']

/** Drops, doubles or swaps one letter: what a hurried typist does. */
function typo(word: string, at: number): string {
  const index = 1 + (at % Math.max(1, word.length - 2))
  const kind = at % 3
  if (kind === 0) return word.slice(0, index) + word.slice(index + 1)
  if (kind === 1) return word.slice(0, index) + word.charAt(index) + word.slice(index)
  return word.slice(0, index) + word.charAt(index + 1) + word.charAt(index) + word.slice(index + 2)
}

/**
 * A deterministic mix of what people type into a reference manager: single and paired
 * terms, words half typed, typos, phrases, authors, years, axis nodes, study types, tags,
 * journals and exclusions, alone and combined.
 */
export function benchQueries(count = 200, seed = 7): string[] {
  const random = createRandom(seed)
  const term = (): string => random.pick(NODE_TERMS.get(random.pick(NODE_IDS)) ?? ['inflammation'])
  const quoted = (value: string): string => (value.includes(' ') ? `"${value}"` : value)
  const shapes: (() => string)[] = [
    () => term(),
    () => `${term()} ${term()}`,
    () => term().slice(0, 3 + random.int(4)),
    () => `${term()} ${term().slice(0, 4)}`,
    () => typo(term(), random.int(100)),
    () => `"${random.pick(PHRASES)}"`,
    () => `author:${quoted(random.pick(FAMILY_NAMES))}`,
    () => `${term()} year:${2000 + random.int(15)}-${2016 + random.int(10)}`,
    () => `node:${random.pick(NODE_IDS)} ${term()}`,
    () => `type:${random.pick(STUDY_TYPE_IDS)} ${term()}`,
    () => `${term()} has:pdf`,
    () => `${term()} -mice -rats`,
    () => `tag:${quoted(random.pick(TAGS))}`,
    () => `journal:${quoted(random.pick(PNI_JOURNALS))} ${term()}`,
    () => `${random.pick(FAMILY_NAMES)} ${term()}`,
    () => `depression`,
    () => `node:immune type:rct -"case report" year:>2010`,
  ]
  return Array.from({ length: count }, (_, index) => (shapes[index % shapes.length] ?? term)())
}
