import { describe, expect, it } from 'vitest'
import { parseCrossrefWork, parseCrossrefWorkList, parseDoiCslJson, parseIdconv, parsePubmedEfetch } from '../../../shared/lookup'
import { HAS_ONLINE, onlineFiles, onlineText } from './corpus'

const PARSERS = [
  ['crossref', /\.json$/, parseCrossrefWork],
  ['crossref', /^search_.*\.json$/, parseCrossrefWorkList],
  ['doi', /_csl\.json$/, parseDoiCslJson],
  ['idconv', /\.json$/, parseIdconv],
  ['eutils', /^efetch_pubmed_.*\.xml$/, parsePubmedEfetch],
] as const

describe.skipIf(!HAS_ONLINE)('every recorded body cut short', () => {
  for (const [folder, pattern, parse] of PARSERS) {
    it(`${folder} ${parse.name}: a failure in words at every cut, never a throw`, () => {
      const files = onlineFiles(folder, pattern)
      expect(files.length).toBeGreaterThan(0)
      for (const file of files) {
        const body = onlineText(file).trimEnd()
        for (const fraction of [0.05, 0.3, 0.5, 0.9, 0.99]) {
          const result = parse(body.slice(0, Math.floor(body.length * fraction)))
          expect(result.ok, `${file} cut at ${fraction}`).toBe(false)
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(20)
        }
      }
    })
  }

  it('a body of the wrong service is a failure, not a wrong record', () => {
    expect(parseCrossrefWork(onlineText('idconv/idconv_10.1038_ng.590_json.json')).ok).toBe(false)
    expect(parseDoiCslJson(onlineText('idconv/idconv_10.1038_ng.590_json.json')).ok).toBe(false)
    expect(parseIdconv(onlineText('crossref/works_10.1038_ng.3834.json')).ok).toBe(false)
    expect(parsePubmedEfetch(onlineText('eutils/efetch_pmc_2682512_3468381.xml')).ok).toBe(false)
    expect(parsePubmedEfetch(onlineText('crossref/works_10.1038_ng.3834.json')).ok).toBe(false)
  })
})
