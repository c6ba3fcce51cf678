/**
 * Removing the markup titles carry into a library: HTML from CSL-JSON and publisher feeds
 * (`<i>`, `&amp;`), LaTeX from .bib files a reader did not fully convert (`{\"u}`,
 * `\textit{…}`, `$\alpha$`). Only the letters matter for duplicate detection, so accents
 * are reduced to their base letter here and dropped later anyway.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  kappa: 'κ',
  mu: 'μ',
}

/** Tags removed, character references decoded; an unknown entity is dropped. */
export function stripHtml(value: string): string {
  return value
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/&#(\d{1,7});/g, (_match, code: string) => safeCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_match, code: string) => safeCodePoint(Number.parseInt(code, 16)))
    .replace(/&([a-z]+);/gi, (_match, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? ' ')
}

function safeCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' '
}

const GREEK_COMMAND = /\\(?:var)?(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega)(?![A-Za-z])/gi

// Letters LaTeX spells as commands: {\ss}, {\o}, {\ae}. Their ASCII form is what folding gives.
const LETTER_COMMAND = /\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])/g

/**
 * Plain text from LaTeX: accent commands keep their letter, Greek commands become names,
 * formatting commands keep their argument, braces and math shifts go.
 */
export function stripLatex(value: string): string {
  if (!/[\\{}$~]/.test(value)) return value
  return (
    value
      .replace(GREEK_COMMAND, (_match, name: string) => name.toLowerCase())
      .replace(LETTER_COMMAND, (_match, letter: string) => letter)
      // \"{u}, \'e, \c{c}, \v s: the accent goes, the letter stays.
      .replace(/\\[`'^"~=.]\s*/g, '')
      .replace(/\\[uvHckrbdt](?:\s+|(?=\{))/g, '')
      .replace(/\\[&%#_$]/g, (match) => match.slice(1))
      .replace(/\\[A-Za-z]+\*?\s*/g, ' ')
      .replace(/[{}$\\]/g, '')
      .replace(/~/g, ' ')
  )
}
