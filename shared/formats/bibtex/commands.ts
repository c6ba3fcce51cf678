import { latexTables } from '../citationJs'

/**
 * LaTeX commands decoded as biber decodes them, before citation-js sees a raw value.
 * citation-js keeps any command it has no table entry for as text (`\relax JP`, `\ocirc{u}`,
 * a `\~` with nothing to accent), and the writer then escapes that text as
 * `{\textbackslash}relax`, a command turned into visible text. Here:
 *  - `\relax` is nothing;
 *  - an accent takes its argument, braced or not (`\~{n}`, `\~n`, `\v S`, `\'{\i}`), and a
 *    special character in braces loses them (`{\v S}imon` is `Šimon`: BibTeX changes the case
 *    of special characters, so the braces never protected it, and citation-js would read
 *    `{…}imon` as a lower-case "von" part);
 *  - an accent on nothing (`\~{}`, `{\~}`) is the accent's own character (`~`);
 *  - a command nobody knows keeps its argument and loses its name (`\ocirc{u}` is `{u}`);
 *  - `\-` (a hyphenation point) is Unicode's soft hyphen, as Better BibTeX reads it, and `\(…\)` is math as `$…$`;
 *  - `\\` before a command is a literal backslash, as biber reads it, and a line break
 *    before a space is a space.
 * Commands citation-js decodes (formatting, symbols, math, `\url`) are left to it.
 */

/** Commands citation-js has no entry for, that BibTeX writers (ours included) use. */
const SYMBOLS: Record<string, string> = {
  S: '§',
  P: '¶',
  pounds: '£',
  dots: '…',
  relax: '',
}

/**
 * `\-` is a discretionary hyphen: U+00AD, the soft hyphen, invisible unless a line breaks there
 * (Better BibTeX reads it so); `\(…\)` is inline math, which citation-js reads as `$…$`.
 */
const CONTROL_SYMBOLS: Record<string, string> = { '-': '\u00AD', '(': '$', ')': '$' }

/**
 * What an accent with no letter to sit on prints. `~`, `^` and a backquote are written as
 * the commands citation-js knows, since as characters it reads them as a tie, math or quotes.
 */
const SPACING_ACCENTS: Record<string, string> = {
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  "'": '´',
  '`': '\\textasciigrave{}',
  '"': '¨',
  '=': '¯',
  '.': '˙',
  u: '˘',
  v: 'ˇ',
  H: '˝',
  c: '¸',
  r: '˚',
  k: '˛',
}

/** Accents citation-js lacks, by command; `\overline{1}` is 1̅, as in crystal directions. */
const EXTRA_ACCENTS: Record<string, string> = {
  overline: '\u0305',
  // MathSciNet's \ocirc, defined in its @preamble as a ring accent (Franc{\ocirc{u}} is Franců).
  ocirc: '\u030a',
  underline: '\u0332',
  bar: '\u0304',
  hat: '\u0302',
  widehat: '\u0302',
  tilde: '\u0303',
  widetilde: '\u0303',
  dot: '\u0307',
  ddot: '\u0308',
  vec: '\u20d7',
}

interface Known {
  accents: Record<string, string>
  passThrough: Set<string>
  letters: Record<string, string>
}

let known: Known | undefined

function knownCommands(): Known {
  const { commands, diacritics, mathCommands, formattingCommands, formattingEnvs, argumentCommands, mathScriptFormatting } = latexTables()
  const passThrough = new Set([
    ...Object.keys(commands),
    ...Object.keys(mathCommands),
    ...Object.keys(formattingCommands),
    ...Object.keys(formattingEnvs),
    ...Object.keys(argumentCommands),
    ...Object.keys(mathScriptFormatting),
    'begin',
    'end',
  ])
  const letters: Record<string, string> = {}
  for (const [name, char] of Object.entries(commands)) if (typeof char === 'string' && [...char].length === 1) letters[name] = char
  return { accents: { ...diacritics, ...EXTRA_ACCENTS }, passThrough, letters }
}

interface Step {
  text: string
  end: number
}

/** Decodes the commands above in one raw value; text without a backslash is returned as it is. */
export function decodeCommands(value: string): string {
  if (!value.includes('\\')) return value
  known ??= knownCommands()
  const table = known
  let result = ''
  let index = 0
  // Both searches are remembered until passed, so a long value is scanned once; "none left"
  // is the value's length.
  let slash = -1
  let brace = -1
  while (index < value.length) {
    if (slash < index) slash = found(value.indexOf('\\', index), value)
    if (brace < index) brace = found(value.indexOf('{\\', index), value)
    const next = Math.min(slash, brace)
    if (next === value.length) {
      result += value.slice(index)
      break
    }
    result += value.slice(index, next)
    const step = value[next] === '{' ? specialCharacter(value, next, table) : command(value, next, table)
    result += step.text
    index = step.end
  }
  return result
}

