/**
 * Folding text to the plain ASCII a citation key may contain: accents dropped (Müller →
 * Muller), letters without a decomposition spelled out (ß → ss, ø → o), Greek letters named
 * (TNF-α → TNF-alpha), as gene and cytokine names in PNI titles need.
 */

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
  ŋ: 'ng',
  ĳ: 'ij',
}

const GREEK = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega']

for (const [index, name] of GREEK.entries()) {
  // U+03B1 (α) … U+03C9 (ω), with final sigma (U+03C2) in its place; capitals 0x20 lower.
  SPECIAL[String.fromCodePoint(0x3b1 + index)] = name
  if (index !== 17) SPECIAL[String.fromCodePoint(0x391 + index)] = name[0]?.toUpperCase() + name.slice(1)
}
SPECIAL['µ'] = 'mu'

/** Folds text to ASCII letters, digits and the punctuation it already had. */
export function foldToAscii(text: string): string {
  let result = ''
  for (const char of text.normalize('NFD')) {
    const code = char.codePointAt(0) ?? 0
    if (code >= 0x300 && code <= 0x36f) continue
    result += SPECIAL[char] ?? char
  }
  return result.replace(/[^\x20-\x7e]/g, '')
}
