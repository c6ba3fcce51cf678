import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatBibliography, STYLE_NAMES, validateCslStyle, type ExportRecord, type StyleName } from '../../../shared/formats'
import { htmlBibliographyToRtf } from '../../../shared/formats/rtf'
import { CORPUS, HAS_CORPUS } from './corpus'

const records: ExportRecord[] = [
  {
    citationKey: 'maes2008gut',
    item: {
      id: 'a',
      type: 'article-journal',
      title: 'The gut-brain barrier in major depression',
      author: [
        { family: 'Maes', given: 'Michael' },
        { family: 'Kubera', given: 'Marta' },
        { family: 'Leunis', given: 'Jean-Claude' },
      ],
      'container-title': 'Neuro Endocrinology Letters',
      'container-title-short': 'Neuro Endocrinol Lett',
      issued: { 'date-parts': [[2008, 2]] },
      volume: '29',
      issue: '1',
      page: '117-124',
      DOI: '10.1016/j.bbi.2008.01.001',
    },
  },
  {
    citationKey: 'dantzer2008inflammation',
    item: {
      id: 'b',
      type: 'article-journal',
      title: 'From inflammation to sickness and depression: when the immune system subjugates the brain',
      author: [{ family: 'Dantzer', given: 'Robert' }],
      'container-title': 'Nature Reviews Neuroscience',
      issued: { 'date-parts': [[2008]] },
      volume: '9',
      page: '46-56',
    },
  },
]

const EXPECTED: Record<StyleName, RegExp> = {
  apa: /Maes, M\., Kubera, M\., & Leunis, J\.-C\. \(2008\)\. The gut-brain barrier in major depression\. Neuro Endocrinology Letters, 29\(1\), 117–124\. https:\/\/doi\.org\/10\.1016/,
  vancouver: /Maes M, Kubera M, Leunis JC\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett\. 2008 Feb;29\(1\):117–24\./,
  ama: /Maes M, Kubera M, Leunis JC\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett\. 2008;29\(1\):117-124\. doi:10\.1016/,
  nature: /Maes, M\., Kubera, M\. & Leunis, J\.-C\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett 29, 117–124 \(2008\)\./,
  // Cite Them Right's default-locale is en-GB: British single quotes
  harvard: /Maes, M\., Kubera, M\. and Leunis, J\.-C\. \(2008\) ‘The gut-brain barrier in major depression’, Neuro Endocrinology Letters, 29\(1\), pp\. 117–124\. doi:10\.1016/,
  chicago: /Maes, Michael, Marta Kubera, and Jean-Claude Leunis\. 2008\. “The Gut-Brain Barrier in Major Depression\.” Neuro Endocrinology Letters 29 \(1\): 117–24\./,
  'chicago-notes': /Maes, Michael, Marta Kubera, and Jean-Claude Leunis\. “The Gut-Brain Barrier in Major Depression\.” Neuro Endocrinology Letters 29, no\. 1 \(2008\): 117–24\./,
  mla: /Maes, Michael, et al\. “The Gut-Brain Barrier in Major Depression\.” Neuro Endocrinology Letters, vol\. 29, no\. 1, Feb\. 2008, pp\. 117–24/,
  ieee: /\[1\] M\. Maes, M\. Kubera, and J\.-C\. Leunis, “The gut-brain barrier in major depression,” Neuro Endocrinol Lett, vol\. 29, no\. 1, pp\. 117–124, Feb\. 2008/,
  nlm: /1\. Maes M, Kubera M, Leunis JC\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett\. 2008 Feb;29\(1\):117–24\./,
  bmj: /1 {2}Maes M, Kubera M, Leunis J-C\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett\. 2008;29:117–24\./,
  lancet: /1 Maes M, Kubera M, Leunis J-C\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett 2008; 29: 117–24\./,
  cell: /1\. Maes, M\., Kubera, M\., and Leunis, J\.-C\. \(2008\)\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett 29, 117–124\./,
  plos: /1\. {2}Maes M, Kubera M, Leunis J-C\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett\. 2008;29: 117–124\./,
  'elsevier-harvard': /Maes, M\., Kubera, M\., Leunis, J\.-C\., 2008\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett 29, 117–124\./,
  'elsevier-vancouver': /\[1\] Maes M, Kubera M, Leunis J-C\. The gut-brain barrier in major depression\. Neuro Endocrinol Lett 2008;29:117–24\./,
}

describe('formatted references, offline', () => {
  it.each(STYLE_NAMES)('%s', (style) => {
    const result = formatBibliography(records, { style, format: 'text' })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value).toMatch(EXPECTED[style])
  })

  it('HTML keeps italics; RTF is a complete document with italics and hanging indents', () => {
    const html = formatBibliography(records, { style: 'apa', format: 'html' })
    expect(html.ok && html.value).toMatch(/<i>Neuro Endocrinology Letters<\/i>/)
    const rtf = formatBibliography(records, { style: 'apa', format: 'rtf' })
    if (!rtf.ok) throw new Error(rtf.error.message)
    expect(rtf.value.startsWith('{\\rtf1\\ansi')).toBe(true)
    expect(rtf.value).toContain('{\\i Neuro Endocrinology Letters}')
    expect(rtf.value).toContain('\\fi-720\\li720')
    expect(rtf.value).toContain('117\\u8211?124')
    expect(rtf.value.match(/\\par\}/g)).toHaveLength(2)
  })

  it('numbered styles become number, tab, text in RTF', () => {
    const rtf = htmlBibliographyToRtf('<div class="csl-bib-body"><div class="csl-entry"><div class="csl-left-margin">1. </div><div class="csl-right-inline">Maes M. Gut.</div></div></div>')
    expect(rtf).toContain('1. \\tab Maes M. Gut.\\par}')
  })

  it('an unknown style name is an error, never a silent APA', () => {
    const result = formatBibliography(records, { style: 'turabian', format: 'text' })
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Unknown style "turabian". Available: apa, vancouver/) } })
  })

  it('a broken user style is an error that says what is wrong', () => {
    expect(formatBibliography(records, { style: { csl: '<style xmlns="http://purl.org/net/xbiblio/csl"><info></style>' }, format: 'text' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/not well-formed XML.*line 1/) },
    })
    expect(validateCslStyle('<html><body/></html>')).toMatch(/root element is not <style>/)
    expect(validateCslStyle('<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><link rel="independent-parent" href="http://www.zotero.org/styles/apa"/></info></style>')).toMatch(/dependent CSL style.*styles\/apa/)
    expect(validateCslStyle('<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info/><citation><layout><text macro="author"/></layout></citation><bibliography><layout/></bibliography></style>')).toMatch(/macro "author", which it never defines/)
  })
})

describe.skipIf(!HAS_CORPUS)('user-supplied .csl files', () => {
  it('formats with a real style file (Vancouver, as the CSL repository had it)', () => {
    const csl = readFileSync(join(CORPUS, 'csl/styles/vancouver.csl'), 'utf8')
    const result = formatBibliography(records, { style: { csl }, format: 'text' })
    expect(result.ok && result.value).toMatch(/^1\. Maes M, Kubera M, Leunis JC\. The gut-brain barrier in major depression\./)
  })
})
