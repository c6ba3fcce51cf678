import { describe, expect, it } from 'vitest'
import { validateDoi, validateIsbn, validateIssn, validatePmcid, validatePmid, validateUrl, validateYear, validateYearSpan } from '../../../shared/domain/validate'

describe('DOI', () => {
  it('keeps a bare DOI and strips the link and doi: prefixes people paste', () => {
    expect(validateDoi('10.1016/j.bbi.2019.01.001')).toEqual({ ok: true, value: '10.1016/j.bbi.2019.01.001' })
    expect(validateDoi(' https://doi.org/10.1038/s41380-018-0123-4 ')).toEqual({ ok: true, value: '10.1038/s41380-018-0123-4' })
    expect(validateDoi('http://dx.doi.org/10.1002/(SICI)1097-4679')).toEqual({ ok: true, value: '10.1002/(SICI)1097-4679' })
    expect(validateDoi('https://doi.org/10.1002/%28SICI%291097')).toEqual({ ok: true, value: '10.1002/(SICI)1097' })
    expect(validateDoi('doi: 10.1176/appi.ajp.2016.1')).toEqual({ ok: true, value: '10.1176/appi.ajp.2016.1' })
  })

  it('treats an empty field as no DOI', () => {
    expect(validateDoi('   ')).toEqual({ ok: true, value: undefined })
  })

  it('refuses spaces, a missing prefix and a missing suffix with a message', () => {
    for (const bad of ['10.1016/j.bbi 2019', 'j.bbi.2019.01.001', '10.10/x', '10.1016/', '11.1016/abc']) {
      const result = validateDoi(bad)
      expect(result.ok, bad).toBe(false)
      if (!result.ok) expect(result.message).toMatch(/DOI/)
    }
    expect(validateDoi('10.1016/j.bbi 2019')).toMatchObject({ message: expect.stringContaining('no spaces') })
  })
})

describe('year', () => {
  it('accepts four digits from 1500 to next year', () => {
    expect(validateYear('2019', 2026)).toEqual({ ok: true, value: 2019 })
    expect(validateYear('1500', 2026)).toEqual({ ok: true, value: 1500 })
    expect(validateYear('2027', 2026)).toEqual({ ok: true, value: 2027 })
    expect(validateYear('', 2026)).toEqual({ ok: true, value: undefined })
  })

  it('refuses other years and says which range is allowed', () => {
    expect(validateYear('2028', 2026)).toEqual({ ok: false, message: 'The year must be between 1500 and 2027.' })
    expect(validateYear('1499', 2026)).toMatchObject({ ok: false })
    expect(validateYear('19', 2026)).toEqual({ ok: false, message: 'Type the year as four digits, e.g. 2019.' })
    expect(validateYear('2019a', 2026)).toMatchObject({ ok: false })
    expect(validateYear('in press', 2026)).toMatchObject({ ok: false, message: expect.stringContaining('in press') })
  })
})

describe('year or span of years', () => {
  it('a single year gives a single date; a dash, a slash or "to" between two years gives a span', () => {
    expect(validateYearSpan('2019', 2026)).toEqual({ ok: true, value: { start: 2019 } })
    expect(validateYearSpan('', 2026)).toEqual({ ok: true, value: undefined })
    for (const text of ['2001–2003', '2001-2003', '2001 — 2003', '2001/2003', '2001 to 2003']) expect(validateYearSpan(text, 2026), text).toEqual({ ok: true, value: { start: 2001, end: 2003 } })
    expect(validateYearSpan('1996–1996', 2026)).toEqual({ ok: true, value: { start: 1996, end: 1996 } })
  })

  it('a span with no end ("2006-", "2006–", "2006/", "2006/..") is open', () => {
    for (const text of ['2006-', '2006–', '2006 –', '2006/', '2006/..']) expect(validateYearSpan(text, 2026), text).toEqual({ ok: true, value: { start: 2006, end: 'open' } })
  })

  it('says in words which end is wrong and how to write a span', () => {
    expect(validateYearSpan('2003–2001', 2026)).toEqual({ ok: false, message: 'The span ends (2001) before it starts (2003): type the earlier year first, e.g. 2001–2003.' })
    expect(validateYearSpan('2001–03', 2026)).toEqual({ ok: false, message: 'The span ends with "03": type the year as four digits, e.g. 2019. Write a span as 2001–2003, or 2006– when it has not ended.' })
    expect(validateYearSpan('1400–2001', 2026)).toEqual({ ok: false, message: 'The span starts with "1400": the year must be between 1500 and 2027. Write a span as 2001–2003, or 2006– when it has not ended.' })
    expect(validateYearSpan('19', 2026)).toEqual({ ok: false, message: 'Type the year as four digits, e.g. 2019.' })
    expect(validateYearSpan('in press', 2026)).toMatchObject({ ok: false, message: expect.stringContaining('in press') })
  })
})

