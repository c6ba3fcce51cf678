import { decodeCommands } from './commands'

/**
 * LaTeX that citation-js leaves undecoded (`$\pm$`, `\,`, `\mbox`, `\aa`, `\LaTeX`), resolved
 * on the raw field values before citation-js sees them: afterwards `{$\sum$}b` has become
 * the ambiguous "\sumb". The BibTeX writer encodes these characters with the same names,
 * so what it writes reads back unchanged.
 */

/** Math-mode symbols common in biomedical titles and abstracts, by command name. */
export const EXTRA_MATH: Record<string, string> = {
  pm: '±',
  mp: '∓',
  times: '×',
  div: '÷',
  cdot: '·',
  approx: '≈',
  sim: '∼',
  simeq: '≃',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  ne: '≠',
  ll: '≪',
  gg: '≫',
  equiv: '≡',
  propto: '∝',
  infty: '∞',
  rightarrow: '→',
  to: '→',
  leftarrow: '←',
  leftrightarrow: '↔',
  Rightarrow: '⇒',
  uparrow: '↑',
  downarrow: '↓',
  sum: '∑',
  prod: '∏',
  int: '∫',
  partial: '∂',
  nabla: '∇',
  surd: '√',
  in: '∈',
  forall: '∀',
  exists: '∃',
  emptyset: '∅',
  cup: '∪',
  cap: '∩',
  subset: '⊂',
  supset: '⊃',
  vdots: '⋮',
  cdots: '⋯',
  ldots: '…',
  prime: '′',
  circ: '∘',
  bullet: '•',
  star: '⋆',
  dagger: '†',
  ell: 'ℓ',
  hbar: 'ℏ',
  langle: '⟨',
  rangle: '⟩',
}

const NAMES = Object.keys(EXTRA_MATH).sort((a, b) => b.length - a.length)
const IN_MATH = new RegExp(`\\{?\\$\\s*\\\\(${NAMES.join('|')})\\s*\\$\\}?`, 'g')
const BARE = new RegExp(`\\\\(${NAMES.join('|')})(?![A-Za-z])`, 'g')

const TEXT_COMMANDS: Array<[RegExp, string]> = [
  [/\\,/g, '\u2009'],
  [/\\[;:]/g, ' '],
  [/\\q?quad(?![A-Za-z])/g, ' '],
  [/\\(?:mbox|hbox|ensuremath|textrm|textnormal|mathrm)(?![A-Za-z])/g, ''],
  [/\\aa(?![A-Za-z])/g, 'å'],
  [/\\AA(?![A-Za-z])/g, 'Å'],
  [/\\(La)?TeX(?![A-Za-z])/g, '$1TeX'],
]

/** Resolves the LaTeX above in one raw BibTeX value; other text is returned unchanged. */
export function predecodeLatex(value: string): string {
  if (!value.includes('\\')) return value
  let result = value.replace(IN_MATH, (_match, name: string) => EXTRA_MATH[name] ?? '')
  result = result.replace(BARE, (_match, name: string) => EXTRA_MATH[name] ?? '')
  for (const [pattern, replacement] of TEXT_COMMANDS) result = result.replace(pattern, replacement)
  return decodeCommands(result)
}
