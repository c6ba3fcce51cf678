import { describe, expect, it } from 'vitest'
import { exportBibliography, importBibliography } from '../../../shared/formats'
import { parsePubmedEfetch } from '../../../shared/lookup'
import { corpusText, HAS_CORPUS, toRecords } from './corpus'

// Issue #16, item 9. The eLife records are our own, shaped as PubMed writes an online-only
// article: the article number as a pii, no pages.
const ELIFE_XML = `<?xml version="1.0"?>
<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">30900000</PMID>
<Article PubModel="Electronic"><Journal><ISSN IssnType="Electronic">2050-084X</ISSN><JournalIssue CitedMedium="Internet"><Volume>8</Volume><PubDate><Year>2019</Year><Month>Mar</Month><Day>12</Day></PubDate></JournalIssue>
<Title>eLife</Title><ISOAbbreviation>Elife</ISOAbbreviation></Journal>
<ArticleTitle>A test article.</ArticleTitle>
<ELocationID EIdType="pii" ValidYN="Y">e42692</ELocationID><ELocationID EIdType="doi" ValidYN="Y">10.7554/eLife.42692</ELocationID>
<AuthorList><Author><LastName>Doe</LastName><ForeName>Jane</ForeName></Author></AuthorList>
<PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType></PublicationTypeList></Article></MedlineCitation>
<PubmedData><ArticleIdList><ArticleId IdType="pubmed">30900000</ArticleId><ArticleId IdType="doi">10.7554/eLife.42692</ArticleId></ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>
`

const ELIFE_MEDLINE = `PMID- 30900000
IS  - 2050-084X (Electronic)
VI  - 8
DP  - 2019 Mar 12
TI  - A test article.
LID - 10.7554/eLife.42692 [doi]
LID - e42692 [pii]
FAU - Doe, Jane
AU  - Doe J
PT  - Journal Article
TA  - Elife
JT  - eLife
AID - 10.7554/eLife.42692 [doi]
AID - e42692 [pii]
`

function onlyItem(text: string) {
  const result = importBibliography(text)
  expect(result.errors).toEqual([])
  const [entry] = result.entries
  if (!entry) throw new Error('no entry')
  return entry.item
}

describe('PubMed: the journal keeps its own casing', () => {
  it('PubMed XML: "eLife" stays "eLife"', () => {
    expect(onlyItem(ELIFE_XML)['container-title']).toBe('eLife')
  })

  it('MEDLINE: "eLife" stays "eLife"', () => {
    expect(onlyItem(ELIFE_MEDLINE)['container-title']).toBe('eLife')
  })

  it('an online lookup maps the same record the same way', () => {
    const result = parsePubmedEfetch(ELIFE_XML)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value[0]?.item).toMatchObject({ 'container-title': 'eLife', page: 'e42692', DOI: '10.7554/eLife.42692' })
  })

  it.skipIf(!HAS_CORPUS)('a journal PubMed writes in sentence case is still title-cased, as Zotero does', () => {
    const result = importBibliography(corpusText('pubmed/zotero-translators/pubmed-xml-05.xml'))
    expect(result.entries[0]?.item['container-title']).toBe('Genes, Brain, and Behavior')
  })
})

describe('PubMed: the article number of a journal without pages', () => {
  it('MEDLINE: "LID - e42692 [pii]" becomes the page', () => {
    expect(onlyItem(ELIFE_MEDLINE)).toMatchObject({ page: 'e42692', DOI: '10.7554/eLife.42692' })
  })

  it('MEDLINE: a publisher pii is no page, and printed pages win over the article number', () => {
    const publisher = ELIFE_MEDLINE.replaceAll('e42692 [pii]', 'S2211-1247(22)00645-3 [pii]')
    expect(onlyItem(publisher).page).toBeUndefined()
    expect(onlyItem(ELIFE_MEDLINE.replace('TI  -', 'PG  - 101-9\nTI  -')).page).toBe('101-109')
  })

  it('MEDLINE: the article number survives an export and a second import', () => {
    const first = importBibliography(ELIFE_MEDLINE)
    const again = importBibliography(exportBibliography(toRecords(first), 'medline'))
    expect(again.entries[0]?.item).toMatchObject({ page: 'e42692', 'container-title': 'eLife' })
  })

  it.skipIf(!HAS_CORPUS)('PubMed XML: a pii that is a code, not digits (Läkartidningen "EWLS"), is the page as in Zotero\'s expected output', () => {
    const result = importBibliography(corpusText('pubmed/zotero-translators/pubmed-xml-07.xml'))
    expect(result.entries[0]?.item.page).toBe('EWLS')
  })

  it.skipIf(!HAS_CORPUS)('PubMed XML: a preprint keeps its server identifier as CSL number (Zotero\'s archiveID), never as pages', () => {
    for (const [file, number] of [
      ['pubmed-xml-10.xml', 'arXiv:2304.02112v2'],
      ['pubmed-xml-11.xml', 'rs.3.rs-2960606'],
    ] as const) {
      const item = importBibliography(corpusText(`pubmed/zotero-translators/${file}`)).entries[0]?.item
      expect(item).toMatchObject({ type: 'article', number })
      expect(item?.page).toBeUndefined()
    }
  })

  it('MEDLINE: a preprint keeps its identifier through an export and a second import', () => {
    const preprint = ELIFE_MEDLINE.replace('PT  - Journal Article', 'PT  - Preprint').replaceAll('e42692 [pii]', 'arXiv:2304.02112v2 [pii]')
    expect(onlyItem(preprint)).toMatchObject({ type: 'article', number: 'arXiv:2304.02112v2' })
    const again = importBibliography(exportBibliography(toRecords(importBibliography(preprint)), 'medline'))
    expect(again.entries[0]?.item).toMatchObject({ type: 'article', number: 'arXiv:2304.02112v2' })
  })
})

describe('MEDLINE: line separators inside a value', () => {
  it('a U+2028 or U+2029 inside the title keeps the title', () => {
    for (const separator of ['\u2028', '\u2029']) {
      const item = onlyItem(ELIFE_MEDLINE.replace('TI  - A test article.', `TI  - A test${separator}article.`))
      expect(item.title).toBe('A test article')
    }
  })
})
