import { describe, expect, it } from 'vitest'
import { cslItemSchema } from '../../../shared/domain/csl'
import { parsePubmedEfetch, studyTypeFromPublicationTypes, type PubmedArticle } from '../../../shared/lookup'
import { importBibliography } from '../../../shared/formats'
import { corpusText, HAS_CORPUS } from '../formats/corpus'
import { HAS_ONLINE, onlineFiles, onlineText } from './corpus'

// Expectations read from the raw XML with plain regular expressions, independently of the
// parser: per <PubmedArticle>, its PMID, first LastName, PubDate year, journal Title, title.
function rawArticles(xml: string) {
  return [...xml.matchAll(/<PubmedArticle>([\s\S]*?)<\/PubmedArticle>/g)].map(([, body = '']) => ({
    pmid: /<PMID[^>]*>(\d+)<\/PMID>/.exec(body)?.[1],
    family: /<AuthorList[^>]*>[\s\S]*?<LastName>([^<]+)<\/LastName>/.exec(body)?.[1],
    year: Number(/<PubDate>[\s\S]*?(?:<Year>(\d{4})|<MedlineDate>(\d{4}))/.exec(body)?.slice(1).find(Boolean)),
    journal: /<Journal>[\s\S]*?<Title>([^<]+)<\/Title>/.exec(body)?.[1]?.replaceAll('&amp;', '&'),
    titleStart: /<ArticleTitle>([^<]{0,20})/.exec(body)?.[1],
    doi: /<ArticleId IdType="doi">([^<]+)</.exec(body)?.[1],
  }))
}

