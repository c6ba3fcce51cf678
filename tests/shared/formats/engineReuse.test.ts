import { plugins, util } from '@citation-js/core'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { formatBibliography, formatCitations, importBibliography, STYLE_NAMES, type ExportRecord, type ReferenceFormat, type StyleName } from '../../../shared/formats'
import { resolveLocale } from '../../../shared/formats/locales'
import { recordItems } from '../../../shared/formats/processor'
import { resolveStyle } from '../../../shared/formats/styles'
import { htmlBibliographyToRtf } from '../../../shared/formats/rtf'
import { corpusText, HAS_CORPUS, toRecords } from './corpus'

/** The part of a citeproc engine a fresh reference list needs. */
interface FreshEngine {
  setOutputFormat(format: string): void
  opt: { development_extensions: { wrap_url_and_doi: boolean } }
  updateItems(ids: string[]): string[]
  makeBibliography(): [{ bibstart: string; bibend: string }, string[]]
}

type EngineClass = new (sys: object, style: string, locale: string, forceLocale: boolean) => FreshEngine

function isEngineClass(value: unknown): value is EngineClass {
  return typeof value === 'function'
}

const citeproc: unknown = createRequire(import.meta.url)('citeproc')
const Engine = citeproc !== null && typeof citeproc === 'object' && 'Engine' in citeproc ? citeproc.Engine : undefined

/**
 * The reference list from a citeproc engine of its own, set up as citation-js sets up its
 * engines (same items, template, locale and options) and emptied between lists as citation-js
 * empties a reused one: what the app printed before it reset engines itself, byte for byte.
 * It formats the list twice and gives the second: the first time an engine formats an item
 * can differ from every later time (Nature printed Knuth's 1984–1986 as "1984–(1986)" once),
 * in the app before this change as after it, so first times are not compared.
 */
function freshBibliography(records: readonly ExportRecord[], style: StyleName, format: ReferenceFormat): string {
  const resolved = resolveStyle(style)
  if (!resolved.ok || !isEngineClass(Engine)) throw new Error('citeproc or the style is missing')
  const locale = resolveLocale(undefined, resolved.facts.defaultLocale)
  if (!locale.ok) throw new Error(locale.error)
  const items = new Map(util.downgradeCsl(recordItems(records)).map((item) => [String(item.id), item]))
  const csl = plugins.config.get('@csl')
  const sys = { retrieveItem: (id: string) => items.get(id), retrieveLocale: (id: string) => csl.locales.get(id) }
  const engine = new Engine(sys, csl.templates.get(resolved.template) ?? '', locale.locale, true)
  engine.setOutputFormat(format === 'text' ? 'text' : 'html')
  engine.opt.development_extensions.wrap_url_and_doi = false
  engine.updateItems([...items.keys()])
  engine.makeBibliography()
  engine.updateItems([])
  engine.updateItems([...items.keys()])
  const [{ bibstart, bibend }, entries] = engine.makeBibliography()
  const html = bibstart + entries.join('') + bibend
  return format === 'rtf' ? htmlBibliographyToRtf(html) : html
}

function corpusRecords(file: string, count: number): ExportRecord[] {
  return toRecords(importBibliography(corpusText(file))).slice(0, count)
}

describe.skipIf(!HAS_CORPUS)('formatting with a cached citeproc engine', () => {
  it('gives every bundled style the reference lists citeproc gave before, call after call, whatever came before', { timeout: 600_000 }, () => {
    // biblatex's examples (books, articles, collections, theses, patents) and JabRef's library;
    // each style formats one list, then the other in another format, then the first again
    const first = corpusRecords('bibtex/biblatex/biblatex-examples.bib', 30)
    const second = corpusRecords('bibtex/jabref/testbib/testjabref.bib', 20)
    expect(first).toHaveLength(30)
    expect(second).toHaveLength(20)
    for (const style of STYLE_NAMES) {
      // what an engine formats the first time can differ from later times: see freshBibliography
      for (const records of [first, second]) formatBibliography(records, { style, format: 'text' })
      const calls: Array<[ExportRecord[], ReferenceFormat]> = [[first, 'html'], [second, 'text'], [first, 'html'], [second, 'rtf']]
      for (const [records, format] of calls) {
        const result = formatBibliography(records, { style, format })
        expect({ style, format, text: result.ok ? result.value : result.error.message }).toEqual({ style, format, text: freshBibliography(records, style, format) })
      }
    }
  })
})

