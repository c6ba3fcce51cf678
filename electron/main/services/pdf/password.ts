/**
 * SASLprep (RFC 4013) of a typed password, as PDF 2.0 requires for AES-256 (revision 6)
 * files before hashing: characters "commonly mapped to nothing" (soft hyphen, zero-width
 * joiners, variation selectors) go, non-ASCII spaces become spaces, then NFKC ("ª" → "a").
 * pdfjs hashes the password as given, so "SªSL\u00adprep" typed as printed would not open a
 * file whose password is it.
 */

// RFC 3454 table B.1, as code points: some are combining marks, which a regular expression's
// character class would read as joined to their neighbours
const MAPPED_TO_NOTHING = new Set([0xad, 0x34f, 0x1806, 0x180b, 0x180c, 0x180d, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])
const NON_ASCII_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g

function isMappedToNothing(code: number): boolean {
  return MAPPED_TO_NOTHING.has(code) || (code >= 0xfe00 && code <= 0xfe0f)
}

export function saslPrep(password: string): string {
  const kept = [...password].filter((char) => !isMappedToNothing(char.codePointAt(0) ?? 0)).join('')
  return kept.replace(NON_ASCII_SPACE, ' ').normalize('NFKC')
}
