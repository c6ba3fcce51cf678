import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LookupOutcome, LookupRecord } from '../../../../shared/lookup'
import { AppError } from '../../../../shared/ipc/result'
import { localOnlyFetch, startReplayServer, type ReplayServer } from '../../../support/replayServer'
import { crossrefMessage, lookupHarness, recorded, xmlMesh, xmlText, xmlTexts } from './lookupHarness'

let server: ReplayServer

beforeAll(async () => {
  server = await startReplayServer()
  vi.stubGlobal('fetch', localOnlyFetch(fetch))
})
afterAll(async () => {
  vi.unstubAllGlobals()
  await server.close()
})
beforeEach(() => {
  server.reset()
})

function recordOf(outcome: LookupOutcome | undefined): LookupRecord {
  if (!outcome?.ok) throw new Error(`expected a record, got ${JSON.stringify(outcome)}`)
  return outcome.record
}

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (reason: unknown) => reason,
  )
  if (!(error instanceof AppError)) throw error
  return error
}

const efetches = () => server.asked.filter((asked) => asked.path.endsWith('/efetch.fcgi'))
const idsOf = (query: string) => new URLSearchParams(query).get('id')

describe('looking up PMIDs in PubMed', () => {
  it('gives PubMed\'s record of a PMID: title, authors, journal as PubMed names it, MeSH, publication types, study type', async () => {
    const xml = recorded('eutils/efetch_pubmed_33856845.xml')
    const { service } = await lookupHarness(server.baseUrls)
    const [outcome] = await service.lookupIdentifiers(['PMID: 33856845'])
    const record = recordOf(outcome)
    expect(outcome?.id).toBe('PMID: 33856845')
    // MEDLINE ends every ArticleTitle with a full stop; the PubMed reader leaves it out
    expect(record.item.title).toBe(xmlText(xml, 'ArticleTitle').replace(/\.$/, ''))
    expect(record.item.author?.[0]).toEqual({ family: xmlTexts(xml, 'LastName')[0], given: xmlTexts(xml, 'ForeName')[0] })
    expect(record.item.issued?.['date-parts']?.[0]?.[0]).toBe(Number(xmlText(xmlText(xml, 'PubDate'), 'Year')))
    expect(record.item['container-title']).toBe(xmlText(xml, 'Title'))
    expect(record.item.DOI).toBe(xmlText(xml, 'ELocationID'))
    expect(record.item.PMID).toBe('33856845')
    expect(record.extension.mesh?.map(({ descriptor, major }) => ({ descriptor, major }))).toEqual(xmlMesh(xml))
    expect(record.extension.publicationTypes).toEqual(xmlTexts(xml, 'PublicationType'))
    expect(record.studyType).toBe('systematic-review')
    expect(record.authors[0]?.orcid).toBe(xmlTexts(xml, 'Identifier')[0])
    expect(record.fields).toMatchObject({ title: { source: 'pubmed' }, 'container-title': { source: 'pubmed' }, mesh: { source: 'pubmed' }, PMID: { source: 'pubmed' } })
    expect(efetches().map((asked) => [asked.method, idsOf(asked.query), asked.answeredWith])).toEqual([['GET', '33856845', 'eutils/efetch_pubmed_33856845.xml']])
  })

  it('asks for many PMIDs in one request and answers each from it', async () => {
    const { service } = await lookupHarness(server.baseUrls)
    const outcomes = await service.lookupIdentifiers(['11748933', '11700088'])
    expect(outcomes.map((outcome) => recordOf(outcome).item.PMID)).toEqual(['11748933', '11700088'])
    expect(efetches().map((asked) => idsOf(asked.query))).toEqual(['11748933,11700088'])
  })

  it('splits a batch PubMed refuses so one bad id cannot fail the others; a PMID PubMed leaves out is not found; a duplicate shares one fetch', async () => {
    const { service } = await lookupHarness(server.baseUrls)
    const outcomes = await service.lookupIdentifiers(['33856845', '37909814', 'https://pubmed.ncbi.nlm.nih.gov/33856845/', 'not an id'])
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.record.item.PMID : outcome.error.code))).toEqual(['33856845', 'NOT_FOUND', '33856845', 'INVALID_INPUT'])
    expect(outcomes[1]).toMatchObject({ id: '37909814', error: { message: 'PubMed has no record with PMID 37909814; check the number.' } })
    expect(outcomes[3]).toMatchObject({ id: 'not an id', error: { message: expect.stringContaining('not a DOI') } })
    // the pair is not recorded (404 here), so each half is asked alone; 37909814's answer is an empty set
    expect(efetches().map((asked) => idsOf(asked.query))).toEqual(['33856845,37909814', '33856845', '37909814'])
  })
})

