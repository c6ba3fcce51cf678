import { encodeLatex } from './latex'

/**
 * Titles for .bib files. Bibliography styles lower-case titles ("sentence case"), which
 * turns LPS into "lps" and IL-6 into "il-6" unless the word is in braces. The rule, applied
 * word by word:
 *  - always protect a word with a capital after its first letter (LPS, IL-6, mRNA, TNF-α,
 *    McEwen), or a capital together with a digit or a Greek letter (T3, Aβ);
 *  - in a title already written in sentence case, also protect capitalised words after the
 *    first (Alzheimer, Toll-like), since there they are names; in a Title Case title they
 *    are not, and protecting them would stop styles from sentence-casing it.
 * CSL inline markup becomes LaTeX (`<i>` → `\textit{}`); text inside `<span class="nocase">`
 * is braced as a whole. Styles do not change case inside braces or commands, so words there
 * need no further protection.
 */

const MARKUP: Record<string, [string, string]> = {
  i: ['\\textit{', '}'],
  b: ['\\textbf{', '}'],
  sup: ['\\textsuperscript{', '}'],
  sub: ['\\textsubscript{', '}'],
  sc: ['\\textsc{', '}'],
}

/** Deepest inline markup written as LaTeX; real titles nest two or three levels. */
const MAX_MARKUP_DEPTH = 100

const PLAIN_WORD = /^[a-z0-9,.;:'()-]+$/
const TAG = /<(\/?)(i|b|sup|sub|sc|span)((?:\s[^>]*)?)>/g

function openingFor(tag: string, attributes: string): [string, string] {
  if (tag === 'span' && /nocase/.test(attributes)) return ['{', '}']
  if (tag === 'span' && /small-caps/.test(attributes)) return ['\\textsc{', '}']
  if (tag === 'span') return ['', '']
  return MARKUP[tag] ?? ['', '']
}

// A capital that is not the first letter of a hyphen-separated part (LPS, IL-6, McEwen, O'Brien).
const INNER_CAPITAL = /[^-]\p{Lu}/u
// A part that starts with a capital and also has a digit or Greek letter (Th17, Aβ).
const CAPITAL_WITH_SYMBOL = /(?:^|-)\p{Lu}[^-]*[\d\u0370-\u03ff]/u
// A lone capital before a hyphen (T-cell, X-ray).
const LONE_CAPITAL = /(?:^|-)\p{Lu}-/u

/**
 * True when a word must be braced whatever the title's case style. Hyphenated words are
 * judged part by part, so "Open-Source" in a Title Case title is not braced while "IL-6",
 * "NF-κB" and "T-cell" are.
 */
export function isCaseSensitiveWord(word: string): boolean {
  return INNER_CAPITAL.test(word) || CAPITAL_WITH_SYMBOL.test(word) || LONE_CAPITAL.test(word)
}

/** A title is in sentence case when most longer words after the first start in lower case. */
function isSentenceCase(plainTitle: string): boolean {
  const words = plainTitle
    .split(/[\s/]+/)
    .slice(1)
    .filter((word, index, all) => index === 0 || !/[:.?!]$/.test(all[index - 1] ?? ''))
    .map((word) => word.replace(/^\W+|\W+$/gu, ''))
    .filter((word) => /^\p{L}{4,}/u.test(word) && !isCaseSensitiveWord(word))
  if (words.length === 0) return true
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised / words.length <= 0.5
}

function protectWords(text: string, sentenceCase: boolean, state: { first: boolean; afterColon: boolean }): string {
  return text
    .split(/(\s+)/)
    .map((chunk) => {
      // A no-break space stays one (`~`); "Nucl.~Phys." read as "Nucl. Phys." otherwise.
      if (!chunk || /^\s+$/.test(chunk)) return chunk.replace(/\u00a0/g, '~')
      if (PLAIN_WORD.test(chunk)) {
        // Most words: lower-case ASCII, nothing to protect or encode.
        state.first = false
        state.afterColon = /[:?!.]$/.test(chunk)
        return chunk
      }
      const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(chunk)
      const [, lead = '', core = '', tail = ''] = match ?? []
      const capitalisedName = sentenceCase && !state.first && !state.afterColon && /^\p{Lu}/u.test(core) && core.length > 1
      const protect = core !== '' && (isCaseSensitiveWord(core) || capitalisedName)
      state.first = false
      state.afterColon = /[:?!.]$/.test(chunk)
      const encoded = encodeLatex(core, true)
      return encodeLatex(lead, true) + (protect ? `{${encoded}}` : encoded) + encodeLatex(tail, true)
    })
    .join('')
}

/** Encodes a CSL title (with inline markup) for a BibTeX `title`/`booktitle` field. */
export function encodeTitle(title: string): string {
  const sentenceCase = isSentenceCase(title.replace(TAG, ''))
  const state = { first: true, afterColon: false }
  return encodeMarkup(title, (text, depth) => (depth === 0 ? protectWords(text, sentenceCase, state) : encodeLatex(text, true)), () => {
    state.first = false
  })
}

/**
 * Encodes any other CSL text with inline markup (an abstract's `<sub>`, an annotation's
 * `<i>`): the markup becomes LaTeX as in titles, which citation-js reads back as the same
 * markup, and no word is braced. Runs of white space become one space, except a no-break
 * space, which is written `~`.
 */
export function encodeRichText(value: string): string {
  return encodeMarkup(value.replace(/[^\S\u00a0]+/g, ' '), (text) => encodeLatex(text))
}

function encodeMarkup(value: string, encodeText: (text: string, depth: number) => string, onOpen?: () => void): string {
  const closers: string[] = []
  let result = ''
  let last = 0
  for (const match of value.matchAll(TAG)) {
    result += encodeText(value.slice(last, match.index), closers.length)
    last = match.index + match[0].length
    const [, closing, tag = '', attributes = ''] = match
    if (closing) {
      result += closers.pop() ?? ''
      continue
    }
    // Markup nested past any real title's is written as its text alone, so the .bib stays
    // within the brace depth readers follow (our own importer refuses past 1,000 levels).
    const [open, close] = closers.length < MAX_MARKUP_DEPTH ? openingFor(tag, attributes) : ['', '']
    result += open
    closers.push(close)
    onOpen?.()
  }
  result += encodeText(value.slice(last), closers.length)
  return result + closers.reverse().join('')
}
