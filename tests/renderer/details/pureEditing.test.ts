import { describe, expect, it } from 'vitest'
import { moveAuthor, parseNewAuthor, removeAuthor, toggleOrganisation } from '../../../renderer/src/features/details/authorList'
import { cslEdit, FIELDS } from '../../../renderer/src/features/details/fields'
import { parseInline, parseMarkdown } from '../../../renderer/src/features/details/markdown'
import { suggestTags, tagsToAdd } from '../../../renderer/src/features/details/tagList'

describe('note Markdown', () => {
  it('reads headings, paragraphs, lists, quotes and code', () => {
    const blocks = parseMarkdown('# Findings\nIL-6 was\nraised.\n\n- CRP\n- TNF\n\n1. first\n2. second\n\n> quoted\n\n```\ncode <b>\n```')
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'code'])
    expect(blocks[1]).toEqual({ kind: 'paragraph', content: [{ kind: 'text', text: 'IL-6 was raised.' }] })
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true })
    expect(blocks[5]).toEqual({ kind: 'code', text: 'code <b>' })
  })

  it('reads bold, italics, code and web links; other link schemes stay text', () => {
    expect(parseInline('**IL-6** and *CRP* in `serum`')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'IL-6' }] },
      { kind: 'text', text: ' and ' },
      { kind: 'em', children: [{ kind: 'text', text: 'CRP' }] },
      { kind: 'text', text: ' in ' },
      { kind: 'code', text: 'serum' },
    ])
    expect(parseInline('[PubMed](https://pubmed.ncbi.nlm.nih.gov/1/)')).toEqual([{ kind: 'link', href: 'https://pubmed.ncbi.nlm.nih.gov/1/', children: [{ kind: 'text', text: 'PubMed' }] }])
    expect(parseInline('[x](javascript:alert(1))')).toEqual([{ kind: 'text', text: '[x](javascript:alert(1)' }, { kind: 'text', text: ')' }])
  })
})

describe('author list changes', () => {
  const maes = { family: 'Maes', given: 'Michael' }
  const kubera = { family: 'Kubera', given: 'Marta' }
  it('moves, removes and parses names as people or organisations', () => {
    expect(moveAuthor([maes, kubera], 1, 0)).toEqual([kubera, maes])
    expect(moveAuthor([maes, kubera], 1, 2)).toEqual([maes, kubera])
    expect(removeAuthor([maes, kubera], 0)).toEqual([kubera])
    expect(parseNewAuthor('Kubera, Marta')).toEqual(kubera)
    expect(parseNewAuthor('{MGIG Consortium}')).toEqual({ literal: 'MGIG Consortium' })
    expect(parseNewAuthor('World Health Organization')).toEqual({ literal: 'World Health Organization' })
    expect(toggleOrganisation(maes)).toEqual({ literal: 'Michael Maes' })
    expect(toggleOrganisation({ literal: 'Michael Maes' })).toEqual(maes)
  })
})

describe('tags and fields', () => {
  it('adds comma-separated tags once, whatever their case, and suggests library tags', () => {
    expect(tagsToAdd(['gut'], ' Gut, microglia ;  HPA  axis,microglia')).toEqual(['microglia', 'HPA axis'])
    expect(suggestTags(['cytokines', 'gut', 'microbiota', 'microglia', 'neuromicrobiology'], ['microglia'], 'micro')).toEqual(['microbiota', 'neuromicrobiology'])
  })

  it('makes no edit for an unchanged value and keeps month and day when the year changes', () => {
    const item = { id: 'p', type: 'article-journal', title: 'A', issued: { 'date-parts': [[2008, 2, 3]] } }
    const year = FIELDS.find((field) => field.key === 'issued')!
    expect(cslEdit('p', item, year.write(2008, item))).toBeUndefined()
    expect(cslEdit('p', item, year.write(2009, item))).toEqual({ kind: 'paper', paperId: 'p', before: { csl: { issued: item.issued } }, after: { csl: { issued: { 'date-parts': [[2009, 2, 3]] } } } })
    expect(cslEdit('p', item, { title: undefined })).toEqual({ kind: 'paper', paperId: 'p', before: { csl: { title: 'A' } }, after: { csl: { title: undefined } } })
  })
})
