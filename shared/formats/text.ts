/**
 * Text helpers every reader shares: decoding bytes whose encoding nobody declared, line
 * numbers for error messages, and the small normalisations readers apply to values.
 */

/**
 * Decodes a bibliography file. Reference managers write UTF-8, UTF-16 (with or without a
 * byte-order mark) and, in older files, Windows-1252, usually without saying which; a wrong
 * guess would silently corrupt every accented author name, so UTF-8 is only accepted when it
 * decodes without a single invalid sequence.
 */
export function decodeBibliographyBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2))
  const utf16 = guessUtf16(bytes)
  if (utf16) return decode(utf16, bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return decode('windows-1252', bytes)
  }
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes)
}

// Text in UTF-16 without a BOM has a zero byte in every other position for ASCII characters,
// which bibliography syntax is made of; UTF-8 and Windows-1252 text has none.
function guessUtf16(bytes: Uint8Array): 'utf-16be' | 'utf-16le' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096)
  if (sample < 4) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros++
    if (bytes[index + 1] === 0) oddZeros++
  }
  const pairs = sample / 2
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be'
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le'
  return undefined
}

/** Drops a byte-order mark and turns CR LF and lone CR (old Mac files) into LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

/** Start offset of every line, for turning offsets into 1-based line numbers. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1)
  }
  return starts
}

/** The 1-based line number of `offset`, given the result of `lineStarts`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return low + 1
}

/** Collapses runs of whitespace (including line breaks inside wrapped values) to one space. */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** Removes the inline markup CSL-JSON allows in titles (`<i>`, `<sup>`, `<span class=…>`). */
export function stripMarkup(value: string): string {
  return value.replace(/<\/?(?:i|b|sc|sup|sub|span)(?:\s[^>]*)?>/g, '')
}

/** Splits a keyword field on `;` or `,` (whichever the file uses) and drops empties. */
export function splitKeywords(value: string): string[] {
  const separator = value.includes(';') ? ';' : ','
  return value
    .split(separator)
    .map((keyword) => collapseWhitespace(keyword))
    .filter((keyword) => keyword.length > 0)
}

/** A DOI without its resolver prefix (`https://doi.org/`, `doi:`), or undefined if none. */
export function cleanDoi(value: string | undefined): string | undefined {
  if (!value) return undefined
  const match = /10\.\d{4,9}\/\S+/.exec(value)
  if (!match) return undefined
  // Trailing punctuation and stray brackets come from the text around a DOI, not the DOI;
  // a closing parenthesis is kept when the DOI opened one, as in 10.1016/S0140-6736(20)30183-5.
  let doi = match[0].replace(/[.,;}\]]+$/, '')
  while (doi.endsWith(')') && (doi.match(/\(/g)?.length ?? 0) < (doi.match(/\)/g)?.length ?? 0)) doi = doi.slice(0, -1)
  return doi
}
