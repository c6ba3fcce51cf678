import { describe, expect, it } from 'vitest'
import { caywFormat, formatBiblatex, formatJson, formatMmd, formatNatbib, formatPandoc, isKeyFormat, keyText, shortLabel, toLatex } from '../../../shared/cite/caywFormat'
import { CAYW_FORMATS, type CiteItem } from '../../../shared/cite/request'

/**
 * Better BibTeX's own CAYW scenario (test/features/export.feature, "CAYW picker"): four picks,
 * and what BBT answers for each format. AxisRef must answer the same, so editor plugins
 * written for BBT read it unchanged.
 */
const BBT_PICKS: CiteItem[] = [
  { id: 'bentley_academic_2011', locator: '1', label: 'page' },
  { id: 'pollard_bicycle_2007', locator: '1', label: 'chapter' },
  { id: 'kartinyeri', locator: '5', label: 'section', prefix: 'see', suffix: 'et passim' },
  { id: 'kartinyeri', locator: '<1>', label: 'volume', prefix: 'see' },
]

const text = (result: { ok: true; text: string } | { ok: false; message: string }): string => {
  if (!result.ok) throw new Error(result.message)
  return result.text
}

describe("the picker's answer in Better BibTeX's formats", () => {
  it("matches BBT's own CAYW scenario for pandoc, mmd, latex and biblatex", () => {
    expect(formatPandoc(BBT_PICKS, { brackets: '0' })).toBe('@bentley_academic_2011, p. 1; @pollard_bicycle_2007, ch. 1; see @kartinyeri, sec. 5 et passim; see @kartinyeri, vol. <1>')
    expect(formatMmd(BBT_PICKS)).toBe('[#bentley_academic_2011][][#pollard_bicycle_2007][][see][#kartinyeri][see][#kartinyeri]')
    expect(text(caywFormat('latex', BBT_PICKS))).toBe('\\cite[1]{bentley_academic_2011}\\cite[ch. 1]{pollard_bicycle_2007}\\cite[see][sec. 5, et passim]{kartinyeri}\\cite[see][vol. $<$1$>$]{kartinyeri}')
    expect(text(caywFormat('biblatex', BBT_PICKS))).toBe('\\autocites[1]{bentley_academic_2011}[ch. 1]{pollard_bicycle_2007}[see][sec. 5, et passim]{kartinyeri}[see][vol. $<$1$>$]{kartinyeri}')
  })

  describe('pandoc', () => {
    it('brackets the citation unless the editor turns brackets off (as JabRef; BBT brackets only when asked), with the page label short', () => {
      const picks: CiteItem[] = [{ id: 'maes2008', locator: '12', label: 'page' }, { id: 'kelly2016' }]
      expect(text(caywFormat('pandoc', picks))).toBe('[@maes2008, p. 12; @kelly2016]')
      expect(text(caywFormat('pandoc', picks, { brackets: '1' }))).toBe('[@maes2008, p. 12; @kelly2016]')
      expect(text(caywFormat('pandoc', picks, { brackets: 'true' }))).toBe('[@maes2008, p. 12; @kelly2016]')
      for (const off of ['', '0', 'false', 'no']) expect(text(caywFormat('pandoc', picks, { brackets: off }))).toBe('@maes2008, p. 12; @kelly2016')
    })

    it('reads a locator without a label as a page, as BBT does', () => {
      expect(formatPandoc([{ id: 'maes2008', locator: '12' }], { brackets: '1' })).toBe('[@maes2008, p. 12]')
    })

    it('writes prefix, suppressed author and suffix in pandoc syntax', () => {
      const picks: CiteItem[] = [
        { id: 'maes2008', prefix: 'see', locator: '3', label: 'chapter', suffix: 'for a review' },
        { id: 'kelly2016', 'suppress-author': true },
      ]
      expect(formatPandoc(picks, { brackets: '1' })).toBe('[see @maes2008, ch. 3 for a review; -@kelly2016]')
    })

    it('braces a locator pandoc could not tell apart from the suffix, inside brackets only', () => {
      const pick: CiteItem = { id: 'maes2008', locator: 'iv, fn. 3', label: 'page' }
      expect(formatPandoc([pick], { brackets: '1' })).toBe('[@maes2008, {p. iv, fn. 3}]')
      expect(formatPandoc([pick], { brackets: '0' })).toBe('@maes2008, p. iv, fn. 3')
      expect(formatPandoc([{ id: 'maes2008', locator: '117-124, 130', label: 'page' }], { brackets: '1' })).toBe('[@maes2008, p. 117-124, 130]')
    })

    it('braces a key pandoc would not read after a bare @', () => {
      expect(formatPandoc([{ id: 'Maes 2008' }, { id: 'kelly:2016' }])).toBe('[@{Maes 2008}; @kelly:2016]')
    })

    it('lets the query override a label, as BBT does (`page=` drops it)', () => {
      expect(formatPandoc([{ id: 'maes2008', locator: '12', label: 'page' }], { page: '' })).toBe('[@maes2008, 12]')
      expect(formatPandoc([{ id: 'maes2008', locator: '2', label: 'section' }], { section: '§' })).toBe('[@maes2008, § 2]')
    })
  })

  describe('natbib (latex, cite, citep, citet, natbib)', () => {
    const two: CiteItem[] = [{ id: 'maes2008' }, { id: 'kelly2016' }]

    it('puts keys without notes in one command, the command by format or `command`', () => {
      expect(text(caywFormat('latex', two))).toBe('\\cite{maes2008,kelly2016}')
      expect(text(caywFormat('cite', two))).toBe('\\cite{maes2008,kelly2016}')
      expect(text(caywFormat('natbib', two))).toBe('\\cite{maes2008,kelly2016}')
      expect(text(caywFormat('citep', two))).toBe('\\citep{maes2008,kelly2016}')
      expect(text(caywFormat('citet', two))).toBe('\\citet{maes2008,kelly2016}')
      expect(text(caywFormat('natbib', two, { command: 'citealp' }))).toBe('\\citealp{maes2008,kelly2016}')
      expect(text(caywFormat('citep', two, { command: 'citet' }))).toBe('\\citet{maes2008,kelly2016}')
    })

    it('uses \\citeyear when every author is suppressed, one command per pick when only some are', () => {
      const all = two.map((item) => ({ ...item, 'suppress-author': true }))
      expect(text(formatNatbib(all))).toBe('\\citeyear{maes2008,kelly2016}')
      expect(text(formatNatbib([{ id: 'maes2008', 'suppress-author': true }, { id: 'kelly2016' }]))).toBe('\\citeyear{maes2008}\\cite{kelly2016}')
      expect(text(formatNatbib([{ id: 'maes2008', 'suppress-author': true }]))).toBe('\\citeyear{maes2008}')
    })

    it('writes notes per pick: a prefix alone gets an empty postnote', () => {
      const picks: CiteItem[] = [{ id: 'maes2008', prefix: 'see' }, { id: 'kelly2016', suffix: 'and others' }, { id: 'a', locator: '4', label: 'figure' }]
      expect(text(caywFormat('citep', picks))).toBe('\\citep[see][]{maes2008}\\citep[and others]{kelly2016}\\citep[fig. 4]{a}')
    })

    it('escapes LaTeX specials in notes', () => {
      expect(text(formatNatbib([{ id: 'maes2008', suffix: '50% & more_ {x} #1 ~ ^ \\' }]))).toBe('\\cite[50\\% \\& more\\_ \\{x\\} \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}]{maes2008}')
      expect(toLatex('a<<b>c')).toBe('a$<<$b$>$c')
      expect(toLatex('Müller – ü')).toBe('Müller – ü')
    })

    it('refuses a command that is not a LaTeX command name, in words', () => {
      const result = caywFormat('natbib', two, { command: 'cite}\\input{/etc/passwd' })
      expect(result).toEqual({ ok: false, message: expect.stringContaining('is not a LaTeX command name') })
    })

    it('answers nothing for no picks', () => {
      expect(text(caywFormat('latex', []))).toBe('')
      expect(text(caywFormat('biblatex', []))).toBe('')
      expect(text(caywFormat('pandoc', [], { brackets: '1' }))).toBe('[]')
    })
  })

  describe('biblatex', () => {
    it('joins keys without notes into one \\autocite, or the `command` given', () => {
      expect(text(formatBiblatex([{ id: 'maes2008' }, { id: 'kelly2016' }]))).toBe('\\autocite{maes2008,kelly2016}')
      expect(text(formatBiblatex([{ id: 'maes2008' }, { id: 'kelly2016' }], { command: 'textcite' }))).toBe('\\textcite{maes2008,kelly2016}')
    })

    it('stars a single pick whose author is suppressed, for \\cite, \\autocite and \\parencite only', () => {
      const pick: CiteItem = { id: 'maes2008', 'suppress-author': true, locator: '12', label: 'page' }
      expect(text(formatBiblatex([pick]))).toBe('\\autocite*[12]{maes2008}')
      expect(text(formatBiblatex([pick], { command: 'parencite' }))).toBe('\\parencite*[12]{maes2008}')
      expect(text(formatBiblatex([pick], { command: 'textcite' }))).toBe('\\textcite[12]{maes2008}')
    })

    it('uses the multicite form for several picks with notes, without doubling an s', () => {
      const picks: CiteItem[] = [{ id: 'maes2008', locator: '12', label: 'page' }, { id: 'kelly2016' }]
      expect(text(formatBiblatex(picks))).toBe('\\autocites[12]{maes2008}{kelly2016}')
      expect(text(formatBiblatex(picks, { command: 'parencites' }))).toBe('\\parencites[12]{maes2008}{kelly2016}')
    })
  })

  it('answers mmd for scrivener (Scrivener compiles MultiMarkdown)', () => {
    expect(text(caywFormat('scrivener', BBT_PICKS))).toBe(formatMmd(BBT_PICKS))
  })

  it('lists the picks as JSON with the fields of BBT\'s picks', () => {
    const parsed: unknown = JSON.parse(formatJson([{ id: 'maes2008', locator: '12' }, { id: 'kelly2016', prefix: 'see', 'suppress-author': true }]))
    expect(parsed).toEqual([
      { id: 'maes2008', citationKey: 'maes2008', locator: '12', label: 'page', prefix: '', suffix: '', suppressAuthor: false },
      { id: 'kelly2016', citationKey: 'kelly2016', locator: '', label: '', prefix: 'see', suffix: '', suppressAuthor: true },
    ])
  })

  it('makes every format but the formatted ones from keys alone', () => {
    const keyFormats = CAYW_FORMATS.filter(isKeyFormat)
    expect(CAYW_FORMATS.filter((format) => !isKeyFormat(format))).toEqual(['formatted-citation', 'formatted-bibliography'])
    for (const format of keyFormats) expect(text(caywFormat(format, [{ id: 'maes2008' }]))).toContain('maes2008')
  })

  it('shortens labels as BBT does and leaves the others as they are', () => {
    expect(shortLabel('page')).toBe('p.')
    expect(shortLabel('sub-verbo')).toBe('sv.')
    expect(shortLabel('table')).toBe('table')
    expect(shortLabel('page', { page: 'pp.' })).toBe('pp.')
  })
})

describe('keyText for quick copy', () => {
  const keys = ['maes2008', 'kelly2016']

  it('writes keys, a pandoc citation or a LaTeX \\cite', () => {
    expect(keyText(keys, 'key')).toBe('maes2008, kelly2016')
    expect(keyText(keys, 'pandoc')).toBe('[@maes2008; @kelly2016]')
    expect(keyText(keys, 'latex')).toBe('\\cite{maes2008,kelly2016}')
    expect(keyText(['maes2008'], 'latex')).toBe('\\cite{maes2008}')
  })
})
