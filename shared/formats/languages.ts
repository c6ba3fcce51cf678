/**
 * Language codes. CSL wants BCP 47 (`en`, `de`); BibLaTeX's `langid` wants babel names
 * (`english`, `ngerman`); MEDLINE writes ISO 639-2 (`eng`, `ger`). One table keeps the three
 * in step for the languages a PNI library actually holds.
 */
const LANGUAGES: ReadonlyArray<{ code: string; babel: string; iso639_2: readonly string[]; aliases?: readonly string[] }> = [
  { code: 'en', babel: 'english', iso639_2: ['eng'], aliases: ['american', 'british', 'usenglish', 'ukenglish', 'australian', 'canadian', 'newzealand'] },
  { code: 'de', babel: 'ngerman', iso639_2: ['ger', 'deu'], aliases: ['german', 'austrian', 'naustrian', 'swissgerman', 'nswissgerman'] },
  { code: 'fr', babel: 'french', iso639_2: ['fre', 'fra'], aliases: ['francais', 'canadien', 'acadian'] },
  { code: 'es', babel: 'spanish', iso639_2: ['spa'] },
  { code: 'it', babel: 'italian', iso639_2: ['ita'] },
  { code: 'nl', babel: 'dutch', iso639_2: ['dut', 'nld'] },
  { code: 'pt', babel: 'portuguese', iso639_2: ['por'], aliases: ['brazilian', 'portuges', 'brazil'] },
  { code: 'sv', babel: 'swedish', iso639_2: ['swe'] },
  { code: 'da', babel: 'danish', iso639_2: ['dan'] },
  { code: 'nb', babel: 'norsk', iso639_2: ['nor', 'nob'], aliases: ['norwegian'] },
  { code: 'fi', babel: 'finnish', iso639_2: ['fin'] },
  { code: 'pl', babel: 'polish', iso639_2: ['pol'] },
  { code: 'cs', babel: 'czech', iso639_2: ['cze', 'ces'] },
  { code: 'hu', babel: 'magyar', iso639_2: ['hun'], aliases: ['hungarian'] },
  { code: 'ru', babel: 'russian', iso639_2: ['rus'] },
  { code: 'el', babel: 'greek', iso639_2: ['gre', 'ell'] },
  { code: 'tr', babel: 'turkish', iso639_2: ['tur'] },
  { code: 'ja', babel: 'japanese', iso639_2: ['jpn'] },
  { code: 'zh', babel: 'chinese', iso639_2: ['chi', 'zho'] },
  { code: 'ko', babel: 'korean', iso639_2: ['kor'] },
  { code: 'he', babel: 'hebrew', iso639_2: ['heb'] },
  { code: 'ar', babel: 'arabic', iso639_2: ['ara'] },
]

const BY_NAME = new Map<string, string>()
for (const language of LANGUAGES) {
  for (const name of [language.code, language.babel, ...language.iso639_2, ...(language.aliases ?? [])]) {
    BY_NAME.set(name, language.code)
  }
}

/**
 * A BCP 47 code for whatever a file wrote (`English`, `eng`, `en-GB`, `ngerman`); a value it
 * does not know is returned trimmed, so nothing is lost.
 */
export function toLanguageCode(value: string): string {
  const clean = value.trim()
  const lower = clean.toLowerCase()
  if (/^[a-z]{2}(-[a-z0-9]{2,8})*$/i.test(clean) && lower.length > 3) return clean
  return BY_NAME.get(lower) ?? clean
}

/** The babel/polyglossia name BibLaTeX's `langid` expects, or undefined if unknown. */
export function toBabelName(code: string): string | undefined {
  const primary = code.toLowerCase().split('-')[0] ?? ''
  if (code.toLowerCase() === 'en-gb') return 'british'
  if (code.toLowerCase() === 'en-us') return 'american'
  return LANGUAGES.find((language) => language.code === primary)?.babel
}

/** The ISO 639-2 code MEDLINE writes (`eng`), or undefined if unknown. */
export function toIso639_2(code: string): string | undefined {
  const primary = code.toLowerCase().split('-')[0] ?? ''
  return LANGUAGES.find((language) => language.code === primary)?.iso639_2[0]
}
