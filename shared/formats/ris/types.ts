/** RIS reference types ↔ CSL types. Several RIS types collapse onto one CSL type. */

const RIS_TO_CSL: Record<string, string> = {
  JOUR: 'article-journal',
  JFULL: 'article-journal',
  EJOUR: 'article-journal',
  ABST: 'article-journal',
  INPR: 'article-journal',
  SER: 'article-journal',
  MGZN: 'article-magazine',
  NEWS: 'article-newspaper',
  BOOK: 'book',
  EBOOK: 'book',
  EDBOOK: 'book',
  CHAP: 'chapter',
  ECHAP: 'chapter',
  CONF: 'paper-conference',
  CPAPER: 'paper-conference',
  THES: 'thesis',
  RPRT: 'report',
  GOVDOC: 'report',
  UNPB: 'manuscript',
  MANSCPT: 'manuscript',
  ELEC: 'webpage',
  WEB: 'webpage',
  BLOG: 'post-weblog',
  PAT: 'patent',
  DATA: 'dataset',
  DBASE: 'dataset',
  AGGR: 'dataset',
  COMP: 'software',
  MAP: 'map',
  VIDEO: 'motion_picture',
  MPCT: 'motion_picture',
  SOUND: 'song',
  MUSIC: 'musical_score',
  CASE: 'legal_case',
  STAT: 'legislation',
  BILL: 'bill',
  HEAR: 'hearing',
  ENCYC: 'entry-encyclopedia',
  DICT: 'entry-dictionary',
  ART: 'graphic',
  FIGURE: 'figure',
  PCOMM: 'personal_communication',
  ICOMM: 'personal_communication',
  PAMP: 'pamphlet',
  STAND: 'standard',
}

const CSL_TO_RIS: Record<string, string> = {
  'article-journal': 'JOUR',
  article: 'JOUR',
  review: 'JOUR',
  'review-book': 'JOUR',
  'article-magazine': 'MGZN',
  'article-newspaper': 'NEWS',
  book: 'BOOK',
  chapter: 'CHAP',
  'paper-conference': 'CPAPER',
  thesis: 'THES',
  report: 'RPRT',
  manuscript: 'UNPB',
  webpage: 'ELEC',
  'post-weblog': 'BLOG',
  post: 'ELEC',
  patent: 'PAT',
  dataset: 'DATA',
  software: 'COMP',
  map: 'MAP',
  motion_picture: 'VIDEO',
  song: 'SOUND',
  musical_score: 'MUSIC',
  legal_case: 'CASE',
  legislation: 'STAT',
  bill: 'BILL',
  hearing: 'HEAR',
  'entry-encyclopedia': 'ENCYC',
  'entry-dictionary': 'DICT',
  graphic: 'ART',
  figure: 'FIGURE',
  personal_communication: 'PCOMM',
  pamphlet: 'PAMP',
  standard: 'STAND',
}

/** CSL type for an RIS TY value; unknown types become `document` rather than failing. */
export function cslTypeFromRis(risType: string): string {
  return RIS_TO_CSL[risType.trim().toUpperCase()] ?? 'document'
}

/** RIS TY value for a CSL type; `GEN` (generic) for anything RIS has no name for. */
export function risTypeFromCsl(cslType: string): string {
  return CSL_TO_RIS[cslType] ?? 'GEN'
}

/** Types whose `SN` holds an ISBN rather than an ISSN. */
export const BOOKISH_TYPES = new Set(['book', 'chapter', 'report', 'thesis', 'entry-encyclopedia', 'entry-dictionary'])
