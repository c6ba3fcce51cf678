import type { ReactNode } from 'react'
import { parseMarkdown, type MarkdownBlock, type MarkdownInline } from './markdown'

/** A note's Markdown as React elements (never as an HTML string). */
export function Markdown({ source }: { source: string }) {
  return <div className="markdown">{parseMarkdown(source).map(renderBlock)}</div>
}

function renderBlock(block: MarkdownBlock, key: number): ReactNode {
  switch (block.kind) {
    case 'heading': {
      // the pane's own headings are h2/h3: a note's headings sit below them
      const Heading = block.level <= 1 ? 'h4' : block.level === 2 ? 'h5' : 'h6'
      return <Heading key={key}>{renderInline(block.content)}</Heading>
    }
    case 'paragraph':
      return <p key={key}>{renderInline(block.content)}</p>
    case 'quote':
      return <blockquote key={key}>{renderInline(block.content)}</blockquote>
    case 'code':
      return <pre key={key}><code>{block.text}</code></pre>
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul'
      return <List key={key}>{block.items.map((item, index) => <li key={index}>{renderInline(item)}</li>)}</List>
    }
  }
}

function renderInline(spans: readonly MarkdownInline[]): ReactNode[] {
  return spans.map((span, key) => {
    switch (span.kind) {
      case 'text':
        return span.text
      case 'code':
        return <code key={key}>{span.text}</code>
      case 'strong':
        return <strong key={key}>{renderInline(span.children)}</strong>
      case 'em':
        return <em key={key}>{renderInline(span.children)}</em>
      case 'link':
        // the window's guard opens web links in the system browser, never in the app
        return <a key={key} href={span.href} target="_blank" rel="noreferrer noopener">{renderInline(span.children)}</a>
    }
  })
}
