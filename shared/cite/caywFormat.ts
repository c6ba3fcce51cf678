import type { CaywFormat, CiteItem } from './request'

/**
 * The picker's answer in the markup an editor asked for, as Better BibTeX's "cite as you write"
 * endpoint writes it (content/cayw/formatter.ts), so editor plugins written for BBT read AxisRef's
 * answers unchanged. Items are the picks in order, each `id` a citation key. The formatted
 * formats (a style's citation or bibliography) need citeproc and are made in the renderer.
 */

/** The formats made from citation keys alone. */
export type KeyFormat = Exclude<CaywFormat, 'formatted-citation' | 'formatted-bibliography'>

/** The endpoint's other query parameters as they came: `brackets`, `command`, and label overrides (`page=`). */
export type CaywOptions = Readonly<Record<string, string>>

export type CaywResult = { ok: true; text: string } | { ok: false; message: string }

/** BBT's short locator labels; any label not listed is written as it is ("table 3"). */
const SHORT_LABELS: Readonly<Record<string, string>> = {
  article: 'art.', chapter: 'ch.', subchapter: 'subch.', column: 'col.', figure: 'fig.', line: 'l.', note: 'n.', issue: 'no.',
  opus: 'op.', page: 'p.', paragraph: 'para.', subparagraph: 'subpara.', part: 'pt.', rule: 'r.', section: 'sec.',
  subsection: 'subsec.', Section: 'Sec.', 'sub-verbo': 'sv.', schedule: 'sch.', title: 'tit.', verse: 'vrs.', volume: 'vol.',
}

/** A LaTeX command name, optionally starred: what `command=` may be (it is written into the editor's document). */
const COMMAND = /^[A-Za-z]{1,40}\*?$/

