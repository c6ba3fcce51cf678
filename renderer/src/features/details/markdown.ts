/**
 * The Markdown a note needs (headings, paragraphs, lists, quotes, code, bold, italics, web
 * links), parsed into a small tree that React renders as elements. No HTML string is ever
 * built, so nothing in a note can inject markup; raw HTML in a note shows as text.
 */
export type MarkdownInline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong' | 'em'; children: MarkdownInline[] }
  | { kind: 'link'; href: string; children: MarkdownInline[] }

export type MarkdownBlock =
  | { kind: 'heading'; level: number; content: MarkdownInline[] }
  | { kind: 'paragraph' | 'quote'; content: MarkdownInline[] }
  | { kind: 'list'; ordered: boolean; items: MarkdownInline[][] }
  | { kind: 'code'; text: string }

const HEADING = /^(#{1,6})\s+(.*)$/
const BULLET = /^\s*[-*+]\s+(.*)$/
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/
const QUOTE = /^>\s?(.*)$/
const FENCE = /^```/

/** The blocks of a note, in order. */
export function parseMarkdown(source: string): MarkdownBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const blocks: MarkdownBlock[] = []
  let index = 0
  const takeWhile = (test: (line: string) => boolean): string[] => {
    const taken: string[] = []
    while (index < lines.length && test(lines[index] ?? '')) taken.push(lines[index++] ?? '')
    return taken
  }
  while (index < lines.length) {
    const line = lines[index] ?? ''
    const heading = HEADING.exec(line)
    if (line.trim() === '') index += 1
    else if (FENCE.test(line)) {
      index += 1
      const code = takeWhile((next) => !FENCE.test(next))
      index += 1
      blocks.push({ kind: 'code', text: code.join('\n') })
    } else if (heading) {
      index += 1
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, content: parseInline(heading[2] ?? '') })
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const ordered = !BULLET.test(line)
      const pattern = ordered ? NUMBERED : BULLET
      const items = takeWhile((next) => pattern.test(next)).map((item) => parseInline(pattern.exec(item)?.[1] ?? ''))
      blocks.push({ kind: 'list', ordered, items })
    } else if (QUOTE.test(line)) {
      const quoted = takeWhile((next) => QUOTE.test(next)).map((next) => QUOTE.exec(next)?.[1] ?? '')
      blocks.push({ kind: 'quote', content: parseInline(quoted.join(' ')) })
    } else {
      const text = takeWhile((next) => next.trim() !== '' && !HEADING.test(next) && !FENCE.test(next) && !BULLET.test(next) && !NUMBERED.test(next) && !QUOTE.test(next))
      blocks.push({ kind: 'paragraph', content: parseInline(text.map((part) => part.trim()).join(' ')) })
    }
  }
  return blocks
}

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\*(?=\S)(.+?)\*|_(?=\S)(.+?)_|\[([^\]]+)\]\(([^)\s]+)\)/

/** Inline spans of one block's text. A link to anything but http(s) stays plain text. */
export function parseInline(text: string): MarkdownInline[] {
  const spans: MarkdownInline[] = []
  let rest = text
  for (let match = INLINE.exec(rest); match; match = INLINE.exec(rest)) {
    if (match.index > 0) spans.push({ kind: 'text', text: rest.slice(0, match.index) })
    const [whole, code, strong, strongAlt, em, emAlt, label, href] = match
    if (code !== undefined) spans.push({ kind: 'code', text: code })
    else if (strong !== undefined || strongAlt !== undefined) spans.push({ kind: 'strong', children: parseInline(strong ?? strongAlt ?? '') })
    else if (em !== undefined || emAlt !== undefined) spans.push({ kind: 'em', children: parseInline(em ?? emAlt ?? '') })
    else if (label !== undefined && href !== undefined && /^https?:\/\//i.test(href)) spans.push({ kind: 'link', href, children: parseInline(label) })
    else spans.push({ kind: 'text', text: whole })
    rest = rest.slice(match.index + whole.length)
  }
  if (rest !== '') spans.push({ kind: 'text', text: rest })
  return spans
}
