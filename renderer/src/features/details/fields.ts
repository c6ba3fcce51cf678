import type { CslItem } from '../../../../shared/domain/csl'
import { validateDoi, validateIsbn, validateIssn, validatePmcid, validatePmid, validateText, validateUrl, validateYearSpan, type Validation, type YearSpan } from '../../../../shared/domain/validate'
import { sameValue, type EditPatch, type FieldSources, type PaperRecord } from '../../db'
import { issuedWithYears, yearSpanText } from './yearSpan'

/** What a field's check gives to store: text, a number, or the year field's span of years. */
export type FieldValue = string | number | YearSpan

/** One editable line of the record: how it reads from CSL, what it accepts, what it writes. */
export interface FieldSpec {
  key: string
  label: string
  /** The words the undo notice uses ("Edited journal"). */
  noun: string
  multiline?: 'wrap' | 'paragraphs'
  read(item: CslItem): string
  validate(text: string): Validation<FieldValue>
  write(value: FieldValue | undefined, item: CslItem): Partial<CslItem>
}

// Only the year field's check gives a span; one reaching a text field is a wiring mistake to surface.
function textOf(value: FieldValue, label: string): string {
  if (typeof value === 'object') throw new TypeError(`The ${label} field was given a span of years; it stores text.`)
  return String(value)
}

function textField(key: keyof CslItem & string, label: string, options: Partial<FieldSpec> = {}): FieldSpec {
  return {
    key,
    label,
    noun: label.toLowerCase(),
    read: (item) => (item[key] === undefined ? '' : String(item[key])),
    validate: validateText,
    write: (value) => ({ [key]: value === undefined ? undefined : textOf(value, label) }),
    ...options,
  }
}

const yearField: FieldSpec = {
  key: 'issued',
  label: 'Year',
  noun: 'year',
  read: yearSpanText,
  validate: (text) => validateYearSpan(text),
  // month and day stay as they were; only the years typed change, and a range stays a range
  write: (value, item) => {
    if (value === undefined) return { issued: undefined }
    return { issued: issuedWithYears(typeof value === 'object' ? value : { start: Number(value) }, item.issued) }
  },
}

const field = {
  title: textField('title', 'Title', { multiline: 'wrap' }),
  journal: textField('container-title', 'Journal'),
  year: yearField,
  volume: textField('volume', 'Volume'),
  issue: textField('issue', 'Issue'),
  pages: textField('page', 'Pages'),
  doi: textField('DOI', 'DOI', { validate: validateDoi }),
  pmid: textField('PMID', 'PMID', { validate: validatePmid }),
  pmcid: textField('PMCID', 'PMCID', { validate: validatePmcid }),
  issn: textField('ISSN', 'ISSN', { validate: validateIssn }),
  isbn: textField('ISBN', 'ISBN', { validate: validateIsbn }),
  url: textField('URL', 'URL', { noun: 'URL', validate: validateUrl }),
  abstract: textField('abstract', 'Abstract', { multiline: 'paragraphs' }),
  publisher: textField('publisher', 'Publisher'),
  place: textField('publisher-place', 'Place', { noun: 'place of publication' }),
  edition: textField('edition', 'Edition'),
  number: textField('number', 'Number'),
  version: textField('version', 'Version'),
  genre: textField('genre', 'Genre'),
  collection: textField('collection-title', 'Series'),
} satisfies Record<string, FieldSpec>

/** The same field under the name a type gives it ("University" for a thesis's publisher). */
function named(spec: FieldSpec, label: string, noun = label.toLowerCase()): FieldSpec {
  return { ...spec, label, noun }
}

const IDENTIFIERS = [field.doi, field.pmid, field.pmcid, field.url]
const JOURNAL_ARTICLE = [field.title, field.journal, field.year, field.volume, field.issue, field.pages, field.doi, field.pmid, field.pmcid, field.issn, field.url, field.abstract]

/**
 * The fields each type needs, in the order the pane shows them; a type not listed is edited
 * as a journal article. Names are the ones a reader of that type knows: a thesis's
 * `publisher` is its university, a report's `number` its report number.
 */