/** Keys pandoc reads after a bare `@`; any other key is written `@{key}`. */
const PANDOC_BARE_KEY = /^[a-zA-Z0-9_](?:[a-zA-Z0-9_]*[:.#$%&\-+?<>~/]?[a-zA-Z0-9_]+)*$/

/** Page numbers, ranges and lists of them: pandoc reads these as a locator without braces. */
const PLAIN_LOCATOR = /^\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*$/

/** The short form of a locator label; the query may override one (`page=` drops the page label). */
export function shortLabel(label: string, overrides: CaywOptions = {}): string {
  if (Object.hasOwn(overrides, label)) return overrides[label] ?? ''
  return SHORT_LABELS[label] ?? label
}

/** BBT's reading of a pick: a locator without a label is a page. */
function labelOf(item: CiteItem): string {
  return item.label ?? (item.locator ? 'page' : '')
}

function pandocCite(item: CiteItem, options: CaywOptions, brackets: boolean): string {
  const key = PANDOC_BARE_KEY.test(item.id) ? `@${item.id}` : `@{${item.id}}`
  let cite = `${item.prefix ? `${item.prefix} ` : ''}${item['suppress-author'] ? '-' : ''}${key}`
  if (item.locator) {
    const located = `${shortLabel(labelOf(item), options)} ${item.locator}`.trim()
    // braces tell pandoc where a locator like "iv, fn. 3" ends; they only work inside brackets
    cite += `, ${brackets && !PLAIN_LOCATOR.test(item.locator) ? `{${located}}` : located}`
  }
  if (item.suffix) cite += ` ${item.suffix}`
  return cite
}

/**
 * Whether a pandoc answer goes in brackets. Better BibTeX brackets only when asked
 * (`brackets=1`); JabRef always does, and several picks are only one pandoc citation in
 * brackets (`@a; @b` bare is two in-text citations run together). So: in brackets unless the
 * editor says not (`brackets=0`, `false`, `no`, or empty); any other value asks for them.
 */
function wantsBrackets(options: CaywOptions): boolean {
  if (options.brackets === undefined) return true
  return !/^(?:|0|false|no|off)$/i.test(options.brackets.trim())
}

/** Pandoc: `[@key, p. 12; -@other]`, or bare when the editor turns brackets off. */
export function formatPandoc(items: readonly CiteItem[], options: CaywOptions = {}): string {
  const brackets = wantsBrackets(options)
  const cites = items.map((item) => pandocCite(item, options, brackets)).join('; ')
  return brackets ? `[${cites}]` : cites
}

const LATEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#', '%': '\\%', _: '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
}
const LATEX_MATH = new Set(['<', '>'])

/** Text safe in a LaTeX note: special characters escaped, `<` and `>` in math mode (runs of them in one). */
export function toLatex(text: string): string {
  let out = ''
  let math = ''
  for (const char of text) {
    if (LATEX_MATH.has(char)) {
      math += char
      continue
    }
    if (math) out += `$${math}$`
    math = ''
    out += LATEX_SPECIALS[char] ?? char
  }
  return math ? `${out}$${math}$` : out
}

/** `[prenote][postnote]{key}`: the page label is left out in LaTeX ("\cite[12]{key}"), as BBT does. */
function latexArguments(item: CiteItem, options: CaywOptions): string {
  const label = item.locator ? `${shortLabel(labelOf(item), { page: '', ...options })} `.trimStart() : ''
  const locator = item.locator ? `${toLatex(label)}${toLatex(item.locator)}` : ''
  const postnote = [locator, item.suffix ? toLatex(item.suffix) : ''].filter(Boolean).join(', ')
  let notes = item.prefix ? `[${toLatex(item.prefix)}]` : ''
  if (postnote) notes += `[${postnote}]`
  else if (item.prefix) notes += '[]'
  return `${notes}{${item.id}}`
}

function commandOf(options: CaywOptions, fallback: string): CaywResult {
  const command = options.command || fallback
  if (COMMAND.test(command)) return { ok: true, text: command }
  return { ok: false, message: `The citation command "${command}" is not a LaTeX command name: use letters only, as in command=citep.` }
}

/**
 * natbib: one command for all keys when no pick has notes and the author is suppressed in all
 * or none (`\citeyear{a,b}`); otherwise one command per pick, `\citeyear` where the author is suppressed.
 */
export function formatNatbib(items: readonly CiteItem[], options: CaywOptions = {}, fallback = 'cite'): CaywResult {
  const command = commandOf(options, fallback)
  if (!command.ok || items.length === 0) return command.ok ? { ok: true, text: '' } : command
  const suppressed = items.filter((item) => item['suppress-author']).length
  const plain = items.every((item) => !item.prefix && !item.suffix && !item.locator)
  if (items.length > 1 && plain && (suppressed === 0 || suppressed === items.length)) {
    return { ok: true, text: `\\${suppressed ? 'citeyear' : command.text}{${items.map((item) => item.id).join(',')}}` }
  }
  const text = items.map((item) => `\\${item['suppress-author'] ? 'citeyear' : command.text}${latexArguments(item, options)}`).join('')
  return { ok: true, text }
}

/**
 * biblatex: `\autocite` (or `command`); the starred form hides the author of a single pick for
 * \cite, \autocite and \parencite; several picks with notes take the multicite form `\autocites`.
 */
export function formatBiblatex(items: readonly CiteItem[], options: CaywOptions = {}): CaywResult {
  const command = commandOf(options, 'autocite')
  if (!command.ok || items.length === 0) return command.ok ? { ok: true, text: '' } : command
  const [only] = items
  if (items.length === 1 && only) {
    const star = only['suppress-author'] && /^(auto|paren|)cite$/.test(command.text) ? '*' : ''
    return { ok: true, text: `\\${command.text}${star}${latexArguments(only, options)}` }
  }
  const cites = items.map((item) => latexArguments(item, options)).join('')
  if (!cites.includes('[')) return { ok: true, text: `\\${command.text}${cites.replace(/\}\{/g, ',')}` }
  return { ok: true, text: `\\${command.text.endsWith('s') ? command.text : `${command.text}s`}${cites}` }
}

/** MultiMarkdown: `[#key][]`, or `[prefix][#key]`; locators and suffixes have no place in it. */
export function formatMmd(items: readonly CiteItem[]): string {
  return items.map((item) => (item.prefix ? `[${item.prefix}][#${item.id}]` : `[#${item.id}][]`)).join('')
}

/** The picks as BBT's `json` format lists them (its fields, empty strings for what was not filled in). */
export function formatJson(items: readonly CiteItem[]): string {
  return JSON.stringify(
    items.map((item) => ({
      id: item.id,
      locator: item.locator ?? '',
      suppressAuthor: Boolean(item['suppress-author']),
      prefix: item.prefix ?? '',
      suffix: item.suffix ?? '',
      label: labelOf(item),
      citationKey: item.id,
    })),
  )
}

/**
 * The answer for every format made from keys. `scrivener` is not a format of BBT's or JabRef's
 * endpoint: Scrivener compiles MultiMarkdown, so it gets the `mmd` form.
 */
export function caywFormat(format: KeyFormat, items: readonly CiteItem[], options: CaywOptions = {}): CaywResult {
  switch (format) {
    case 'pandoc':
      return { ok: true, text: formatPandoc(items, options) }
    case 'latex':
    case 'cite':
    case 'natbib':
      return formatNatbib(items, options, 'cite')
    case 'citep':
    case 'citet':
      return formatNatbib(items, options, format)
    case 'biblatex':
      return formatBiblatex(items, options)
    case 'mmd':
    case 'scrivener':
      return { ok: true, text: formatMmd(items) }
    case 'json':
      return { ok: true, text: formatJson(items) }
  }
}

/** True for the formats `caywFormat` makes (the others need the citation formatter). */
export function isKeyFormat(format: CaywFormat): format is KeyFormat {
  return format !== 'formatted-citation' && format !== 'formatted-bibliography'
}

/** The key forms quick copy offers. */
export type KeyTextForm = 'key' | 'pandoc' | 'latex'

/** Citation keys as quick copy writes them: "maes2008, kelly2016", "[@maes2008; @kelly2016]", "\cite{maes2008,kelly2016}". */
export function keyText(keys: readonly string[], form: KeyTextForm): string {
  const items = keys.map((id) => ({ id }))
  if (form === 'pandoc') return formatPandoc(items, { brackets: '1' })
  if (form === 'latex') return keys.length ? `\\cite{${keys.join(',')}}` : ''
  return keys.join(', ')
}
