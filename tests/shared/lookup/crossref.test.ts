import { describe, expect, it } from 'vitest'
import { cslItemSchema } from '../../../shared/domain/csl'
import { parseCrossrefWork, parseCrossrefWorkList, parseDoiCslJson } from '../../../shared/lookup'
import { field, HAS_ONLINE, onlineFiles, onlineText } from './corpus'

function rawFirst(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value
}

function expectedFromRaw(message: unknown) {
  const author = rawFirst(field(message, 'author'))
  const issued = rawFirst(rawFirst(field(field(message, 'issued'), 'date-parts')))
  return {
    titleStart: String(rawFirst(field(message, 'title'))).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim().slice(0, 30),
    family: field(author, 'family'),
    year: issued,
    doi: field(message, 'DOI'),
  }
}

describe.skipIf(!HAS_ONLINE)('Crossref works over every recorded body', () => {
  const files = onlineFiles('crossref', /^works_10\..*\.json$/)
  it('finds the recorded works', () => expect(files.length).toBeGreaterThanOrEqual(25))
  for (const file of files) {
    it(`${file}: title, first author, year, DOI and container as in the raw body`, () => {
      const body = onlineText(file)
      const message = field(JSON.parse(body), 'message')
      const result = parseCrossrefWork(body)
      if (!result.ok) throw new Error(result.error.message)
      const { item } = result.value
      const expected = expectedFromRaw(message)
      expect(item.title?.slice(0, 30)).toBe(expected.titleStart)
      expect(item.author?.[0]?.family).toBe(expected.family)
      expect(item.issued?.['date-parts']?.[0]?.[0]).toBe(expected.year)
      expect(item.DOI).toBe(expected.doi)
      const containers = field(message, 'container-title')
      if (Array.isArray(containers) && containers.length > 0) expect(containers).toContain(item['container-title'])
      expect(cslItemSchema.safeParse(item).success).toBe(true)
      expect(result.value.authors).toHaveLength(item.author?.length ?? 0)
    })
  }
})

describe.skipIf(!HAS_ONLINE)('Crossref works, hand-checked', () => {
  const work = (name: string) => {
    const result = parseCrossrefWork(onlineText(`crossref/works_${name}.json`))
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }

  it('the retracted Lancet paper is retracted, with its Retraction Watch notice', () => {
    const lancet = work('10.1016_s0140-6736_20_31180-6')
    expect(lancet.item.DOI).toBe('10.1016/s0140-6736(20)31180-6')
    expect(lancet.item['container-title']).toBe('The Lancet')
    expect(lancet.retraction).toEqual({
      status: 'retracted',
      notice: { doi: '10.1016/s0140-6736(20)31324-6', url: 'https://doi.org/10.1016/s0140-6736(20)31324-6', date: '2020-06-05' },
    })
  })

  it('the retraction notice itself is not retracted', () => {
    expect(work('10.1016_s0140-6736_20_31324-6').retraction).toBeNull()
  })

  it('PLOS ONE methylphenidate paper is corrected; its page is the article number', () => {
    const plos = work('10.1371_journal.pone.0033693')
    expect(plos.retraction?.status).toBe('corrected')
    expect(plos.retraction?.notice?.doi).toBe('10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda')
    expect(plos.item.page).toBe('e33693')
    expect(plos.item.type).toBe('article-journal')
    expect(plos.item.language).toBe('en')
  })

  it('a PLOS Pathogens record updated to a new version of itself', () => {
    expect(work('10.1371_journal.ppat.1008184').retraction?.status).toBe('new-version')
  })

  it('posted content is a preprint (CSL "article") with its authors\' ORCID iDs beside the names', () => {
    const preprint = work('10.1101_097196')
    expect(preprint.item.type).toBe('article')
    expect(preprint.authors[0]?.orcid).toBe('0000-0003-1419-2405')
    expect(preprint.item.abstract).not.toMatch(/<|jats/)
  })

  it('maps chapters, books and datasets; BMC uses the article number as page', () => {
    expect(work('10.1007_978-3-319-75889-3_1').item).toMatchObject({ type: 'chapter', 'container-title': 'Human Health and Physical Activity During Heat Exposure' })
    expect(work('10.1017_9781108348843').item).toMatchObject({ type: 'book', ISBN: '9781108348843', publisher: 'Cambridge University Press' })
    expect(work('10.1093_oxfordhb_9780198746140.013.5').item.type).toBe('book')
    expect(work('10.1186_isrctn11093872').item.type).toBe('dataset')
    expect(work('10.1186_1471-2164-7-187').item.page).toBe('187')
    expect(work('10.1007_s00120-007-1345-2').item.language).toBe('de')
  })

  it('titles lose their JATS markup', () => {
    expect(work('10.1101_2020.12.01.406702').item.title).toBe('Identification of a novel cationic glycolipid in Streptococcus agalactiae that contributes to brain entry and meningitis')
  })
})

