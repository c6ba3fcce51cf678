import { isPlaceholderTitle } from './junk'
import { bodyFontSize, type LayoutLine } from './lines'
import { collapseLetterSpacing, collapseSpaces, compactForCompare, letterCount } from './text'

export interface LayoutTitle {
  text: string
  confidence: number
  lines: LayoutLine[]
}

/** Article-type labels that publishers set as large as the title, above it. */
const LABELS = new Set(
  [
    'research article', 'review article', 'original article', 'original research', 'research', 'review', 'case report',
    'case study', 'clinical study', 'corrigendum', 'erratum', 'correction', 'retraction', 'retraction notice',
    'editorial', 'letter', 'letter to the editor', 'commentary', 'perspective', 'short communication', 'brief report',
    'methodology', 'study protocol', 'open access', 'article', 'research paper', 'mini review', 'systematic review',
    'meta-analysis', 'technical note', 'opinion', 'hypothesis', 'full paper', 'regular article', 'research letter',
    'original investigation', 'original paper', 'original contribution', 'full length article', 'review paper',
    'hhs public access', 'author manuscript', 'nih public access', 'preprint', 'accepted manuscript', 'invited review',
  ].map((label) => compactForCompare(label)),
)

/**
 * Lines that are banners, labels or running heads rather than a title: article types, URLs,
 * "Volume 2016", report numbers, one-word logos ("TRIALS"), letter-spaced headings.
 */
export function isBannerText(text: string): boolean {
  const collapsed = collapseLetterSpacing(text)
  const compact = compactForCompare(collapsed)
  if (LABELS.has(compact)) return true
  if (/https?:|www\.|\bdoi\b|©|\bISSN\b|\bvol(ume)?\.?\s*\d|\bpp\.|@|\bpages?\s+\d|\barxiv\b/i.test(text)) return true
  if (/\b(received|accepted|published|available online|contents lists|journal homepage|downloaded from)\b/i.test(text)) return true
  if (/\b(public access|author manuscript)\b/i.test(text)) return true
  const wordCount = collapsed.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
  if (wordCount < 2) return true
  const digits = (text.match(/\d/g) ?? []).length
  return digits > letterCount(text) * 0.3
}

/**
 * The title as printed on page 1: the block of the largest text in the upper part of the page
 * that is not a banner, a label or the journal's name (`journalNames`, from the running head
 * or metadata), preferring the topmost of equally large blocks.
 */
export function findLayoutTitle(lines: readonly LayoutLine[], pageHeight: number, journalNames: readonly string[] = []): LayoutTitle | undefined {
  const body = bodyFontSize(lines)
  const candidates = lines.filter((line) => line.y <= pageHeight * 0.7 && line.fontSize >= body * 1.12 && letterCount(line.text) > 0)
  const journals = journalNames.map(compactForCompare).filter((name) => name.length >= 4)
  const blocks = groupBlocks(candidates).filter((block) => {
    const text = blockText(block)
    return !isBannerText(text) && letterCount(text) >= 8 && !isJournalName(text, journals) && !besideBanner(block, lines)
  })
  let best: LayoutLine[] | undefined
  for (const block of blocks) {
    if (!best || score(block) > score(best) + 0.01) best = block
  }
  if (!best) return undefined
  const withSubtitle = [...best, ...subtitle(best, lines, body)]
  const text = blockText(withSubtitle)
  return { text, confidence: titleConfidence(withSubtitle, text, body), lines: withSubtitle }
}

function isJournalName(text: string, journals: readonly string[]): boolean {
  const compact = compactForCompare(text)
  return journals.some((journal) => journal === compact || (journal.includes(compact) && compact.length >= journal.length * 0.6))
}

/** Publisher banners box the journal's name between "Contents lists available…" and "journal homepage". */
function besideBanner(block: readonly LayoutLine[], lines: readonly LayoutLine[]): boolean {
  const top = block[0]
  const bottom = block.at(-1)
  if (!top || !bottom) return false
  return lines.some(
    (line) =>
      /\b(contents lists available|journal homepage|available online at)\b/i.test(line.text) &&
      line.y > top.y - 3 * top.fontSize &&
      line.y < bottom.y + 3 * bottom.fontSize,
  )
}

/** A title ending in a colon continues in the next, smaller block: "Cytokines and mood:" + "a review". */
function subtitle(block: readonly LayoutLine[], lines: readonly LayoutLine[], body: number): LayoutLine[] {
  const last = block.at(-1)
  if (!last || !/[:—–-]$/.test(last.text.trim())) return []
  const next = lines
    .filter((line) => line.y > last.y && line.y - last.y <= 2.2 * last.fontSize && line.fontSize > body * 1.05 && !block.includes(line))
    .sort((a, b) => a.y - b.y)
  const first = next[0]
  return first ? next.filter((line) => Math.abs(line.fontSize - first.fontSize) < 0.3 && line.y - first.y <= 3 * first.fontSize) : []
}

/** Font size first; a small bonus for length so a two-word label never beats a real title of equal size. */
function score(block: readonly LayoutLine[]): number {
  const size = block[0]?.fontSize ?? 0
  return size + Math.min(letterCount(blockText(block)), 40) / 100
}

function titleConfidence(block: readonly LayoutLine[], text: string, body: number): number {
  if (isPlaceholderTitle(text)) return 0.2
  const ratio = (block[0]?.fontSize ?? body) / body
  let confidence = ratio >= 1.35 ? 0.85 : 0.7
  if (block.length > 5 || text.length > 300) confidence -= 0.3
  if (text.split(' ').length < 3) confidence -= 0.25
  return Math.max(0.1, confidence)
}

/** Consecutive lines of the same size, close together and overlapping horizontally. */
function groupBlocks(lines: readonly LayoutLine[]): LayoutLine[][] {
  const blocks: LayoutLine[][] = []
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x - b.x)
  for (const line of sorted) {
    const block = blocks.find((candidate) => continues(candidate, line))
    if (block) block.push(line)
    else blocks.push([line])
  }
  return blocks
}

function continues(block: readonly LayoutLine[], line: LayoutLine): boolean {
  const last = block.at(-1)
  if (!last) return false
  const sameSize = Math.abs(last.fontSize - line.fontSize) <= 0.06 * line.fontSize
  const gap = line.y - last.y
  const sameRow = Math.abs(gap) < 0.2 * line.fontSize
  const below = gap > 0 && gap <= 1.75 * line.fontSize
  const overlaps = line.x < last.right + line.fontSize && line.right > last.x - line.fontSize
  if (!sameSize || !overlaps) return false
  if (sameRow) return true
  return below && !isLabelLine(last, block)
}

/** A label line ("Case Report") starts its own block even when the title follows at the same size. */
function isLabelLine(line: LayoutLine, block: readonly LayoutLine[]): boolean {
  return block.length === 1 && LABELS.has(compactForCompare(collapseLetterSpacing(line.text)))
}

/** The block's lines as one title: hyphenated breaks joined, footnote marks dropped. */
export function blockText(block: readonly LayoutLine[]): string {
  let text = ''
  for (const line of block) {
    const part = line.text.trim()
    text = text === '' ? part : /[-‐]$/.test(text) ? text + part : `${text} ${part}`
  }
  return collapseSpaces(text.replace(/[*∗†‡§¶]+(?=\s|$)/g, '').replace(/\s+([,:;.?!])/g, '$1'))
}
