/** A key cited somewhere in a manuscript, with where, so keys of different syntaxes keep the document's order. */
interface Found {
  key: string
  at: number
}

/** \cite, \parencite, \citep*[p.~3]{…}, \nocite, and the \citation lines of a BibTeX .aux file. */
const CITE_COMMAND = /\\(?:[A-Za-z]*cite[A-Za-z]*\*?|citation|nocite)(?:\s*\[[^\]]*\])*\s*\{([^}]*)\}/g
/** The lines biblatex writes into the .aux file: \abx@aux@cite{0}{key} (older: \abx@aux@cite{key}). */
const BIBLATEX_AUX = /\\abx@aux@cite(?:\{\d+\})?\{([^}]*)\}/g
/** A LaTeX comment: from an unescaped % to the end of the line. */
const TEX_COMMENT = /(?<!\\)%.*$/gm

/**
 * Pandoc's citation key (its manual, "Citation syntax"): `@` not after a letter, digit, `_`,
 * `\` or `@` (so no e-mail address and no escaped `\@`), then a letter, digit or `_`, then
 * letters, digits, `_` and punctuation `:.#$%&-+?<>~/` that is followed by one of them
 * (trailing punctuation ends the sentence, not the key); or any key in braces, `@{…}`.
 */
const PANDOC_KEY = /(?<![\p{L}\p{N}_\\@])@(?:\{([^{}\n]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_])|[:/](?=\/))*))/gu
/** Quarto's cross-reference prefixes: `@fig-x`, `@tbl-x`, `@sec-x`, `@eq-x` … are not citations. */
const QUARTO_CROSS_REF = /^(?:fig|tbl|lst|tip|nte|wrn|imp|cau|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|eq|sec)-/
/** Where Pandoc reads no citations: fenced code blocks, inline code, HTML comments. */
const NOT_PROSE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$|`+[^`\n]+`+|<!--[\s\S]*?-->/gm

/** The text with `pattern`'s matches blanked out, same length, so positions still point into the original. */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, ' '))
}

function commandKeys(text: string): Found[] {
  const tex = blank(text, TEX_COMMENT)
  return [...tex.matchAll(CITE_COMMAND), ...tex.matchAll(BIBLATEX_AUX)].flatMap((match) =>
    (match[1] ?? '').split(',').map((key) => ({ key: key.trim(), at: match.index })),
  )
}

/** Pandoc / Markdown / Quarto / R Markdown citations: `@key`, `[@key, p. 3; @other]`, `[-@key]`, `[see @key]`, `@{odd key}`. */
export function pandocKeys(text: string): Found[] {
  return [...blank(text, NOT_PROSE).matchAll(PANDOC_KEY)].flatMap((match) => {
    const braced = match[1]
    const bare = match[2] ?? ''
    if (braced !== undefined) return [{ key: braced.trim(), at: match.index }]
    return QUARTO_CROSS_REF.test(bare) ? [] : [{ key: bare, at: match.index }]
  })
}

/**
 * The keys a manuscript cites, each once, in the order first cited: the arguments of
 * \cite-like commands and the citation lines of a .aux file (BibTeX's or biblatex's), and
 * Pandoc citations of a Markdown, Quarto or R Markdown file (not Quarto's cross-references,
 * e-mail addresses or code). Text without `@` or `\` is read as a plain list of keys.
 */
export function parseCitedKeys(text: string): string[] {
  const found = [...commandKeys(text), ...pandocKeys(text)].sort((a, b) => a.at - b.at).map((each) => each.key)
  // a manuscript that cites nothing (only e-mail addresses, cross-references …) is not a list of keys
  const isList = found.length === 0 && !/[@\\]/.test(text)
  const keys = isList ? text.split(/[\s,;]+/) : found
  return [...new Set(keys.filter((key) => key !== '' && key !== '*'))]
}
