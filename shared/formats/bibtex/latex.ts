import { latexTables } from '../citationJs'
import { EXTRA_MATH } from './math'

/**
 * Unicode → LaTeX for .bib files that must compile with 8-bit BibTeX and pdfLaTeX. Accented
 * letters become BibTeX "special characters" (`{\"u}`), which BibTeX sorts, case-changes and
 * abbreviates correctly; Greek becomes math in braces (`{$\alpha$}`); LaTeX's special
 * characters are escaped. The tables come from citation-js, inverted, so what we write is
 * what citation-js reads back; a curated list wins where a plainer form exists.
 */

const CURATED: Record<string, string> = {
  '\u00a0': '~',
  '–': '--',
  '—': '---',
  '“': '``',
  '”': "''",
  '‘': '{\\textquoteleft}',
  '’': '{\\textquoteright}',
  '−': '{\\textminus}',
  '°': '{\\textdegree}',
  // the micro sign, as Better BibTeX writes it; the Greek letter μ is {$\\mu$}
  'µ': '{\\textmu}',
  '§': '{\\S}',
  '¶': '{\\P}',
  '©': '{\\copyright}',
  '£': '{\\pounds}',
  '\u2009': '\\,',
}

for (const [name, char] of Object.entries(EXTRA_MATH)) CURATED[char] ??= `{$\\${name}$}`

// Super- and subscript digits and signs as math scripts, which citation-js reads back as
// the same characters (\textsuperscript would come back as <sup> markup instead).
const SCRIPTS: Array<[string, string, string]> = [
  ['⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻', '0123456789+-', '^'],
  ['₀₁₂₃₄₅₆₇₈₉₊₋', '0123456789+-', '_'],
]
for (const [chars, plain, script] of SCRIPTS) {
  ;[...chars].forEach((char, index) => {
    CURATED[char] = `{$${script}{${plain[index] ?? ''}}$}`
  })
}

const ESCAPES: Record<string, string> = {
  '\\': '{\\textbackslash}',
  // BibTeX counts `\{` as a brace, so literal braces are written as commands.
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
  '<': '{\\textless}',
  '>': '{\\textgreater}',
}

interface Tables {
  single: Map<string, string>
  accents: Map<string, string>
}

let tables: Tables | undefined

function buildTables(): Tables {
  const { commands, diacritics, mathCommands } = latexTables()
  const single = new Map<string, string>()
  for (const [name, char] of Object.entries(mathCommands)) if (!single.has(char)) single.set(char, `{$\\${name}$}`)
  for (const [name, char] of Object.entries(commands)) {
    if (typeof char === 'string' && [...char].length === 1 && /[^\x20-\x7e]/.test(char)) single.set(char, `{\\${name}}`)
  }
  for (const [char, latex] of Object.entries(CURATED)) single.set(char, latex)
  const accents = new Map<string, string>()
  for (const [command, mark] of Object.entries(diacritics)) if (!accents.has(mark)) accents.set(mark, command)
  return { single, accents }
}

/** One base letter with combining accents, e.g. "u" + U+0308 → `{\"u}`; i and j lose their dot. */
function accented(base: string, marks: string[], accentCommands: Map<string, string>): string | undefined {
  let inner = base === 'i' ? '\\i' : base === 'j' ? '\\j' : base
  for (const mark of marks) {
    const command = accentCommands.get(mark)
    if (!command) return undefined
    // Letter-named accents (\c, \v, \H…) need their argument braced; symbol accents do not.
    inner = /^[A-Za-z]+$/.test(command) ? `\\${command}{${inner}}` : `\\${command}${inner}`
  }
  return `{${inner}}`
}

const NEEDS_ENCODING = /[\\{}&%$#_~^<>]|[^\x20-\x7e\n\t]/

/**
 * Encodes plain text (no markup) for a BibTeX field value. With `literalHyphens` (titles), two
 * hyphens of the text stay two hyphens ("1-->4") instead of becoming the en dash `--` is to
 * LaTeX; fields whose `--` is meant as a range (pages, years) leave it off.
 */
export function encodeLatex(text: string, literalHyphens = false): string {
  if (!NEEDS_ENCODING.test(text) && !(literalHyphens && text.includes('--'))) return text
  tables ??= buildTables()
  const { single, accents } = tables
  let result = ''
  let previous = ''
  for (const char of text.normalize('NFC')) {
    if (literalHyphens && char === '-' && previous === '-') result += '{}'
    previous = char
    const code = char.charCodeAt(0)
    const escaped = code < 0x80 ? ESCAPES[char] : undefined
    if (escaped) {
      result += escaped
      continue
    }
    if (code < 0x80) {
      result += char
      continue
    }
    const mapped = single.get(char)
    if (mapped) {
      result += mapped
      continue
    }
    const [base = '', ...marks] = char.normalize('NFD')
    const withAccent = marks.length > 0 && /^[A-Za-z]$/.test(base) ? accented(base, marks, accents) : undefined
    // Anything LaTeX has no name for stays UTF-8: better than dropping a letter of a name.
    result += withAccent ?? single.get(base) ?? char
  }
  return result
}

/**
 * True when every `{` in a value has its `}`, counted as BibTeX counts them (a backslash
 * does not escape a brace); BibTeX rejects the rest of the file after an unbalanced value.
 */
export function bracesBalanced(value: string): boolean {
  let depth = 0
  for (const char of value) {
    if (char === '{') depth++
    else if (char === '}' && --depth < 0) return false
  }
  return depth === 0
}
