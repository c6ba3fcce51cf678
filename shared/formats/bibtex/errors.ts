import type { BibtexBlock } from './split'

/**
 * Turns citation-js's grammar errors (`expected "comma", got "identifier" at line 3 col 5`)
 * into a sentence a thesis writer can act on, with the line in the original file.
 */

const TOKEN_WORDS: Record<string, string> = {
  identifier: 'a field name',
  equals: 'an "="',
  comma: 'a comma',
  rbrace: 'a closing brace',
  lbrace: 'an opening brace',
  label: 'the citation key',
  quote: 'a quotation mark',
  hash: 'a "#"',
  number: 'a number',
  text: 'text',
  EOF: 'the end of the entry',
}

function words(token: string): string {
  return TOKEN_WORDS[token] ?? `"${token}"`
}

/** A sentence (no final period) saying what is wrong and on which line of the file. */
export function describeSyntaxError(error: unknown, block: BibtexBlock, prefixLines: number): string {
  const message = error instanceof Error ? error.message : String(error)
  const position = /at line (\d+) col (\d+)/.exec(message)
  const batchLine = position ? Number(position[1]) : prefixLines + 1
  const line = Math.min(Math.max(block.line + batchLine - prefixLines - 1, block.line), block.line + block.lineCount - 1)
  const expected = /expected "(\w+)", got "?(\w+)"?/.exec(message)
  if (expected) {
    const [, want = '', got = ''] = expected
    if ((want === 'comma' || want === 'rbrace') && got === 'identifier') return `a comma is missing before the field name on line ${line}`
    if (want === 'equals') return `the field name on line ${line} is not followed by "="`
    if (want === 'label') return `the citation key is missing or malformed on line ${line}`
    return `${words(want)} was expected but ${words(got)} was found on line ${line}`
  }
  // citation-js parses by recursion and matches values with backtracking expressions: what
  // overflows the stack is the file's nesting or length, never a fault to report in the engine's words
  if (error instanceof RangeError || /maximum call stack/i.test(message)) {
    return `it is nested too deeply or too long to read (from line ${block.line}); check its braces and the length of its fields`
  }
  if (message.includes('invalid syntax')) return `unexpected character on line ${line} (check quotes and braces)`
  return `it could not be read (${message.split('\n')[0] ?? message}; line ${line})`
}

/** How messages name an entry: by type and key, or by type alone. */
export function describe(block: BibtexBlock): string {
  return block.key ? `Entry @${block.type}{${block.key}}` : `@${block.type} entry without a key`
}
