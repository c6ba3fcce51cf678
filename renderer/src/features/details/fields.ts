import { issuedYear, type CslItem } from '../../../../shared/domain/csl'
import { validateDoi, validateIssn, validatePmcid, validatePmid, validateText, validateUrl, validateYear, type Validation } from '../../../../shared/domain/validate'
import { sameValue, type EditPatch } from '../../db'

/** One editable line of the record: how it reads from CSL, what it accepts, what it writes. */
export interface FieldSpec {
  key: string
  label: string
  /** The words the undo notice uses ("Edited journal"). */
  noun: string
  multiline?: 'wrap' | 'paragraphs'
  read(item: CslItem): string
  validate(text: string): Validation<string | number>
  write(value: string | number | undefined, item: CslItem): Partial<CslItem>
}

function textField(key: keyof CslItem & string, label: string, options: Partial<FieldSpec> = {}): FieldSpec {
  return {
    key,
    label,
    noun: label.toLowerCase(),
    read: (item) => (item[key] === undefined ? '' : String(item[key])),
    validate: validateText,
    write: (value) => ({ [key]: value === undefined ? undefined : String(value) }),
    ...options,
  }
}

const yearField: FieldSpec = {
  key: 'issued',
  label: 'Year',
  noun: 'year',
  read: (item) => String(issuedYear(item) ?? ''),
  validate: (text) => validateYear(text),
  // month and day stay as they were; only the year part changes
  write: (value, item) => {
    if (value === undefined) return { issued: undefined }
    const rest = item.issued?.['date-parts']?.[0]?.slice(1) ?? []
    return { issued: { 'date-parts': [[Number(value), ...rest]] } }
  },
}

/** The record's fields in the order the pane shows them. */
export const FIELDS: readonly FieldSpec[] = [
  textField('title', 'Title', { multiline: 'wrap' }),
  textField('container-title', 'Journal'),
  yearField,
  textField('volume', 'Volume'),
  textField('issue', 'Issue'),
  textField('page', 'Pages'),
  textField('DOI', 'DOI', { validate: validateDoi }),
  textField('PMID', 'PMID', { validate: validatePmid }),
  textField('PMCID', 'PMCID', { validate: validatePmcid }),
  textField('ISSN', 'ISSN', { validate: validateIssn }),
  textField('URL', 'URL', { noun: 'URL', validate: validateUrl }),
  textField('abstract', 'Abstract', { multiline: 'paragraphs' }),
]

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

/**
 * The edit that sets the paper's CSL fields to `changes`, or undefined when they already
 * hold those values (saving an unchanged field must not fill the undo history).
 */
export function cslEdit(paperId: string, item: CslItem, changes: Partial<CslItem>): EditPatch | undefined {
  const before: Partial<CslItem> = {}
  for (const key of Object.keys(changes)) before[key] = item[key]
  if (Object.keys(changes).every((key) => sameValue(item[key], changes[key]))) return undefined
  return { kind: 'paper', paperId, before: { csl: before }, after: { csl: changes } }
}
