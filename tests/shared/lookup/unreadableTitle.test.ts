import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importBibliography } from '../../../shared/formats'
import { parseCrossrefWork, parseCrossrefWorkList, parsePubmedEfetch } from '../../../shared/lookup'
import { unreadableTitleReason } from '../../../shared/lookup/unreadableTitle'
import { CORPUS, corpusFiles, corpusText, HAS_CORPUS } from '../formats/corpus'
import { onlineFiles, onlineText } from './corpus'

interface Truth {
  title: string
  journal: string | null
}

function groundTruth(): Truth[] {
  return readFileSync(join(CORPUS, 'pdf', 'pdf_ground_truth.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line): Truth => JSON.parse(line))
}

/** Every real title the corpus holds: the PDFs' ground truth, the registries' recorded answers, the PubMed and CSL-JSON files. */
function realTitles(): string[] {
  const titles = groundTruth().map((truth) => truth.title)
  for (const file of onlineFiles('crossref', /^works_10\..*\.json$/)) {
    const work = parseCrossrefWork(onlineText(file))
    if (work.ok && work.value.item.title) titles.push(work.value.item.title)
  }
  for (const file of onlineFiles('crossref', /^search_.*\.json$/)) {
    const hits = parseCrossrefWorkList(onlineText(file))
    if (hits.ok) titles.push(...hits.value.flatMap((hit) => (hit.item.title ? [hit.item.title] : [])))
  }
  for (const file of onlineFiles('eutils', /^efetch_pubmed_.*\.xml$/)) {
    const articles = parsePubmedEfetch(onlineText(file))
    if (articles.ok) titles.push(...articles.value.flatMap((article) => (article.item.title ? [article.item.title] : [])))
  }
  for (const file of [...corpusFiles('pubmed'), ...corpusFiles('csl-json')]) {
    titles.push(...importBibliography(corpusText(file)).entries.flatMap((entry) => (entry.item.title ? [entry.item.title] : [])))
  }
  return titles
}

// What a subset font without a ToUnicode map gives: each letter's code in the private use area.
function unmapped(title: string): string {
  return title.replace(/\p{L}/gu, (letter) => String.fromCharCode(0xe000 + (letter.charCodeAt(0) % 0x100)))
}

// UTF-8 bytes read as Windows-1252.
function misdecoded(title: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(title))
}

// The confusions OCR makes on a poor scan: e→c, a→n, o→0, i→l.
function ocrConfused(title: string): string {
  return title.replace(/e/g, 'c').replace(/a/g, 'n').replace(/o/g, '0').replace(/i/g, 'l')
}

describe.skipIf(!HAS_CORPUS)('unreadable titles', () => {
  it('flags none of the real titles in the corpus', () => {
    const titles = realTitles()
    expect(titles.length).toBeGreaterThan(200)
    const flagged = titles.map((title) => [title, unreadableTitleReason(title)]).filter(([, reason]) => reason !== null)
    expect(flagged).toEqual([])
  })

  it('flags the ground-truth titles as a font without letters, a wrong character set or OCR gives them', () => {
    const truths = groundTruth()
    for (const { title } of truths) {
      expect(unreadableTitleReason(unmapped(title)), title).toBe('the PDF’s font maps its glyphs to no letters')
      expect(unreadableTitleReason(ocrConfused(title)), title).toMatch(/OCR noise/)
    }
    const accented = truths.map((truth) => truth.title).filter((title) => /[^\p{ASCII}]/u.test(title))
    expect(accented.length).toBeGreaterThan(0)
    for (const title of accented) expect(unreadableTitleReason(misdecoded(title)), title).toBe('the text was decoded with the wrong character set')
  })

  it('flags a journal’s running header printed twice, with or without a space', () => {
    const journals = [...new Set(groundTruth().flatMap((truth) => (truth.journal ? [truth.journal] : [])))]
    expect(journals.length).toBeGreaterThan(3)
    for (const journal of [...journals, 'Critical Care']) {
      expect(unreadableTitleReason(`${journal}${journal}`)).toBe(`a running header printed twice ("${journal}")`)
      expect(unreadableTitleReason(`${journal} ${journal}`)).toBe(`a running header printed twice ("${journal}")`)
    }
  })

  it('flags symbol soup and letters spaced out', () => {
    expect(unreadableTitleReason('¤¦§ ¨ª« ±²³ 12 ¶·¸')).toBe('it is mostly symbols, not words')
    expect(unreadableTitleReason('%&* (#) 1234 / 5678 ;:')).toBe('it is mostly symbols, not words')
    expect(unreadableTitleReason('S t r e s s f u l l i f e')).toBe('its letters are spaced apart like OCR noise')
  })
})
