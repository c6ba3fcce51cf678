/**
 * Splits a BibTeX/BibLaTeX file into its top-level blocks before anything parses them, so
 * one broken entry costs only itself: citation-js's grammar stops at the first error and
 * would otherwise lose the whole file. Brace and quote rules follow citation-js's lexer
 * (`\{`, `\}` and `\\` are text), so a block that splits cleanly here also parses there.
 */

export interface BibtexBlock {
  kind: 'entry' | 'string'
  /** Entry type in lower case (`article`, `string`). */
  type: string
  /** The key as written, or undefined when the entry has none. */
  key: string | undefined
  /** The block's text, patched so citation-js accepts it (placeholder key, doubled commas). */
  text: string
  /** 1-based line of the `@`. */
  line: number
  /** Number of lines the block spans. */
  lineCount: number
}

export interface BibtexSplitError {
  kind: 'error'
  line: number
  message: string
}

/** Marks a key the file did not have; the reader drops it again. */
export const MISSING_KEY_PREFIX = 'axisref-missing-key-'

const HEADER = /@[ \t]*([A-Za-z][\w-]*)[ \t\n]*([{(])/y
const NEXT_ENTRY_LINE = /^[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/

/** Splits normalised text (LF line ends) into entries, @string blocks and errors. */
export function splitBibtex(text: string): Array<BibtexBlock | BibtexSplitError> {
  const blocks: Array<BibtexBlock | BibtexSplitError> = []
  let line = 1
  let position = 0
  while (position < text.length) {
    const at = text.indexOf('@', position)
    if (at === -1) break
    line += countNewlines(text, position, at)
    HEADER.lastIndex = at
    const header = HEADER.exec(text)
    if (!header) {
      const word = /^@[ \t]*([A-Za-z]+)/.exec(text.slice(at, at + 40))?.[1]
      if (word && word.toLowerCase() !== 'comment' && atLineStart(text, at)) {
        blocks.push({ kind: 'error', line, message: `"@${word}" is not followed by "{" or "(", so it is not an entry; skipped.` })
      }
      position = at + 1
      continue
    }
    const type = (header[1] ?? '').toLowerCase()
    const bodyStart = HEADER.lastIndex
    const scan = scanBody(text, bodyStart, type !== 'comment')
    // An unclosed @comment is a one-line comment, as citation-js and BibTeX read it.
    const end = scan.closed || type !== 'comment' ? scan.end : skipToLineEnd(text, at)
    const lineCount = countNewlines(text, at, end) + 1
    if (!scan.closed && type !== 'comment') {
      blocks.push({
        kind: 'error',
        line,
        message: `@${type} entry is never closed (a "}" is missing${scan.stoppedAtEntry ? ' before the next entry' : ' before the end of the file'}); skipped.`,
      })
    } else if (scan.tooDeepAt !== undefined && type !== 'comment' && type !== 'preamble') {
      blocks.push({ kind: 'error', line, message: tooDeepMessage(text, type, bodyStart, line + countNewlines(text, at, scan.tooDeepAt)) })
    } else if (type === 'string') {
      blocks.push({ kind: 'string', type, key: undefined, text: text.slice(at, end), line, lineCount })
    } else if (type !== 'comment' && type !== 'preamble') {
      blocks.push(entryBlock(text.slice(at, end), type, bodyStart - at, scan.removals.map((offset) => offset - at), line, lineCount, blocks.length))
    }
    line += countNewlines(text, at, end)
    position = end
  }
  return blocks
}

interface BodyScan {
  /** Offset just past the closing delimiter, or where scanning stopped. */
  end: number
  closed: boolean
  stoppedAtEntry: boolean
  /** Offsets of doubled commas between fields, which citation-js rejects. */
  removals: number[]
  /** Offset of the first brace deeper than {@link MAX_BRACE_DEPTH}, if any. */
  tooDeepAt?: number
}

/**
 * Deepest brace nesting read. Real entries need a handful of levels; citation-js parses
 * braces by recursion and overflows Node's stack somewhere past 1,400 (`\textit{` inside
 * `\textit{`), so an entry nested deeper is refused in words before it gets there.
 */
export const MAX_BRACE_DEPTH = 1000

const BRACE_OR_BREAK = /[{}\\\n]/g
const [BACKSLASH, NEWLINE, OPEN, CLOSE, CLOSE_PAREN, QUOTE, PERCENT, COMMA, SPACE] = [92, 10, 123, 125, 41, 34, 37, 44, 32]

// A line that starts a new entry while one is still open means the open one lacks its "}".
function startsEntry(text: string, lineStart: number): boolean {
  let index = lineStart
  while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++
  return text.charCodeAt(index) === 64 && NEXT_ENTRY_LINE.test(text.slice(lineStart, lineStart + 80))
}

// Like citation-js, either closer ends an entry: `@book{a, … )` is read, not lost.
function scanBody(text: string, start: number, recover: boolean): BodyScan {
  let depth = 0
  let inQuote = false
  let lastSignificant = 0
  const removals: number[] = []
  let tooDeepAt: number | undefined
  const open = (index: number): void => {
    depth++
    if (depth > MAX_BRACE_DEPTH) tooDeepAt ??= index
  }
  for (let index = start; index < text.length; index++) {
    if (depth > 0) {
      // Inside braces only braces, escapes and line breaks matter: jump to the next one.
      BRACE_OR_BREAK.lastIndex = index
      const found = BRACE_OR_BREAK.exec(text)
      if (!found) break
      index = found.index
    }
    const code = text.charCodeAt(index)
    if (code === BACKSLASH) {
      const next = text[index + 1] ?? ''
      if (next === '\\' || next === '{' || next === '}') index++
      continue
    }
    if (code === NEWLINE) {
      if (recover && startsEntry(text, index + 1)) return { end: index + 1, closed: false, stoppedAtEntry: true, removals, tooDeepAt }
      continue
    }
    if (depth > 0) {
      if (code === OPEN) open(index)
      else if (code === CLOSE) depth--
      continue
    }
    if (inQuote) {
      if (code === QUOTE) inQuote = false
      else if (code === OPEN) open(index)
      continue
    }
    if (code === CLOSE || code === CLOSE_PAREN) return { end: index + 1, closed: true, stoppedAtEntry: false, removals, tooDeepAt }
    if (code === OPEN) open(index)
    else if (code === QUOTE) inQuote = true
    else if (code === PERCENT) index = skipToLineEnd(text, index) - 1
    else if (code === COMMA && lastSignificant === COMMA) removals.push(index)
    if (code > SPACE) lastSignificant = code
  }
  return { end: text.length, closed: false, stoppedAtEntry: false, removals, tooDeepAt }
}

function entryBlock(raw: string, type: string, bodyOffset: number, removals: number[], line: number, lineCount: number, ordinal: number): BibtexBlock {
  let body = raw.slice(bodyOffset)
  for (const offset of [...removals].reverse()) {
    const relative = offset - bodyOffset
    body = body.slice(0, relative) + body.slice(relative + 1)
  }
  const keyMatch = /^\s*([^,\s=]+)\s*(,|=|[})]\s*$)/.exec(body)
  const head = raw.slice(0, bodyOffset)
  if (keyMatch && keyMatch[2] !== '=') {
    const key = keyMatch[1] ?? ''
    // An entry closed right after its key (`@misc{key}`) gets the comma citation-js needs.
    const patched = keyMatch[2] === ',' ? body : body.replace(key, `${key},`)
    // An entry needing no patch keeps its slice of the file: `head + body` would become, once
    // parsed, a copy of its own, and the blocks of a 50 MB file another 50 MB (or 100) held.
    const text = patched === body && removals.length === 0 ? raw : head + patched
    return { kind: 'entry', type, key, text, line, lineCount }
  }
  const placeholder = `${MISSING_KEY_PREFIX}${ordinal}`
  const patched = /^\s*,/.test(body) ? body.replace(',', `${placeholder},`) : `${placeholder},${body}`
  return { kind: 'entry', type, key: undefined, text: head + patched, line, lineCount }
}

function tooDeepMessage(text: string, type: string, bodyStart: number, deepLine: number): string {
  const key = /^\s*([^,\s={}()]+)\s*,/.exec(text.slice(bodyStart, bodyStart + 200))?.[1]
  const entry = key ? `@${type}{${key}}` : `@${type} entry`
  return `${entry} is skipped: its braces are nested deeper than ${MAX_BRACE_DEPTH.toLocaleString('en-US')} levels (line ${deepLine}); a real entry needs only a few, so check that entry's braces.`
}

function skipToLineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index)
  return end === -1 ? text.length : end
}

function atLineStart(text: string, index: number): boolean {
  const before = text.lastIndexOf('\n', index - 1)
  return text.slice(before + 1, index).trim() === ''
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++
  return count
}