/** The work's own words in a recorded Crossref file, for expectations. */
function crossrefFacts(relative: string) {
  const message = crossrefMessage(relative)
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : undefined)
  const author: unknown = first(message.author)
  const issued = message.issued as { 'date-parts': number[][] }
  return { title: String(first(message.title)), containers: (message['container-title'] as string[] | undefined) ?? [], author, year: issued['date-parts'][0]?.[0], doi: String(message.DOI), updatedBy: (message['updated-by'] as { DOI: string; type: string; source: string }[] | undefined) ?? [] }
}

/**
 * The real fetch, except that the ID converter answers `ids` with `record`, in its own JSON
 * format (only one conversion is recorded, and its PMID's PubMed record is not).
 */
function idconvAnswering(ids: string, record: Record<string, string>): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.pathname.startsWith('/pmc/utils/idconv') && url.searchParams.get('ids') === ids) {
      return Promise.resolve(new Response(JSON.stringify({ status: 'ok', records: [{ 'requested-id': ids, ...record }] }), { headers: { 'content-type': 'application/json' } }))
    }
    return fetch(input, init)
  }
}

function idconvKnowing(doi: string, pmid: string): typeof fetch {
  return idconvAnswering(doi, { doi, pmid })
}

describe('looking up DOIs in Crossref and doi.org', () => {
  it('gives Crossref\'s record of a journal article, and asks the ID converter for its PMID without failing when it knows none', async () => {
    const facts = crossrefFacts('crossref/works_10.7554_elife.01567.json')
    const { service, warnings } = await lookupHarness(server.baseUrls)
    const [outcome] = await service.lookupIdentifiers(['https://doi.org/10.7554/eLife.01567'])
    const record = recordOf(outcome)
    expect(record.item).toMatchObject({ type: 'article-journal', title: facts.title, 'container-title': facts.containers[0], DOI: facts.doi, issued: { 'date-parts': [[facts.year, 2, 11]] } })
    expect(record.item.author?.[0]).toMatchObject({ family: (facts.author as { family: string }).family })
    expect(record).toMatchObject({ studyType: null, retraction: null, fields: { title: { source: 'crossref' }, DOI: { source: 'crossref' } } })
    expect(record.item.PMID).toBeUndefined()
    expect(server.asked.map((asked) => asked.path)).toEqual(['/works/10.7554%2Felife.01567', '/pmc/utils/idconv/v1.0/'])
    expect(warnings).toEqual([])
  })

  it('marks the retracted Lancet paper retracted, with the notice Retraction Watch names', async () => {
    const facts = crossrefFacts('crossref/works_10.1016_s0140-6736_20_31180-6.json')
    const notice = facts.updatedBy.find((update) => update.type === 'retraction' && update.source === 'retraction-watch')
    const { service } = await lookupHarness(server.baseUrls)
    const record = recordOf((await service.lookupIdentifiers(['doi:10.1016/S0140-6736(20)31180-6']))[0])
    expect(record.item.title).toBe(facts.title)
    expect(record.retraction).toMatchObject({ status: 'retracted', notice: { doi: notice?.DOI, date: '2020-06-05' } })
  })

  it('gives preprints, trial registrations, chapters and books their CSL types', async () => {
    const { service } = await lookupHarness(server.baseUrls)
    const dois = ['10.1101/097196', '10.1186/isrctn11093872', '10.1007/978-3-319-75889-3_1', '10.1017/9781108348843']
    const records = (await service.lookupIdentifiers(dois)).map(recordOf)
    expect(records.map((record) => record.item.type)).toEqual(['article', 'dataset', 'chapter', 'book'])
    expect(records.map((record) => record.item.title)).toEqual(dois.map((doi) => crossrefFacts(`crossref/works_${doi.replace(/\//g, '_')}.json`).title))
    // a chapter's container is the book (Crossref lists the series first)
    expect(records[2]?.item['container-title']).toBe(crossrefFacts('crossref/works_10.1007_978-3-319-75889-3_1.json').containers.at(-1))
  })

  it('falls back to doi.org content negotiation for a DOI Crossref does not hold', async () => {
    const csl = JSON.parse(recorded('doi/crossref_transform_10.1371_journal.pmed.1002276_csl.json'))
    const { service } = await lookupHarness(server.baseUrls)
    const record = recordOf((await service.lookupIdentifiers(['10.1371/journal.pmed.1002276']))[0])
    expect(record.item).toMatchObject({ title: csl.title, 'container-title': csl['container-title'], DOI: csl.DOI })
    expect(record.item.author?.[0]).toMatchObject({ family: csl.author[0].family, given: csl.author[0].given })
    expect(record.fields.title).toEqual({ source: 'doi.org' })
    expect(server.asked.slice(0, 3).map((asked) => [asked.path, asked.answeredWith])).toEqual([
      ['/works/10.1371%2Fjournal.pmed.1002276', undefined],
      ['/10.1371%2Fjournal.pmed.1002276', 'doi/doi.org_10.1371_journal.pmed.1002276_csl_302.html'],
      ['/v1/works/10.1371%2Fjournal.pmed.1002276/transform', 'doi/crossref_transform_10.1371_journal.pmed.1002276_csl.json'],
    ])
  })

  it('says in words that a DOI no registry knows is not found', async () => {
    const { service } = await lookupHarness(server.baseUrls)
    const [outcome] = await service.lookupIdentifiers(['10.1371/notarealdoi'])
    expect(outcome).toEqual({ id: '10.1371/notarealdoi', ok: false, error: { code: 'NOT_FOUND', message: 'No registry knows the DOI 10.1371/notarealdoi: neither Crossref nor doi.org has a record of it. Check it for typos.' } })
    expect(server.asked[0]?.answeredWith).toBe('crossref/works_404_10.1371_notarealdoi.txt')
  })

  it('adds PubMed\'s MeSH, publication types, PMID and study type to a DOI\'s record, keeping the item Crossref\'s', async () => {
    // No recorded DOI has a recorded PubMed record, so the converter's answer pairs two recorded papers:
    // the point is which fields come from where, not that they describe one paper.
    const xml = recorded('eutils/efetch_pubmed_33856845.xml')
    const facts = crossrefFacts('crossref/works_10.7554_elife.01567.json')
    const { service } = await lookupHarness(server.baseUrls, idconvKnowing('10.7554/elife.01567', '33856845'))
    const record = recordOf((await service.lookupIdentifiers(['10.7554/elife.01567']))[0])
    expect(record.item).toMatchObject({ title: facts.title, 'container-title': 'eLife', DOI: '10.7554/elife.01567', PMID: '33856845' })
    expect(record.extension.mesh?.map((heading) => heading.descriptor)).toEqual(xmlMesh(xml).map((heading) => heading.descriptor))
    expect(record.extension.publicationTypes).toEqual(xmlTexts(xml, 'PublicationType'))
    expect(record.studyType).toBe('systematic-review')
    expect(record.fields).toMatchObject({ title: { source: 'crossref' }, PMID: { source: 'pubmed' }, mesh: { source: 'pubmed' }, publicationTypes: { source: 'pubmed' } })
  })

  it('keeps a DOI\'s record when PubMed fails for its additions, and says why', async () => {
    const { service, warnings } = await lookupHarness(server.baseUrls, idconvKnowing('10.7554/elife.01567', '33856845'))
    server.fail({ kind: 'status', status: 503 }, { times: 10, pathIncludes: 'efetch' })
    const record = recordOf((await service.lookupIdentifiers(['10.7554/elife.01567']))[0])
    expect(record.item).toMatchObject({ DOI: '10.7554/elife.01567', PMID: '33856845' })
    expect(record.fields.PMID).toEqual({ source: 'idconv' })
    expect(record.extension.mesh).toBeUndefined()
    expect(warnings).toEqual([expect.stringMatching(/PubMed could not give their MeSH.*HTTP 503/)])
  })
})