describe.skipIf(!HAS_ONLINE)('Crossref failures and searches', () => {
  it('404 text bodies are NOT_FOUND in words', () => {
    for (const file of ['crossref/works_404_10.1371_notarealdoi.txt', 'crossref/works_404_blblbl.txt']) {
      const result = parseCrossrefWork(onlineText(file))
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
  })

  it('400 validation failures are INVALID_INPUT quoting Crossref\'s reason', () => {
    const result = parseCrossrefWork(onlineText('crossref/works_400_query_with_doi.json'))
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('does not support field query parameters') } })
    const search = parseCrossrefWorkList(onlineText('crossref/search_400_query.title_deprecated.json'))
    expect(search).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('query.bibliographic') } })
  })

  it('garbage is a failure in words, never a throw', () => {
    const body = onlineText('crossref/works_10.1038_ng.3834.json')
    for (const garbage of [body.slice(0, body.length / 2), '<html>oops</html>', '', 42, null, [1, 2]]) {
      const result = parseCrossrefWork(garbage)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(20)
    }
    expect(parseCrossrefWorkList(onlineText('crossref/works_10.1038_ng.3834.json'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  for (const file of onlineFiles('crossref', /^search_(?!400).*\.json$/)) {
    it(`${file}: every hit with its score and raw title`, () => {
      const body = onlineText(file)
      const items = field(field(JSON.parse(body), 'message'), 'items')
      const result = parseCrossrefWorkList(body)
      if (!result.ok) throw new Error(result.error.message)
      expect(result.value).toHaveLength(Array.isArray(items) ? items.length : -1)
      result.value.forEach((hit, index) => {
        const raw = Array.isArray(items) ? items[index] : undefined
        expect(hit.score).toBe(field(raw, 'score'))
        expect(hit.item.DOI).toBe(field(raw, 'DOI'))
        expect(cslItemSchema.safeParse(hit.item).success).toBe(true)
      })
    })
  }
})

describe.skipIf(!HAS_ONLINE)('doi.org CSL-JSON over every recorded body', () => {
  for (const file of onlineFiles('doi', /_csl\.json$/)) {
    it(`${file}: same shape as the Crossref work`, () => {
      const body = onlineText(file)
      const raw: unknown = JSON.parse(body)
      const result = parseDoiCslJson(body)
      if (!result.ok) throw new Error(result.error.message)
      const expected = expectedFromRaw(raw)
      expect(result.value.item.title?.slice(0, 30)).toBe(expected.titleStart)
      expect(result.value.item.author?.[0]?.family).toBe(expected.family)
      expect(result.value.item.issued?.['date-parts']?.[0]?.[0]).toBe(expected.year)
      expect(result.value.item.DOI).toBe(expected.doi)
      expect(cslItemSchema.safeParse(result.value.item).success).toBe(true)
    })
  }

  it('hand-checked: a preprint, a chapter and an ORCID', () => {
    const read = (name: string) => {
      const result = parseDoiCslJson(onlineText(`doi/crossref_transform_${name}_csl.json`))
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    expect(read('10.1101_066803').item.type).toBe('article')
    expect(read('10.1007_978-3-319-00026-8_2').item).toMatchObject({ type: 'chapter', 'container-title': 'Opening Science', page: '17-47', ISBN: '9783319000251' })
    expect(read('10.1038_s41562-021-01203-8').authors[0]?.orcid).toBe('0000-0002-1588-7527')
    expect(read('10.1136_bmjopen-2017-015997').item).toMatchObject({ 'container-title': 'BMJ Open', page: 'e015997', ISSN: '2044-6055' })
  })

  it('an HTML error page is a failure in words', () => {
    expect(parseDoiCslJson(onlineText('doi/doi.org_404_10.1126_foo.html'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})