function articles(file: string): PubmedArticle[] {
  const result = parsePubmedEfetch(onlineText(`eutils/${file}`))
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe.skipIf(!HAS_ONLINE)('PubMed efetch over every recorded body', () => {
  const files = onlineFiles('eutils', /^efetch_pubmed_.*\.xml$/)
  it('finds the recorded efetch answers', () => expect(files.length).toBeGreaterThanOrEqual(27))
  for (const file of files) {
    it(`${file}: PMID, title, first author, year, journal and DOI as in the raw XML`, () => {
      const xml = onlineText(file)
      const result = parsePubmedEfetch(xml)
      if (!result.ok) throw new Error(result.error.message)
      const raw = rawArticles(xml)
      expect(result.value).toHaveLength(raw.length)
      result.value.forEach((article, index) => {
        const expected = raw[index]
        expect(article.pmid).toBe(expected?.pmid)
        expect(article.item.PMID).toBe(expected?.pmid)
        expect(article.item.author?.[0]?.family).toBe(expected?.family)
        expect(article.item.issued?.['date-parts']?.[0]?.[0]).toBe(expected?.year)
        expect(article.journalTitle).toBe(expected?.journal)
        expect(article.item['container-title']?.toLowerCase()).toBe(expected?.journal?.replace(/\s*\([^()]*[,.:][^()]*\)\s*$/, '').toLowerCase())
        if (expected?.titleStart) expect(article.item.title?.startsWith(expected.titleStart.replace(/\s+/g, ' ').trim())).toBe(true)
        expect(article.item.DOI?.toLowerCase()).toBe(expected?.doi?.toLowerCase())
        expect(cslItemSchema.safeParse(article.item).success).toBe(true)
        expect(article.authors).toHaveLength(article.item.author?.length ?? 0)
      })
    })
  }

  it('a batch holds several articles, in order', () => {
    expect(articles('efetch_pubmed_11748933_11700088.xml').map((article) => article.pmid)).toEqual(['11748933', '11700088'])
  })

  it('an empty answer (unknown PMID) is an empty list', () => {
    expect(articles('efetch_pubmed_37909814.xml')).toEqual([])
  })
})

describe.skipIf(!HAS_ONLINE)('PubMed efetch, hand-checked', () => {
  it('the NEJM RCT 23121403: MeSH with major marks, publication types, study type RCT', () => {
    const [rct] = articles('efetch_pubmed_23121403.xml')
    expect(rct?.publicationTypes).toContain('Randomized Controlled Trial')
    // Here the indexers marked subheadings, not descriptors, as the major topics.
    expect(rct?.mesh.find((heading) => heading.descriptor === 'Aspirin')).toEqual({ descriptor: 'Aspirin', major: false, qualifiers: [{ name: 'administration & dosage', major: true }, { name: 'adverse effects', major: false }, { name: 'therapeutic use', major: false }] })
    expect(rct?.mesh.find((heading) => heading.descriptor === 'Venous Thromboembolism')).toEqual({
      descriptor: 'Venous Thromboembolism',
      major: false,
      qualifiers: [{ name: 'epidemiology', major: false }, { name: 'prevention & control', major: true }],
    })
    expect(rct?.mesh.some((heading) => heading.major)).toBe(false)
    expect(studyTypeFromPublicationTypes(rct?.publicationTypes ?? [])).toBe('rct')
    expect(rct?.retraction).toBeNull()
  })

  it('ORCID iDs and affiliations beside the authors (32437181)', () => {
    const [review] = articles('efetch_pubmed_32437181.xml')
    expect(review?.item).toMatchObject({ title: 'Risk and resilience in family well-being during the COVID-19 pandemic', volume: '75', issue: '5', page: '631-643', DOI: '10.1037/amp0000660' })
    expect(review?.authors[0]).toEqual({ orcid: '0000-0001-7387-0398', affiliations: ['Offord Centre for Child Studies.'] })
    expect(studyTypeFromPublicationTypes(review?.publicationTypes ?? [])).toBe('review')
  })

  it('an erratum link makes the article corrected, naming the notice (35649368)', () => {
    const [article] = articles('efetch_pubmed_35649368.xml')
    expect(article?.retraction).toEqual({
      status: 'corrected',
      notice: { doi: '10.1016/j.celrep.2022.111044', url: 'https://doi.org/10.1016/j.celrep.2022.111044', pmid: '35767954', date: '2022-06-28' },
    })
    expect(article?.keywords).toContain('STAT3 acetylation')
  })

  it('a retraction link outweighs an erratum (a real body with RetractionIn added)', () => {
    const xml = onlineText('eutils/efetch_pubmed_35649368.xml').replace(
      '<CommentsCorrectionsList>',
      '<CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn"><RefSource>Cell Rep. 2023 Jan 1;42(1):1. doi: 10.1016/j.celrep.2023.000001.</RefSource><PMID Version="1">99999999</PMID></CommentsCorrections>',
    ).replace('<PublicationType UI="D016428">Journal Article</PublicationType>', '<PublicationType UI="D016428">Journal Article</PublicationType><PublicationType UI="D016441">Retracted Publication</PublicationType>')
    const result = parsePubmedEfetch(xml)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value[0]?.retraction).toMatchObject({ status: 'retracted', notice: { doi: '10.1016/j.celrep.2023.000001', pmid: '99999999', date: '2023-01-01' } })
  })

  it('garbage is a failure in words, never a throw', () => {
    const xml = onlineText('eutils/efetch_pubmed_23121403.xml')
    const broken = xml.replace('</ArticleTitle>', '</ArticleTitl>')
    for (const garbage of [xml.slice(0, xml.length / 2), broken, '{"error":"x"}', '', 42, '<eFetchResult><ERROR>Empty id list - nothing todo</ERROR></eFetchResult>']) {
      const result = parsePubmedEfetch(garbage)
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      if (!result.ok) expect(result.error.message).toMatch(/^PubMed/)
    }
  })
})

describe.skipIf(!HAS_CORPUS)('article numbers from ELocationID', () => {
  it('an online journal without pages keeps its article number (pii) as the page, in files and lookups alike', () => {
    // Journal of Integrative Bioinformatics numbers articles (20200021) and prints no pages.
    const xml = corpusText('pubmed/jabref/MedlineImporterTestMathML.xml')
    const lookup = parsePubmedEfetch(xml)
    if (!lookup.ok) throw new Error(lookup.error.message)
    expect(lookup.value[0]?.item).toMatchObject({ PMID: '32759406', page: '20200021', DOI: '10.1515/jib-2020-0021' })
    expect(importBibliography(xml).entries[0]?.item.page).toBe('20200021')
  })

  it('a publisher pii that is no number is not a page', () => {
    const [article] = articles('efetch_pubmed_35649368.xml')
    expect(article?.item.page).toBe('110870')
    const withoutPages = onlineText('eutils/efetch_pubmed_35649368.xml').replace(/<Pagination>[\s\S]*?<\/Pagination>/, '')
    const result = parsePubmedEfetch(withoutPages)
    expect(result.ok && result.value[0]?.item.page).toBeUndefined()
  })
})