function found(index: number, value: string): number {
  return index < 0 ? value.length : index
}

/** `{\v S}` → `Š` without the braces; any other brace is copied. */
function specialCharacter(value: string, at: number, table: Known): Step {
  const accent = accentAt(value, at + 1, table)
  if (accent && value[accent.end] === '}') return { text: accent.text, end: accent.end + 1 }
  return { text: '{', end: at + 1 }
}

const NAME = /[A-Za-z]+/y
const SPACES = /\s*/y

function skipSpaces(value: string, from: number): number {
  SPACES.lastIndex = from
  SPACES.exec(value)
  return SPACES.lastIndex
}

function command(value: string, at: number, table: Known): Step {
  const accent = accentAt(value, at, table)
  if (accent) return accent
  const second = value[at + 1]
  if (second === '\\') {
    // A literal backslash for citation-js, which keeps `\\` as two backslashes. Before a command
    // (`D\\'ecoret`) the second backslash starts that command, as biber reads it; before anything
    // else (`\\{}`) both go, so the brace after them is not taken as escaped.
    const after = value[at + 2] ?? ''
    if (/[A-Za-z`'^~=."]/.test(after)) return { text: '\\textbackslash ', end: at + 1 }
    return /\S/.test(after) ? { text: '\\textbackslash ', end: at + 2 } : { text: ' ', end: at + 2 }
  }
  const control = CONTROL_SYMBOLS[second ?? '']
  if (control !== undefined) return { text: control, end: at + 2 }
  NAME.lastIndex = at + 1
  const name = NAME.exec(value)?.[0]
  if (!name) return { text: value.slice(at, at + 2), end: at + 2 }
  const afterName = at + 1 + name.length
  const symbol = SYMBOLS[name]
  if (symbol !== undefined) return { text: symbol, end: skipSpaces(value, afterName) }
  if (table.passThrough.has(name)) return { text: `\\${name}`, end: afterName }
  // Unknown: its braced argument (if any) stays as a group, the command goes.
  return { text: '', end: skipSpaces(value, afterName) }
}

const SYMBOL_ACCENT = /[`'^~=."]/
const BRACED_ARGUMENT = /\{\s*(\\[A-Za-z]+|[^\s{}\\])?\s*\}/y
const DOTLESS = /\\([ij])(?![A-Za-z])/y

/** An accent command at `at` with its argument, or undefined when it is not one. */
function accentAt(value: string, at: number, table: Known): Step | undefined {
  if (value[at] !== '\\') return undefined
  const second = value[at + 1] ?? ''
  NAME.lastIndex = at + 1
  const name = SYMBOL_ACCENT.test(second) ? second : NAME.exec(value)?.[0]
  const mark = name ? table.accents[name] : undefined
  if (!name || !mark) return undefined
  const start = skipSpaces(value, at + 1 + name.length)
  const argument = accentArgument(value, start, table)
  if (argument === undefined) return undefined
  if (argument.base === '') return { text: SPACING_ACCENTS[name] ?? '', end: argument.end }
  return { text: (argument.base + mark).normalize('NFC'), end: argument.end }
}

/** The letter an accent sits on: '' for none (`{}`, `}` or the end), undefined when unclear. */
function accentArgument(value: string, at: number, table: Known): { base: string; end: number } | undefined {
  const char = value[at]
  if (char === undefined || char === '}') return { base: '', end: at }
  BRACED_ARGUMENT.lastIndex = at
  const braced = BRACED_ARGUMENT.exec(value)
  if (braced) {
    const inner = braced[1] ?? ''
    const base = inner.startsWith('\\') ? letterCommand(inner.slice(1), table) : inner
    return base === undefined ? undefined : { base, end: BRACED_ARGUMENT.lastIndex }
  }
  DOTLESS.lastIndex = at
  const dotless = DOTLESS.exec(value)
  if (dotless) return { base: dotless[1] ?? '', end: DOTLESS.lastIndex }
  if (char === '{' || char === '\\') return undefined
  return { base: [...value.slice(at, at + 2)][0] ?? '', end: at + ([...value.slice(at, at + 2)][0]?.length ?? 1) }
}

// `\i` and `\j` are dotless so that the accent replaces the dot: the letter meant is i or j.
function letterCommand(name: string, table: Known): string | undefined {
  if (name === 'i' || name === 'j') return name
  return table.letters[name]
}
