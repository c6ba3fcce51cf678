/**
 * Text normalisation shared by the term lists and the papers, so that both sides meet in
 * one spelling: lower case, no accents, Greek letters spelled out (TNF-α → "tnf alpha"),
 * British spellings folded to American (tumour → tumor), letters and digits split
 * (IL6 → "il 6"), and every run of punctuation or hyphens turned into one space.
 * Word boundaries are then simply spaces: "il 6" cannot match inside "il 60".
 */

const GREEK: Readonly<Record<string, string>> = {
  α: ' alpha ',
  ɑ: ' alpha ',
  β: ' beta ',
  // A German sharp s in a biomedical text is nearly always a mistyped beta (IL-1ß).
  ß: ' beta ',
  γ: ' gamma ',
  δ: ' delta ',
  κ: ' kappa ',
  μ: ' mu ',
  ω: ' omega ',
}

const SPELLINGS: Readonly<Record<string, string>> = {
  tumour: 'tumor',
  faec: 'fec',
  oesophag: 'esophag',
  coeliac: 'celiac',
  behaviour: 'behavior',
  haem: 'hem',
  anaem: 'anem',
  oedem: 'edem',
  paediatr: 'pediatr',
  leucocyt: 'leukocyt',
  signalling: 'signaling',
  isation: 'ization',
  ised: 'ized',
  ising: 'izing',
  yoghurt: 'yogurt',
  fibre: 'fiber',
  oestrogen: 'estrogen',
  anaesth: 'anesth',
  foetal: 'fetal',
  randomis: 'randomiz',
  labelled: 'labeled',
  modelling: 'modeling',
  ageing: 'aging',
  colour: 'color',
  caecum: 'cecum',
  caecal: 'cecal',
}
// One pass for both: Greek letters and British spellings are rewritten by lookup.
const REWRITE_PATTERN = new RegExp(`[${Object.keys(GREEK).join('')}]|${Object.keys(SPELLINGS).join('|')}`, 'g')
const REWRITES: Readonly<Record<string, string>> = { ...GREEK, ...SPELLINGS }

const NON_ASCII = /[^ -~\t\n\r]/
const COMBINING_MARKS = /[\u0300-\u036f]/g
const LETTER_DIGIT_BOUNDARY = /([a-z])(?=\d)|(\d)(?=[a-z])/g
const NON_WORD = /[^a-z0-9]+/g

/** The normalised form of any text: tokens of [a-z0-9] separated by single spaces. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase()
  // Accents are stripped only where there are any: most text is plain ASCII.
  const plain = NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(COMBINING_MARKS, '') : lower
  return plain
    .replace(REWRITE_PATTERN, (part) => REWRITES[part] ?? part)
    .replace(LETTER_DIGIT_BOUNDARY, '$1$2 ')
    .replace(NON_WORD, ' ')
    .trim()
}

/** The normalised tokens of a text (empty for blank text). */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text)
  return normalized === '' ? [] : normalized.split(' ')
}

// Sentence ends: . ! ? ; followed by space. "e.g. " also splits, which only makes a
// sentence shorter; pathways need co-occurrence within a sentence, so that is harmless.
const SENTENCE_END = /(?<=[.!?;])\s+/

/** Splits running text into sentences (for co-occurrence within a sentence). */
export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '')
}

/**
 * Ways a multi-word term may be written: as given, and with any of its word gaps closed
 * ("tnf alpha" → "tnfalpha", "germ free" → "germfree"), since authors hyphenate, space
 * and join the same words. Terms of more than four words are used as given.
 */
export function joinedVariants(tokens: readonly string[]): string[][] {
  if (tokens.length < 2 || tokens.length > 4) return [[...tokens]]
  const variants: string[][] = []
  const gaps = tokens.length - 1
  for (let mask = 0; mask < 1 << gaps; mask++) {
    const words: string[] = [tokens[0] ?? '']
    for (let gap = 0; gap < gaps; gap++) {
      const next = tokens[gap + 1] ?? ''
      if (mask & (1 << gap)) words[words.length - 1] += next
      else words.push(next)
    }
    // Re-tokenise: joining "il" and "6" gives "il6", which text normalisation splits again.
    variants.push(tokenize(words.join(' ')))
  }
  return variants
}