const TYPE_FIELDS: Readonly<Record<string, readonly FieldSpec[]>> = {
  book: [field.title, field.publisher, field.place, field.year, field.edition, field.isbn, field.collection, field.volume, ...IDENTIFIERS, field.abstract],
  chapter: [field.title, named(field.journal, 'Book title'), field.pages, field.publisher, field.place, field.year, field.edition, field.isbn, field.collection, ...IDENTIFIERS, field.abstract],
  'paper-conference': [field.title, named(field.journal, 'Proceedings'), field.year, field.pages, field.publisher, field.place, field.isbn, ...IDENTIFIERS, field.abstract],
  thesis: [field.title, named(field.publisher, 'University'), named(field.genre, 'Thesis type'), field.place, field.year, ...IDENTIFIERS, field.abstract],
  report: [field.title, named(field.publisher, 'Institution'), named(field.number, 'Report number'), field.place, field.year, named(field.collection, 'Series'), ...IDENTIFIERS, field.abstract],
  article: [field.title, named(field.publisher, 'Repository'), field.version, field.year, ...IDENTIFIERS, field.abstract],
  dataset: [field.title, field.publisher, named(field.number, 'Trial registration / accession', 'registration or accession number'), field.version, named(field.journal, 'Registry or archive'), field.year, ...IDENTIFIERS, field.abstract],
  webpage: [field.title, named(field.journal, 'Website'), field.year, field.url, field.doi, field.abstract],
}

/**
 * The fields the pane shows for an item: those of its type, then any other field that holds
 * a value (a record changed to another type, or a lookup that brought more), so no stored
 * value is ever hidden from the editor.
 */
export function fieldsFor(item: CslItem): readonly FieldSpec[] {
  const own = TYPE_FIELDS[item.type] ?? JOURNAL_ARTICLE
  const keys = new Set(own.map((spec) => spec.key))
  const extra = Object.values(field).filter((spec) => !keys.has(spec.key) && spec.read(item) !== '')
  return [...own, ...extra]
}

/** A journal article's fields, in the order the pane shows them. */
export const FIELDS: readonly FieldSpec[] = JOURNAL_ARTICLE

/** The name lists a type is cited with besides its authors: a book's or chapter's editors. */
export function hasEditors(item: CslItem): boolean {
  return ['book', 'chapter', 'paper-conference', 'report'].includes(item.type) || (item.editor?.length ?? 0) > 0
}

/** Common CSL types, with the names people know them by. */
export const CSL_TYPES: readonly [string, string][] = [
  ['article-journal', 'Journal article'],
  ['review', 'Review'],
  ['book', 'Book'],
  ['chapter', 'Book chapter'],
  ['paper-conference', 'Conference paper'],
  ['thesis', 'Thesis'],
  ['report', 'Report'],
  ['article', 'Preprint'],
  ['dataset', 'Dataset'],
  ['webpage', 'Web page'],
  ['manuscript', 'Manuscript'],
  ['patent', 'Patent'],
]

/** Who made an edit and when: the provenance the edited fields get (`user`, fully sure). */
export interface EditProvenance {
  /** The paper's provenance before the edit, so undo puts it back. */
  sources: PaperRecord['fieldSources']
  at: number
}

/**
 * The edit that sets the paper's CSL fields to `changes`, or undefined when they already
 * hold those values (saving an unchanged field must not fill the undo history). With
 * `provenance`, each changed field is marked as the user's (a removed one loses its mark), so
 * a later lookup never overwrites it.
 */
export function cslEdit(paperId: string, item: CslItem, changes: Partial<CslItem>, provenance?: EditProvenance): EditPatch | undefined {
  const before: Partial<CslItem> = {}
  for (const key of Object.keys(changes)) before[key] = item[key]
  if (Object.keys(changes).every((key) => sameValue(item[key], changes[key]))) return undefined
  if (!provenance) return { kind: 'paper', paperId, before: { csl: before }, after: { csl: changes } }
  const sourcesBefore: FieldSources = {}
  const sourcesAfter: FieldSources = {}
  for (const [key, value] of Object.entries(changes)) {
    if (sameValue(item[key], value)) continue
    sourcesBefore[key] = provenance.sources?.[key]
    sourcesAfter[key] = value === undefined ? undefined : { source: 'user', confidence: 1, at: provenance.at, by: 'user' }
  }
  return { kind: 'paper', paperId, before: { csl: before, fieldSources: sourcesBefore }, after: { csl: changes, fieldSources: sourcesAfter } }
}