describe('what a lookup sends', () => {
  it('the identifier, and who asks: the mailto and NCBI key from Settings, taken up as soon as they change', async () => {
    const { service, settings } = await lookupHarness(server.baseUrls)
    await service.lookupIdentifiers(['33856845'])
    expect(server.asked[0]?.userAgent).toBe('AxisRef/0.1.0')
    await settings.update({ onlineLookups: { crossrefMailto: 'lab@example.org', ncbiApiKey: 'KEY123' } })
    server.reset()
    await service.lookupIdentifiers(['33856845', '10.1101/097196'])
    const [efetch, crossref] = server.asked
    expect(efetch?.userAgent).toBe('AxisRef/0.1.0 (+mailto:lab@example.org)')
    expect(Object.fromEntries(new URLSearchParams(efetch?.query))).toEqual({ db: 'pubmed', id: '33856845', retmode: 'xml', tool: 'AxisRef', email: 'lab@example.org', api_key: 'KEY123' })
    expect([crossref?.path, crossref?.query]).toEqual(['/works/10.1101%2F097196', 'mailto=lab%40example.org'])
  })
})

describe('looking up PMCIDs', () => {
  it('finds a PMCID\'s PMID through the ID converter and gives PubMed\'s record with the PMCID on it', async () => {
    const { service } = await lookupHarness(server.baseUrls, idconvAnswering('PMC8000001', { pmcid: 'PMC8000001', pmid: '33856845' }))
    const [outcome] = await service.lookupIdentifiers(['https://pmc.ncbi.nlm.nih.gov/articles/PMC8000001/'])
    const record = recordOf(outcome)
    expect(record.item).toMatchObject({ PMID: '33856845', PMCID: 'PMC8000001', DOI: '10.1037/prj0000481' })
    expect(record.fields).toMatchObject({ PMCID: { source: 'idconv' }, title: { source: 'pubmed' } })
    expect(efetches().map((asked) => idsOf(asked.query))).toEqual(['33856845'])
  })

  it('says a PMCID the converter does not know is not found', async () => {
    const { service } = await lookupHarness(server.baseUrls)
    const [outcome] = await service.lookupIdentifiers(['PMC8000002'])
    expect(outcome).toMatchObject({ id: 'PMC8000002', ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/PMC ID converter \(NCBI\) has no record/) } })
    expect(efetches()).toEqual([])
  })
})

