import { describe, expect, it } from 'vitest'
import {
  batchIds,
  crossrefSearchRequest,
  crossrefWorkRequest,
  doiCslRequest,
  efetchPubmedRequest,
  encodeDoiForPath,
  idconvRequest,
  retryDelay,
  serviceBaseUrls,
  userAgent,
} from '../../../../electron/main/services/online'

const URLS = serviceBaseUrls({})

describe('serviceBaseUrls', () => {
  it('defaults to the real registries', () => {
    expect(URLS).toEqual({
      crossref: 'https://api.crossref.org',
      doi: 'https://doi.org',
      eutils: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
      idconv: 'https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0',
    })
  })

  it('takes each from its environment variable, and a setting over both', () => {
    const urls = serviceBaseUrls({ AXISREF_CROSSREF_URL: 'http://127.0.0.1:8080/', AXISREF_EUTILS_URL: 'http://mirror.example/eutils', AXISREF_DOI_URL: ' ' }, { eutils: 'http://proxy.example/e' })
    expect(urls).toMatchObject({ crossref: 'http://127.0.0.1:8080', doi: 'https://doi.org', eutils: 'http://proxy.example/e' })
  })

  it('refuses an address that is not http(s), naming the variable', () => {
    expect(() => serviceBaseUrls({ AXISREF_IDCONV_URL: 'file:///etc/passwd' })).toThrow('AXISREF_IDCONV_URL is "file:///etc/passwd"; only http and https addresses can be used.')
    expect(() => serviceBaseUrls({ AXISREF_DOI_URL: 'not a url' })).toThrow(/AXISREF_DOI_URL is "not a url", which is not a web address/)
  })
})

describe('request builders', () => {
  it('encode a DOI the way the recorded Crossref requests do', () => {
    expect(encodeDoiForPath('10.1002/1096-9861(20010212)430:3<283::aid-cne1031>3.0.co;2-v')).toBe('10.1002%2F1096-9861(20010212)430:3%3C283::aid-cne1031%3E3.0.co;2-v')
    expect(encodeDoiForPath('10.1000/a#b?c d%')).toBe('10.1000%2Fa%23b%3Fc%20d%25')
  })

  it('build a Crossref work request with the mailto for the polite pool', () => {
    expect(crossrefWorkRequest(URLS, '10.1038/ng.3834', 'lab@example.org').url).toBe('https://api.crossref.org/works/10.1038%2Fng.3834?mailto=lab%40example.org')
  })

  it('build a bibliographic search', () => {
    const url = new URL(crossrefSearchRequest(URLS, 'Smith 2019 Dopamine & reward', 5, 'lab@example.org').url)
    expect(url.pathname).toBe('/works')
    expect(Object.fromEntries(url.searchParams)).toEqual({ 'query.bibliographic': 'Smith 2019 Dopamine & reward', rows: '5', mailto: 'lab@example.org' })
  })

  it('ask doi.org for CSL-JSON', () => {
    expect(doiCslRequest(URLS, '10.1101/066803')).toMatchObject({ url: 'https://doi.org/10.1101%2F066803', accept: 'application/vnd.citationstyles.csl+json' })
  })

  it('build efetch for PubMed XML with the NCBI identity, and refuse more than 200 ids', () => {
    const request = efetchPubmedRequest(URLS, ['1', '2'], { tool: 'AxisRef', email: 'lab@example.org', apiKey: 'k' })
    expect(request.url).toBe('https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=pubmed&id=1%2C2&retmode=xml&tool=AxisRef&email=lab%40example.org&api_key=k')
    expect(() => efetchPubmedRequest(URLS, Array.from({ length: 201 }, (_, index) => String(index + 1)), { tool: 'AxisRef' })).toThrow(/1 to 200 PMIDs, not 201/)
  })

  it('build an idconv request', () => {
    expect(idconvRequest(URLS, ['10.1038/ng.590', 'PMC2883744'], { tool: 'AxisRef' }).url).toBe('https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0/?ids=10.1038%2Fng.590%2CPMC2883744&format=json&tool=AxisRef')
  })

  it('batch ids in order', () => {
    expect(batchIds(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']])
    expect(batchIds([])).toEqual([])
    expect(() => batchIds(['a'], 0)).toThrow(/at least one id/)
  })
})

describe('politeness', () => {
  it('names AxisRef, its version and the mailto in the User-Agent', () => {
    expect(userAgent('0.1.0', 'lab@example.org')).toBe('AxisRef/0.1.0 (+mailto:lab@example.org)')
    expect(userAgent('0.1.0')).toBe('AxisRef/0.1.0')
  })

  it('backs off 1 s, 2 s, 4 s … up to the cap, or as long as Retry-After says', () => {
    const limits = { baseDelayMs: 1000, maxDelayMs: 60_000 }
    expect([1, 2, 3, 8].map((attempt) => retryDelay(undefined, attempt, limits))).toEqual([1000, 2000, 4000, 60_000])
    expect(retryDelay(5000, 1, limits)).toBe(5000)
    expect(retryDelay(3_600_000, 1, limits)).toBe(60_000)
  })
})
