/**
 * Identifier patterns. Finding a string that looks like a DOI is easy; deciding that it is
 * this paper's DOI is doiSelection.ts's job.
 */

/** A DOI as printed: prefix 10.NNNN, a slash, then anything up to white space or a closing mark. */
const DOI_PATTERN = /\b(10\.\d{4,9}\/[^\s"'<>{}[\]]+)/gi

/** Trailing characters that belong to the sentence, not the DOI. */
const TRAILING_PUNCTUATION = /[.,;:)\]}>»”’]+$/

/** Every DOI in the text, cleaned, in order of appearance (duplicates kept). */
export function findDois(text: string): string[] {
  const joined = text.replace(/(10\.\d{4,9})\s*\/\s*/g, '$1/')
  const found: string[] = []
  for (const match of joined.matchAll(DOI_PATTERN)) {
    const doi = cleanDoi(match[1] ?? '')
    if (doi) found.push(doi)
  }
  return found
}

/** Strips URL and label prefixes and sentence punctuation; undefined when nothing DOI-like remains. */
export function cleanDoi(raw: string): string | undefined {
  let doi = raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    // Typesetters print hyphens as U+2010 and break long DOIs with soft hyphens or zero-width spaces.
    .replace(/[\u2010-\u2013\u2212]/g, '-')
    .replace(/[\u00ad\u200b]/g, '')
  doi = doi.replace(TRAILING_PUNCTUATION, '').replace(/(\/(full|abstract|pdf|epdf|html))+$|\.pdf$/i, '')
  // A closing parenthesis is kept only when the DOI itself opened one (10.1016/0006-8993(91)90011-8).
  while (doi.endsWith(')') && count(doi, '(') < count(doi, ')')) doi = doi.slice(0, -1)
  if (!/^10\.\d{4,9}\/\S+$/.test(doi)) return undefined
  return doi
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

/**
 * Placeholders from templates and provisional PDFs ("10.1186/1471-XXXX-X-X", "10.1145/nnnnnnn",
 * ACM's sample DOI, the DOI Handbook's and Crossref's example prefixes): accepting one would be
 * a wrong DOI.
 */
export function isPlaceholderDoi(doi: string): boolean {
  const [prefix = '', suffix = ''] = doi.split(/\/(.*)/s)
  if (/^10\.(1000|5555|0000|1234|12345|xxxx)$/i.test(prefix)) return true
  // ACM's template DOIs, printed in many preprints made with its LaTeX class.
  if (/^10\.(1145\/1122445\.1122456|475\/123_4)$/i.test(doi)) return true
  if (/n{4,}/i.test(suffix)) return true
  if (/x{3,}/i.test(suffix) || /(^|[^a-z])XX/.test(suffix)) return true
  if (/[…]|\.{3}|[<>]/.test(suffix)) return true
  if (/^[0.\-/]+$/.test(suffix)) return true
  return suffix.length < 2
}

/** Lower-cased for comparison: DOIs are case-insensitive. */
export function doiKey(doi: string): string {
  return doi.toLowerCase()
}

/** PMID as labelled on the page or in metadata ("PMID: 12345678"). */
export function findPmids(text: string): string[] {
  return [...text.matchAll(/\bPMID\s*:?\s*(\d{5,9})\b/g)].map((match) => match[1] ?? '')
}

/** PMCID as printed ("PMC4745305"), normalised to upper case. */
export function findPmcids(text: string): string[] {
  return [...text.matchAll(/\bPMC\s?(\d{6,9})\b/gi)].map((match) => `PMC${match[1] ?? ''}`)
}

/** arXiv identifiers, new style (1412.6206v1) and old style (hep-th/9901001), after an "arXiv:" label. */
export function findArxivIds(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/\barXiv\s*:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)/gi)) {
    found.push(match[1] ?? '')
  }
  return found
}

/** The year a new-style arXiv identifier was submitted: 1412.6206 → 2014. */
export function arxivYear(id: string): number | undefined {
  const match = /^(\d{2})(\d{2})\.\d{4,5}/.exec(id)
  if (!match) return undefined
  const month = Number(match[2])
  return month >= 1 && month <= 12 ? 2000 + Number(match[1]) : undefined
}
