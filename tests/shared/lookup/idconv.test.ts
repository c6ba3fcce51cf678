import { describe, expect, it } from 'vitest'
import { parseIdconv } from '../../../shared/lookup'
import { field, HAS_ONLINE, onlineFiles, onlineText } from './corpus'

describe.skipIf(!HAS_ONLINE)('PMC ID converter bodies', () => {
  it('finds both recorded bodies', () => expect(onlineFiles('idconv', /\.json$/)).toHaveLength(2))

  it('a DOI converts to its PMID and PMCID, as in the raw body', () => {
    const body = onlineText('idconv/idconv_10.1038_ng.590_json.json')
    const records = field(JSON.parse(body), 'records')
    const raw: unknown = Array.isArray(records) ? records[0] : undefined
    expect(parseIdconv(body)).toEqual({ ok: true, value: [{ pmid: field(raw, 'pmid'), pmcid: field(raw, 'pmcid'), doi: field(raw, 'doi') }] })
    expect(parseIdconv(body)).toEqual({ ok: true, value: [{ pmid: '20495566', pmcid: 'PMC2883744', doi: '10.1038/ng.590' }] })
  })

  it('the converter\'s refusal is a failure with its reason decoded into words', () => {
    expect(parseIdconv(onlineText('idconv/idconv_404_idtype_mismatch.json'))).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: "PMC ID converter refused the request: ID type 'doi' mismatch for '28371833'." },
    })
  })

  it('an id the converter does not know is a record with its error', () => {
    const body = JSON.stringify({ status: 'ok', records: [{ 'requested-id': '10.1/x', status: 'error', errmsg: 'invalid article id' }] })
    expect(parseIdconv(body)).toEqual({ ok: true, value: [{ requested: '10.1/x', error: 'invalid article id' }] })
  })

  it('garbage is a failure in words, never a throw', () => {
    const body = onlineText('idconv/idconv_10.1038_ng.590_json.json')
    for (const garbage of [body.slice(0, 80), '<html/>', '', null, 7, '{"status":"ok"}']) {
      const result = parseIdconv(garbage)
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^PMC ID converter/) } })
    }
  })
})
