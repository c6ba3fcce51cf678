/**
 * Why a title a PDF gave is not text a person can read, or null when it reads as a title.
 * Kinds seen on real PDFs: glyphs with no letters behind them (a subset font without a
 * ToUnicode map comes out as private-use or replacement characters), UTF-8 read as Latin-1
 * ("Ã©tude"), symbol soup with hardly a letter, a running header drawn twice to look bold
 * ("Critical CareCritical Care"), and OCR noise (words without vowels, letters spaced out).
 * Each check leaves room for what real titles hold: Greek letters, accents, acronyms
 * (PTSD, BDNF, TNF), formulas and numbers ("IL-1β", "5-HT2A", "COVID-19").
 */
export function unreadableTitleReason(title: string): string | null {
  const text = title.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (text === '') return null
  for (const check of CHECKS) {
    const reason = check(text)
    if (reason) return reason
  }
  return null
}

// The wrong character set first: its bytes can fall on control characters too.
const CHECKS: ReadonlyArray<(text: string) => string | null> = [wrongEncoding, unmappedGlyphs, fewLetters, repeatedHeader, ocrNoise]

// Private use areas, control characters (whitespace is a space by now) and the replacement character: what an unmapped glyph becomes.
const UNMAPPED = /[\p{Co}\p{Cc}\uFFFD]/gu

function unmappedGlyphs(text: string): string | null {
  const count = text.match(UNMAPPED)?.length ?? 0
  return count > 0 ? 'the PDF’s font maps its glyphs to no letters' : null
}

// UTF-8 bytes shown as Windows-1252 or Latin-1: "Ã©" for é, "â€™" (or â and two C1 controls) for ’, "Â " for a no-break space.
const MOJIBAKE = /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]|â[\u0080-\u009F\u20AC]|Â[\u00A0-\u00BF]/g

function wrongEncoding(text: string): string | null {
  return (text.match(MOJIBAKE)?.length ?? 0) >= 1 ? 'the text was decoded with the wrong character set' : null
}

function fewLetters(text: string): string | null {
  const visible = text.replace(/\s/g, '')
  const letters = visible.match(/\p{L}/gu)?.length ?? 0
  if (visible.length < 6) return letters === 0 ? 'it has no letters' : null
  // Latin-1 symbols (¤ ¦ § ¨ ª « ¬ ® ¯ ° ± ²…) in numbers mean glyph codes, not words.
  const symbols = visible.match(/[\u00A1-\u00BF\u00D7\u00F7]/g)?.length ?? 0
  if (symbols >= 3 && symbols / visible.length > 0.15) return 'it is mostly symbols, not words'
  return letters / visible.length < 0.5 ? 'it is mostly symbols, not words' : null
}

// The unit must be long enough to be a header ("Tora! Tora!" stays a title), and hold letters.
function repeatedHeader(text: string): string | null {
  const repeated = /^(.{6,}?) ?\1$/u.exec(text)
  return repeated?.[1] && /\p{L}{3}/u.test(repeated[1]) ? `a running header printed twice ("${repeated[1].trim()}")` : null
}

function ocrNoise(text: string): string | null {
  const tokens = text.split(' ')
  const singles = tokens.filter((token) => /^\p{L}$/u.test(token)).length
  if (tokens.length >= 6 && singles / tokens.length > 0.6) return 'its letters are spaced apart like OCR noise'
  // A 0 or 1 read for an o, l or i inside a word ("Inductl0n"); "5-HT2A" and "H2O" are upper case.
  const misread = tokens.filter((token) => /\p{Ll}[01]\p{Ll}|^[01]\p{Ll}{1,3}$/u.test(token)).length
  if (misread >= 2) return 'its words are not words (OCR noise)'
  // Lower-case words of three letters or more with no vowel ("tbc", "wlth"); acronyms are upper case.
  const words = tokens.map((token) => token.replace(/[^\p{L}]/gu, '')).filter((word) => word.length >= 3 && /\p{Ll}/u.test(word))
  const vowelless = words.filter((word) => !/[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœαεηιουω]/iu.test(word)).length
  if (words.length >= 2 && vowelless / words.length >= 0.4) return 'its words are not words (OCR noise)'
  const flips = words.filter((word) => (word.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 2).length
  return words.length >= 3 && flips / words.length >= 0.4 ? 'its letters are jumbled (OCR noise)' : null
}
