import { describe, expect, it } from 'vitest'
import { attachmentFileName, checkAttachmentNamePattern } from '../../../shared/domain/attachmentName'
import type { CslItem } from '../../../shared/domain/csl'

const maes: CslItem = {
  id: 'm',
  type: 'article-journal',
  title: 'The gut-brain barrier in major depression: intestinal mucosal dysfunction',
  author: [{ family: 'Maes', given: 'Michael' }, { family: 'Kubera', given: 'Marta' }],
  issued: { 'date-parts': [[2008, 2]] },
  'container-title': 'Neuro Endocrinology Letters',
}

describe('attachment file names', () => {
  it('gives author_year_title.pdf with hyphenated title words', () => {
    expect(attachmentFileName(maes)).toBe('Maes_2008_The-gut-brain-barrier-in-major-depression-intestinal-mucosal-dysfunction.pdf')
  })

  it('folds accents and Greek letters to ASCII and drops characters a file system refuses', () => {
    const item: CslItem = { id: 'x', type: 'article-journal', title: 'TNF-α/IL-6: "Müller" <i>cells</i>? *', author: [{ family: 'Vallès-Colomer', given: 'M.' }], issued: { 'date-parts': [[2019]] } }
    const name = attachmentFileName(item)
    expect(name).toBe('Valles-Colomer_2019_TNF-alpha-IL-6-Muller-cells.pdf')
    expect(name).toMatch(/^[A-Za-z0-9_.-]+$/)
  })

  it('caps the length at a word boundary, keeping the extension', () => {
    const long: CslItem = { ...maes, title: 'Inflammation '.repeat(40) }
    const name = attachmentFileName(long, undefined, 60)
    expect(name.length).toBeLessThanOrEqual(60)
    expect(name).toMatch(/^Maes_2008_Inflammation(-Inflammation)*\.pdf$/)
  })

  it('leaves out missing parts with their separator and is never empty', () => {
    expect(attachmentFileName({ id: 'x', type: 'article-journal', title: 'Only a title' })).toBe('nd_Only-a-title.pdf')
    expect(attachmentFileName({ id: 'x', type: 'article-journal' }, '{author}_{title}.pdf')).toBe('paper.pdf')
    expect(attachmentFileName({ id: 'x', type: 'article-journal', author: [{ literal: 'CON' }] }, '{author}.pdf')).toBe('CON_.pdf')
  })

  it('uses a group author and the editor when there is no author', () => {
    expect(attachmentFileName({ id: 'x', type: 'book', editor: [{ family: 'Dantzer' }], issued: { 'date-parts': [[2001]] }, title: 'Cytokines' })).toBe('Dantzer_2001_Cytokines.pdf')
    expect(attachmentFileName({ id: 'x', type: 'report', author: [{ literal: 'World Health Organization' }], issued: { 'date-parts': [[2017]] }, title: 'Depression' })).toBe('World-Health-Organization_2017_Depression.pdf')
  })

  it('checks a pattern for unknown parts', () => {
    expect(checkAttachmentNamePattern('{author}_{year}_{title}.pdf')).toEqual({ ok: true })
    expect(checkAttachmentNamePattern('{autor}.pdf')).toMatchObject({ ok: false, message: expect.stringContaining('{autor}') })
  })
})