describe('PMID and PMCID', () => {
  it('keeps the digits of a PMID', () => {
    expect(validatePmid('30352285')).toEqual({ ok: true, value: '30352285' })
    expect(validatePmid('PMID: 0012345')).toEqual({ ok: true, value: '12345' })
    expect(validatePmid('')).toEqual({ ok: true, value: undefined })
  })

  it('refuses letters, zero and over-long ids', () => {
    expect(validatePmid('3035228x')).toEqual({ ok: false, message: 'A PMID is digits only, e.g. 30352285.' })
    expect(validatePmid('0')).toMatchObject({ ok: false })
    expect(validatePmid('1234567890')).toMatchObject({ ok: false })
  })

  it('writes a PMCID with its PMC prefix', () => {
    expect(validatePmcid('pmc6123456')).toEqual({ ok: true, value: 'PMC6123456' })
    expect(validatePmcid('6123456')).toEqual({ ok: true, value: 'PMC6123456' })
    expect(validatePmcid('PMC')).toMatchObject({ ok: false })
    expect(validatePmcid('PMC12ab')).toMatchObject({ ok: false })
  })
})

describe('ISSN and URL', () => {
  it('checks the ISSN check digit', () => {
    expect(validateIssn('0889-1591')).toEqual({ ok: true, value: '0889-1591' })
    expect(validateIssn('1476-5578')).toEqual({ ok: true, value: '1476-5578' })
    expect(validateIssn('0889-1592')).toMatchObject({ ok: false, message: expect.stringContaining('check digit') })
    expect(validateIssn('0889')).toMatchObject({ ok: false })
  })

  it('keeps http(s) addresses only', () => {
    expect(validateUrl('https://pubmed.ncbi.nlm.nih.gov/30352285/')).toMatchObject({ ok: true })
    expect(validateUrl('javascript:alert(1)')).toMatchObject({ ok: false })
    expect(validateUrl('pubmed')).toMatchObject({ ok: false })
  })
})

describe('ISBN', () => {
  it('keeps the digits of an ISBN-13 or ISBN-10 with a good check digit, hyphens and prefix dropped', () => {
    expect(validateIsbn('978-1-108-34884-3')).toEqual({ ok: true, value: '9781108348843' })
    expect(validateIsbn('ISBN 978 3 319 75888 6')).toEqual({ ok: true, value: '9783319758886' })
    expect(validateIsbn('0-306-40615-2')).toEqual({ ok: true, value: '0306406152' })
    expect(validateIsbn('ISBN-10: 080442957x')).toEqual({ ok: true, value: '080442957X' })
    expect(validateIsbn('9781108348843; 978-3-319-75888-6')).toEqual({ ok: true, value: '9781108348843, 9783319758886' })
    expect(validateIsbn('  ')).toEqual({ ok: true, value: undefined })
  })

  it('refuses a mistyped check digit and what is not an ISBN, naming it', () => {
    expect(validateIsbn('978-1-108-34884-4')).toEqual({ ok: false, message: 'The check digit of ISBN 978-1-108-34884-4 does not match; a digit is probably mistyped.' })
    expect(validateIsbn('0-306-40615-3')).toMatchObject({ ok: false, message: expect.stringContaining('check digit') })
    expect(validateIsbn('9781108348843, 12345')).toEqual({ ok: false, message: '12345 is not an ISBN: type its 13 digits (978…) or 10 characters, e.g. 978-1-108-34884-3.' })
    expect(validateIsbn('1234567890123')).toMatchObject({ ok: false, message: expect.stringContaining('is not an ISBN') })
  })
})