describe('the ID converter', () => {
  it('gives a DOI\'s PMID and PMCID as recorded', async () => {
    const { convertIds } = await import('../../../../electron/main/services/online/registrySources')
    const { createOnlineClient, nodeOnlineDeps } = await import('../../../../electron/main/services/online')
    const client = createOnlineClient(nodeOnlineDeps(), { version: '0.1.0' })
    const answers = await convertIds({ client, urls: server.baseUrls, identity: { tool: 'AxisRef' } }, ['10.1038/ng.590'])
    const body = JSON.parse(recorded('idconv/idconv_10.1038_ng.590_json.json'))
    expect(answers.get('10.1038/ng.590')).toEqual({ ok: true, value: { pmid: body.records[0].pmid, pmcid: body.records[0].pmcid, doi: '10.1038/ng.590' } })
  })
})

describe('when lookups cannot run', () => {
  it('sends nothing at all when online lookups are off, and says so', async () => {
    const { service, settings } = await lookupHarness(server.baseUrls)
    await settings.update({ onlineLookups: { enabled: false } })
    const error = await failureOf(service.lookupIdentifiers(['33856845', '10.7554/elife.01567']))
    expect(error.code).toBe('OFFLINE')
    expect(error.message).toMatch(/turned off in Settings, so nothing was sent/)
    expect((await failureOf(service.searchBibliographic({ title: 'Communicating Ecology', author: 'Boettiger' }))).code).toBe('OFFLINE')
    expect(server.asked).toEqual([])
  })

  it('fails the whole call as UNAVAILABLE, naming the registry, when it refuses connections', async () => {
    const { refusedOrigin } = await import('../../../support/replayServer')
    const origin = await refusedOrigin()
    const { service, waits } = await lookupHarness({ crossref: origin, doi: origin, eutils: origin, idconv: origin })
    const error = await failureOf(service.lookupIdentifiers(['33856845']))
    expect(error.code).toBe('UNAVAILABLE')
    expect(error.message).toMatch(/^PubMed \(NCBI E-utilities\) could not be reached \(ECONNREFUSED.*after 4 tries/)
    expect(waits).toEqual([1000, 2000, 4000])
  })

  it('fails the whole call as TIMEOUT when a registry never answers', async () => {
    // a time limit of 50 ms so the test does not sit out the real 20 s; the server never answers at all
    const { service } = await lookupHarness(server.baseUrls, undefined, { timeoutMs: 50, maxAttempts: 1 })
    server.fail({ kind: 'hang' }, { pathIncludes: '/works/' })
    const error = await failureOf(service.lookupIdentifiers(['10.1101/097196']))
    expect(error).toMatchObject({ code: 'TIMEOUT', message: 'Crossref did not answer within 0.05 seconds; it may be slow or down. Try again later.' })
  })

  it('waits as a 429\'s Retry-After asks, then answers', async () => {
    const { service, waits } = await lookupHarness(server.baseUrls)
    server.fail({ kind: 'status', status: 429, retryAfter: '7' }, { pathIncludes: '/works/' })
    const record = recordOf((await service.lookupIdentifiers(['10.1101/097196']))[0])
    expect(record.item.DOI).toBe('10.1101/097196')
    expect(waits).toContain(7000)
  })

  it('tries again after a 500 or a body cut short, and fails the call when the registry stays broken', async () => {
    const { service } = await lookupHarness(server.baseUrls)
    server.fail({ kind: 'status', status: 500 }, { pathIncludes: 'efetch' })
    server.fail({ kind: 'truncate' }, { pathIncludes: 'efetch' })
    expect(recordOf((await service.lookupIdentifiers(['33856845']))[0]).item.PMID).toBe('33856845')
    expect(efetches()).toHaveLength(3)
    server.fail({ kind: 'status', status: 500 }, { times: 4, pathIncludes: '/works/' })
    const error = await failureOf(service.lookupIdentifiers(['10.1101/097196']))
    expect(error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/^Crossref is having trouble \(HTTP 500\)/) })
  })

  it('stops when the caller cancels, with the caller\'s reason', async () => {
    const { service } = await lookupHarness(server.baseUrls)
    const controller = new AbortController()
    controller.abort(new Error('the user closed the dialog'))
    await expect(service.lookupIdentifiers(['33856845'], controller.signal)).rejects.toThrow('the user closed the dialog')
    expect(server.asked).toEqual([])
  })
})