const maes = (key: string, title: string): ExportRecord => ({
  citationKey: key,
  item: { id: key, type: 'article-journal', title, author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008]] }, 'container-title': 'Neuro Endocrinology Letters' },
})

describe('a cached engine keeps nothing of the previous call', () => {
  it('an item changed under the same key is formatted as it is now', () => {
    const before = maes('maes2008', 'The gut-brain barrier in major depression')
    const after = maes('maes2008', 'Increased IgA and IgM responses against gut commensals')
    expect(formatBibliography([before], { style: 'apa', format: 'text' })).toEqual({ ok: true, value: 'Maes, M. (2008). The gut-brain barrier in major depression. Neuro Endocrinology Letters.\n' })
    expect(formatBibliography([after], { style: 'apa', format: 'text' })).toEqual({ ok: true, value: 'Maes, M. (2008). Increased IgA and IgM responses against gut commensals. Neuro Endocrinology Letters.\n' })
  })

  it('year suffixes belong to the list that needed them', () => {
    const pair = [maes('maes2008a', 'The gut-brain barrier in major depression'), maes('maes2008b', 'Increased IgA and IgM responses against gut commensals')]
    const both = formatBibliography(pair, { style: 'apa', format: 'text' })
    expect(both.ok && both.value.match(/\(2008[ab]\)/g)).toEqual(['(2008a)', '(2008b)'])
    expect(formatBibliography(pair.slice(1), { style: 'apa', format: 'text' })).toEqual({ ok: true, value: 'Maes, M. (2008). Increased IgA and IgM responses against gut commensals. Neuro Endocrinology Letters.\n' })
    expect(formatCitations(pair.slice(0, 1), { style: 'apa', format: 'text' })).toEqual({ ok: true, value: ['(Maes, 2008)'] })
  })

  it('the output format and the locale are the call’s own', () => {
    const record = maes('maes2008', 'The gut-brain barrier in major depression')
    const html = formatBibliography([record], { style: 'apa', format: 'html' })
    expect(html.ok && html.value).toContain('<i>Neuro Endocrinology Letters</i>')
    expect(formatBibliography([record], { style: 'apa', format: 'text' })).toEqual({ ok: true, value: 'Maes, M. (2008). The gut-brain barrier in major depression. Neuro Endocrinology Letters.\n' })
    const dated = { ...record, item: { ...record.item, issued: { 'date-parts': [[2008, 2, 3]] } } }
    const undated = { ...record, item: { ...record.item, issued: undefined } }
    expect(formatBibliography([dated], { style: 'chicago', format: 'text', locale: 'de-DE' })).toEqual({ ok: true, value: 'Maes, Michael. 2008. „The gut-brain barrier in major depression“. Neuro Endocrinology Letters, Februar.\n' })
    expect(formatBibliography([dated], { style: 'chicago', format: 'text' })).toEqual({ ok: true, value: 'Maes, Michael. 2008. “The Gut-Brain Barrier in Major Depression.” Neuro Endocrinology Letters, February.\n' })
    expect(formatCitations([undated], { style: 'apa', format: 'text', locale: 'de-DE' })).toEqual({ ok: true, value: [expect.stringMatching(/^\(Maes, o\.\sJ\.\)$/)] })
    expect(formatCitations([undated], { style: 'apa', format: 'text' })).toEqual({ ok: true, value: ['(Maes, n.d.)'] })
  })
})
