import { issuedYear } from '../../../../shared/domain/csl'
import type { AnnotationRecord, PaperRecord } from '../../db'

type MarkdownPaper = Pick<PaperRecord, 'citationKey' | 'csl'>
type MarkdownAnnotation = Pick<AnnotationRecord, 'page' | 'kind' | 'rects' | 'quote' | 'comment' | 'createdAt'>

/**
 * A paper's highlights and notes as Markdown, for pasting into a manuscript or a notes app:
 * the title and citation key, then a section per page in reading order, each highlight as a
 * block quote with its note below it. The same input always gives the same text.
 */
export function annotationsToMarkdown(paper: MarkdownPaper, annotations: readonly MarkdownAnnotation[]): string {
  const lines = [`# ${oneLine(paper.csl.title ?? '(untitled)')}`, '', ...byline(paper), '']
  if (annotations.length === 0) return [...lines, '_No highlights or notes yet._', ''].join('\n')
  let page = 0
  for (const annotation of [...annotations].sort(readingOrder)) {
    if (annotation.page !== page) {
      page = annotation.page
      lines.push(`## Page ${page}`, '')
    }
    if (annotation.quote) lines.push(...annotation.quote.trim().split(/\r?\n/).map((line) => `> ${line}`), '')
    if (annotation.comment) lines.push(annotation.comment.trim(), '')
    if (!annotation.quote && !annotation.comment) lines.push(annotation.kind === 'note' ? '_Empty note._' : '_Highlight without text._', '')
  }
  return lines.join('\n')
}

/** A file name for the export: the citation key, which is already safe in a path. */
export function annotationsFileName(paper: Pick<PaperRecord, 'citationKey'>): string {
  return `${paper.citationKey.replace(/[^\w.-]+/g, '_')}-annotations.md`
}

function byline(paper: MarkdownPaper): string[] {
  const authors = (paper.csl.author ?? []).map((author) => author.literal ?? [author.given, author.family].filter(Boolean).join(' ')).filter(Boolean)
  const year = issuedYear(paper.csl)
  const source = [authors.length > 3 ? `${authors[0]} et al.` : authors.join(', '), year, paper.csl['container-title']].filter(Boolean).join(' · ')
  return [`Citation key: \`${paper.citationKey}\``, ...(source ? ['', source] : [])]
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function readingOrder(a: MarkdownAnnotation, b: MarkdownAnnotation): number {
  return a.page - b.page || top(b) - top(a) || a.createdAt - b.createdAt
}

function top(annotation: MarkdownAnnotation): number {
  return Math.max(0, ...annotation.rects.map((rect) => rect.y + rect.height))
}
