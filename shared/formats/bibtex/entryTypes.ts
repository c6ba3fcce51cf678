import type { CslItem, ItemExtension } from '../item'

/**
 * CSL → BibTeX / BibLaTeX entry types. CSL has one type for several entry types (`chapter`
 * for @inbook and @incollection, `book` for @book, @mvbook, @collection, @proceedings…), so
 * the entry type an item was read from (`extension.entryType`) is written back while the
 * item's CSL type is still the one that entry type reads as; otherwise the type follows
 * from the CSL type.
 */

export type Dialect = 'bibtex' | 'biblatex'

/** BibTeX's entry types, each with the CSL type it reads as; a thesis's type follows its genre (derivedType). */
const BIBTEX_TYPES: Readonly<Record<string, string>> = {
  article: 'article-journal',
  book: 'book',
  booklet: 'book',
  conference: 'paper-conference',
  inbook: 'chapter',
  incollection: 'chapter',
  inproceedings: 'paper-conference',
  manual: 'report',
  misc: 'document',
  proceedings: 'book',
  techreport: 'report',
  unpublished: 'manuscript',
}

/**
 * biblatex's entry types (its manual, §2.1, with the non-standard types biber's data model
 * knows), each with the CSL type it reads as. BibTeX's names that biblatex treats as
 * aliases (@conference, @phdthesis…) are left out: they are written under biblatex's name.
 */
const BIBLATEX_TYPES: Readonly<Record<string, string>> = {
  article: 'article-journal',
  book: 'book',
  mvbook: 'book',
  inbook: 'chapter',
  bookinbook: 'book',
  booklet: 'book',
  collection: 'book',
  mvcollection: 'book',
  incollection: 'chapter',
  dataset: 'dataset',
  manual: 'report',
  misc: 'document',
  online: 'webpage',
  patent: 'patent',
  periodical: 'periodical',
  proceedings: 'book',
  mvproceedings: 'book',
  inproceedings: 'paper-conference',
  reference: 'book',
  mvreference: 'book',
  inreference: 'entry',
  report: 'report',
  software: 'software',
  thesis: 'thesis',
  unpublished: 'manuscript',
  artwork: 'graphic',
  audio: 'song',
  image: 'figure',
  jurisdiction: 'legal_case',
  legislation: 'legislation',
  legal: 'treaty',
  letter: 'personal_communication',
  movie: 'motion_picture',
  music: 'musical_score',
  performance: 'performance',
  review: 'review',
  standard: 'standard',
  video: 'motion_picture',
}

/** biblatex's type for CSL types no rule in `derivedType` covers (as citation-js writes them). */
const BIBLATEX_BY_CSL: Readonly<Record<string, string>> = {
  bill: 'legislation',
  broadcast: 'audio',
  entry: 'inreference',
  figure: 'artwork',
  graphic: 'artwork',
  hearing: 'legal',
  interview: 'audio',
  legal_case: 'jurisdiction',
  legislation: 'legislation',
  motion_picture: 'movie',
  musical_score: 'music',
  performance: 'performance',
  personal_communication: 'letter',
  regulation: 'legal',
  song: 'music',
  speech: 'audio',
  standard: 'standard',
  treaty: 'legal',
  dataset: 'dataset',
  software: 'software',
  patent: 'patent',
  periodical: 'periodical',
  webpage: 'online',
  post: 'online',
  'post-weblog': 'online',
}

const ARTICLE_TYPES = new Set(['article-journal', 'article', 'article-magazine', 'article-newspaper', 'review', 'review-book'])
// CSL's plain `article` is a preprint or working paper: without a journal it is a @misc.
const JOURNAL_ARTICLE_TYPES = new Set(['article-journal', 'article-magazine', 'article-newspaper', 'review', 'review-book'])

export function isMasters(item: CslItem): boolean {
  return /master|m\.?\s?sc|m\.?a\.?\b|diplom/i.test(item.genre ?? '')
}

/** The entry type for an item in either dialect: the one it was read from where that still fits. */
export function entryType(item: CslItem, dialect: Dialect, extension?: Pick<ItemExtension, 'entryType'>): string {
  const remembered = extension?.entryType
  const known = dialect === 'biblatex' ? BIBLATEX_TYPES : BIBTEX_TYPES
  if (remembered && Object.hasOwn(known, remembered) && known[remembered] === item.type) return remembered
  return derivedType(item, dialect)
}

function derivedType(item: CslItem, dialect: Dialect): string {
  const { type } = item
  // A journal article stays an @article without its journal (the user's type; exportWarnings
  // says what is missing); a preprint without one is a @misc.
  if (ARTICLE_TYPES.has(type)) return item['container-title'] || JOURNAL_ARTICLE_TYPES.has(type) ? 'article' : 'misc'
  // An edited volume is a @collection to BibLaTeX, whose @book requires an author.
  if (type === 'book') return dialect === 'biblatex' && !item.author?.length && item.editor?.length ? 'collection' : 'book'
  if (type === 'chapter') return item['container-title'] ? 'incollection' : 'inbook'
  if (type === 'paper-conference') return 'inproceedings'
  if (type === 'entry-encyclopedia' || type === 'entry-dictionary') return dialect === 'biblatex' ? 'inreference' : 'incollection'
  if (type === 'thesis') return dialect === 'biblatex' ? 'thesis' : isMasters(item) ? 'mastersthesis' : 'phdthesis'
  if (type === 'report') return dialect === 'biblatex' ? 'report' : 'techreport'
  if (type === 'manuscript') return 'unpublished'
  if (dialect === 'biblatex') return BIBLATEX_BY_CSL[type] ?? 'misc'
  return 'misc'
}
