import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractPdfFullText, extractPdfMetadata } from '../../../electron/main/services/pdf/extract'
import { openPdfDocument } from '../../../electron/main/services/pdf/pdfjsDocument'
import { corpusPdf, hasPdfCorpus } from './corpus'
import { articlePage, makePdf } from './makePdf'

let dir: string
const file = (name: string): string => join(dir, name)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'axisref-pdf-'))
  const header = { text: 'https://doi.org/10.3389/fpsyt.2021.654321', x: 50, top: 52, size: 8 }
  await writeFile(file('paper.pdf'), makePdf({ pages: [articlePage([header]), articlePage()] }))
  const references = [
    { text: 'References', x: 50, top: 500, size: 11, bold: true },
    { text: '1. Smith J, Jones K. Gut and brain. Brain Behav Immun. 2019;76:1-10.', x: 50, top: 520, size: 8 },
    { text: 'doi:10.1016/j.bbi.2018.12.003', x: 62, top: 531, size: 8 },
    { text: '2. Lee A. Microglia. J Neuroinflammation. 2020;17:5. doi:10.1186/s12974-020-1705-z', x: 50, top: 790, size: 8 },
  ]
  await writeFile(file('refs-only.pdf'), makePdf({ pages: [articlePage(references), [{ text: 'doi:10.1038/s41380-020-0001-1', x: 62, top: 40, size: 8 }]] }))
  await writeFile(file('junk-meta.pdf'), makePdf({ pages: [articlePage()], info: { Title: 'Microsoft Word - draft.docx', Author: 'Administrator' } }))
  await writeFile(file('script.pdf'), makePdf({ pages: [articlePage()], openActionJs: 'globalThis.__axisrefScriptRan = true; app.alert("pwned")' }))
  await writeFile(file('empty.pdf'), new Uint8Array())
  await writeFile(file('page.pdf'), '<!DOCTYPE html>\n<html><head><title>Article</title></head><body>Login</body></html>')
  await writeFile(file('broken.pdf'), '%PDF-1.4\nthis is not the rest of a PDF file\n')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('extraction through pdfjs (generated PDFs)', () => {
  it('reads title, authors, year, journal and the DOI of a printed first page', async () => {
    const result = await extractPdfMetadata(file('paper.pdf'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.item).toMatchObject({
      title: 'Microglial priming links gut dysbiosis to depressive behaviour in mice',
      author: [{ family: 'Berg', given: 'Anna' }, { family: 'Lind', given: 'Jonas' }, { family: 'Holm', given: 'Maria' }],
      issued: { 'date-parts': [[2021]] },
      DOI: '10.3389/fpsyt.2021.654321',
      'container-title': 'Journal of Psychoneuroimmunology',
      volume: '12',
    })
    expect(result.fields.DOI).toEqual({ source: 'identifier', confidence: 0.85 })
    expect(result.pageCount).toBe(2)
  })

  it('never takes a DOI from the reference list', async () => {
    const result = await extractPdfMetadata(file('refs-only.pdf'))
    expect(result.ok && result.item.DOI).toBeUndefined()
    expect(result.ok && result.item.title).toBe('Microglial priming links gut dysbiosis to depressive behaviour in mice')
  })

  it('ignores junk embedded metadata', async () => {
    const result = await extractPdfMetadata(file('junk-meta.pdf'))
    expect(result.ok && result.item.title).toBe('Microglial priming links gut dysbiosis to depressive behaviour in mice')
    expect(result.ok && result.flags.ignoredMetadata).toEqual(['info:Title', 'info:Author'])
  })

  it("never runs a PDF's JavaScript", async () => {
    const doc = await openPdfDocument(file('script.pdf'))
    const actions = await doc.getJSActions()
    await doc.destroy()
    expect(JSON.stringify(actions)).toContain('__axisrefScriptRan')
    const result = await extractPdfMetadata(file('script.pdf'))
    expect(result.ok).toBe(true)
    expect((globalThis as { __axisrefScriptRan?: boolean }).__axisrefScriptRan).toBeUndefined()
  })

  it("leaves the engine's own Array.prototype.push and JSON in place after loading pdfjs (its polyfills are slow)", async () => {
    await extractPdfMetadata(file('paper.pdf'))
    for (const fn of [Array.prototype.push, JSON.parse, JSON.stringify]) expect(Function.prototype.toString.call(fn)).toContain('[native code]')
  })

  it('says in words why a file is not a readable PDF', async () => {
    const codes = await Promise.all(['empty.pdf', 'page.pdf', 'broken.pdf', 'missing.pdf'].map((name) => extractPdfMetadata(file(name))))
    expect(codes.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(['EMPTY_FILE', 'NOT_A_PDF', 'DAMAGED_PDF', 'NOT_FOUND'])
    expect(codes[1]?.ok === false && codes[1].error.message).toMatch(/web page \(HTML\)/)
  })

  it('reads the full text of every page, capped', async () => {
    const full = await extractPdfFullText(file('paper.pdf'))
    expect(full.ok && full.text.match(/Microglial priming/g)?.length).toBe(2)
    expect(full.ok && full.truncated).toBe(false)
    const capped = await extractPdfFullText(file('paper.pdf'), { maxChars: 100 })
    expect(capped.ok && capped.text.length).toBe(100)
    expect(capped.ok && capped.truncated).toBe(true)
  })
})

describe.skipIf(!hasPdfCorpus('extract'))('extraction of real articles (shared corpus)', () => {
  it.each([
    ['metadata/hindawi-PMC4745305.pdf', 'Concomitant Use of Topiramate', 'Sharma', 2016, '10.1155/2016/6086839'],
    ['metadata/bmc-trials-16-1-1.pdf', 'Lessons learned from recruiting', 'Thompson', 2015, '10.1186/1745-6215-16-1'],
    ['metadata/cermine-example2-bmchsr.pdf', 'Understanding the barriers', 'Agyeman-Duah', 2014, '10.1186/1472-6963-14-1'],
    ['metadata/cermine-example3-clinsci.pdf', 'Fragment-based design', 'Douglas', 2014, '10.1042/CS20130403'],
    ['metadata/cermine-test5.pdf', 'Iron deficiency anaemia', 'Huang', 2010, '10.1136/pgmj.2009.089987'],
    ['metadata/zotero-recognizePDF_test_arXiv.pdf', 'Scaling study of an improved fermion action', 'Cho', 2014, undefined],
    ['metadata/zotero-recognizePDF_test_title-bitcoin.pdf', 'Bitcoin: A Peer-to-Peer Electronic Cash System', 'Nakamoto', undefined, undefined],
  ])('%s', async (path, title, family, year, doi) => {
    const result = await extractPdfMetadata(corpusPdf(path))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.item.title).toContain(title)
    expect(result.item.author?.[0]?.family).toBe(family)
    expect(result.item.issued?.['date-parts'][0][0]).toBe(year)
    expect(result.item.DOI).toBe(doi)
  })

  it('ignores ".dvi" titles and a publisher in the author field', async () => {
    const hindawi = await extractPdfMetadata(corpusPdf('metadata/hindawi-PMC4745305.pdf'))
    expect(hindawi.ok && hindawi.flags.ignoredMetadata).toContain('info:Title')
    const cambridge = await extractPdfMetadata(corpusPdf('metadata/cermine-example1-intpsychogeriatrics.pdf'))
    expect(cambridge.ok && cambridge.item.author?.[0]?.family).toBe('Sundström')
    expect(cambridge.ok && cambridge.flags.ignoredMetadata).toEqual(expect.arrayContaining(['info:Title', 'info:Author']))
  })

  it('reads Dublin Core XMP when the page is not the paper, but rejects its malformed DOI', async () => {
    const result = await extractPdfMetadata(corpusPdf('metadata/jabref-xmp-article_dublinCore.pdf'))
    expect(result.ok && result.item.title).toBe("Stefan's palace")
    expect(result.ok && result.item.DOI).toBeUndefined()
  })

  it('opens an encrypted file with its password and refuses it without', async () => {
    const locked = await extractPdfMetadata(corpusPdf('hostile/pdfjs-issue6010_1.pdf'))
    expect(locked.ok === false && locked.error.code).toBe('PASSWORD_PROTECTED')
    const opened = await extractPdfMetadata(corpusPdf('hostile/pdfjs-issue6010_1.pdf'), { password: 'abc' })
    expect(opened.ok).toBe(true)
  })

  it('does not run the JavaScript open action of a hostile file', async () => {
    const result = await extractPdfMetadata(corpusPdf('hostile/pdfjs-issue15590.pdf'))
    expect(result.ok).toBe(true)
    expect((globalThis as { app?: unknown }).app).toBeUndefined()
  })
})