describe('searching Crossref for a reference without an identifier', () => {
  /** The real fetch; a search is answered with the recorded `query=ecology&rows=2` search (no query.bibliographic search is recorded). */
  function recordedSearch(sent: URL[]): typeof fetch {
    return (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      sent.push(url)
      return fetch(url.searchParams.has('query.bibliographic') ? `${server.origin}/works?query=ecology&rows=2` : url, init)
    }
  }

  it('sends only the title and first author, and scores each candidate with whether its title matches', async () => {
    const sent: URL[] = []
    const { service } = await lookupHarness(server.baseUrls, recordedSearch(sent))
    const candidates = await service.searchBibliographic({ title: 'Communicating ecology.', author: 'Boettiger', year: 2015 })
    expect([...(sent[0]?.searchParams.keys() ?? [])].sort()).toEqual(['query.bibliographic', 'rows'])
    expect(sent[0]?.searchParams.get('query.bibliographic')).toBe('Communicating ecology. Boettiger')
    const items = JSON.parse(recorded('crossref/search_query_ecology_rows2.json')).message.items
    expect(candidates.map((candidate) => [candidate.record.item.title, candidate.score, candidate.titleMatch])).toEqual([
      [items[0].title[0], items[0].score, true],
      [items[1].title[0], items[1].score, false],
    ])
    expect(candidates[0]?.record.fields.title).toEqual({ source: 'crossref' })
  })
})
