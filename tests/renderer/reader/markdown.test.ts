import { describe, expect, it } from 'vitest'
import { annotationsFileName, annotationsToMarkdown } from '../../../renderer/src/features/reader/markdown'

const paper = {
  citationKey: 'maes2008gut',
  csl: {
    id: 'p',
    type: 'article-journal',
    title: 'The gut-brain barrier in major depression:\n intestinal mucosal dysfunction',
    author: [{ given: 'Michael', family: 'Maes' }, { given: 'Marta', family: 'Kubera' }],
    issued: { 'date-parts': [[2008]] },
    'container-title': 'Neuro Endocrinology Letters',
  },
}

const at = (page: number, top: number) => [{ x: 72, y: top - 10, width: 300, height: 10 }]

describe('annotations as Markdown', () => {
  it('gives the title and key, then each page in reading order with quotes and notes', () => {
    const markdown = annotationsToMarkdown(paper, [
      { page: 3, kind: 'highlight', rects: at(3, 500), quote: 'IgA responses to LPS of gram-negative bacteria', createdAt: 1 },
      { page: 1, kind: 'highlight', rects: at(1, 400), quote: 'lower on the first page', comment: 'Check the **n**.', createdAt: 2 },
      { page: 1, kind: 'highlight', rects: at(1, 700), quote: 'top of the first page\nover two lines', createdAt: 3 },
      { page: 3, kind: 'note', rects: at(3, 100), comment: 'Replicated in 2012?', createdAt: 4 },
    ])
    expect(markdown).toBe(
      [
        '# The gut-brain barrier in major depression: intestinal mucosal dysfunction',
        '',
        'Citation key: `maes2008gut`',
        '',
        'Michael Maes, Marta Kubera · 2008 · Neuro Endocrinology Letters',
        '',
        '## Page 1',
        '',
        '> top of the first page',
        '> over two lines',
        '',
        '> lower on the first page',
        '',
        'Check the **n**.',
        '',
        '## Page 3',
        '',
        '> IgA responses to LPS of gram-negative bacteria',
        '',
        'Replicated in 2012?',
        '',
      ].join('\n'),
    )
  })

  it('says so when there is nothing to export, and names the file after the key', () => {
    expect(annotationsToMarkdown(paper, [])).toContain('_No highlights or notes yet._')
    expect(annotationsFileName({ citationKey: 'maes2008gut' })).toBe('maes2008gut-annotations.md')
    expect(annotationsFileName({ citationKey: 'odd/key:1' })).toBe('odd_key_1-annotations.md')
  })
})
