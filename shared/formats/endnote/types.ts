/** EndNote reference types ↔ CSL types, by EndNote's type name (numbers vary by version). */

const ENDNOTE_TO_CSL: Record<string, string> = {
  'journal article': 'article-journal',
  'electronic article': 'article-journal',
  serial: 'article-journal',
  'magazine article': 'article-magazine',
  'newspaper article': 'article-newspaper',
  book: 'book',
  'edited book': 'book',
  'electronic book': 'book',
  'book section': 'chapter',
  'electronic book section': 'chapter',
  'conference paper': 'paper-conference',
  'conference proceedings': 'paper-conference',
  thesis: 'thesis',
  report: 'report',
  'government document': 'report',
  manuscript: 'manuscript',
  'unpublished work': 'manuscript',
  'web page': 'webpage',
  blog: 'post-weblog',
  patent: 'patent',
  dataset: 'dataset',
  'online database': 'dataset',
  'computer program': 'software',
  'personal communication': 'personal_communication',
  encyclopedia: 'entry-encyclopedia',
  dictionary: 'entry-dictionary',
  'film or broadcast': 'motion_picture',
  'audiovisual material': 'motion_picture',
  map: 'map',
  case: 'legal_case',
  statute: 'legislation',
  bill: 'bill',
  hearing: 'hearing',
  figure: 'figure',
  artwork: 'graphic',
  standard: 'standard',
  interview: 'interview',
}

// EndNote X's own numbering, used only when a file gives a number without a name.
const ENDNOTE_NUMBERS: Record<string, string> = {
  '17': 'journal article',
  '6': 'book',
  '28': 'edited book',
  '5': 'book section',
  '47': 'conference paper',
  '10': 'conference proceedings',
  '32': 'thesis',
  '27': 'report',
  '12': 'web page',
  '25': 'patent',
  '9': 'computer program',
}

const CSL_TO_ENDNOTE: Record<string, [string, number]> = {
  'article-journal': ['Journal Article', 17],
  article: ['Journal Article', 17],
  review: ['Journal Article', 17],
  'article-magazine': ['Magazine Article', 19],
  'article-newspaper': ['Newspaper Article', 23],
  book: ['Book', 6],
  chapter: ['Book Section', 5],
  'paper-conference': ['Conference Paper', 47],
  thesis: ['Thesis', 32],
  report: ['Report', 27],
  manuscript: ['Manuscript', 36],
  webpage: ['Web Page', 12],
  patent: ['Patent', 25],
  dataset: ['Dataset', 59],
  software: ['Computer Program', 9],
  personal_communication: ['Personal Communication', 26],
  'entry-encyclopedia': ['Encyclopedia', 53],
  'entry-dictionary': ['Dictionary', 52],
  motion_picture: ['Film or Broadcast', 21],
  legal_case: ['Case', 7],
  legislation: ['Statute', 31],
}

/** CSL type for an EndNote `<ref-type name="…">N</ref-type>`. */
export function cslTypeFromEndnote(name: string | undefined, number: string): string {
  const key = name?.trim().toLowerCase() || ENDNOTE_NUMBERS[number.trim()] || ''
  return ENDNOTE_TO_CSL[key] ?? 'document'
}

/** EndNote type name and number for a CSL type; Generic (13) when EndNote has no match. */
export function endnoteTypeFromCsl(type: string): [string, number] {
  return CSL_TO_ENDNOTE[type] ?? ['Generic', 13]
}
