import type { CslItem, ItemExtension } from '../domain/csl'

/** The CSL-JSON schemas and types are defined once, in `shared/domain/csl.ts`. */
export {
  cslDateSchema,
  cslItemSchema,
  cslNameSchema,
  itemExtensionSchema,
  meshHeadingSchema,
  type CslDate,
  type CslItem,
  type CslName,
  type ItemExtension,
  type MeshHeading,
} from '../domain/csl'

/** The name fields AxisRef reads and writes, in the order exports list them. */
export const NAME_FIELDS = ['author', 'editor', 'container-author', 'translator'] as const
export type NameField = (typeof NAME_FIELDS)[number]

/** Every format AxisRef reads. BibLaTeX is read by the BibTeX reader. */
export const IMPORT_FORMATS = ['bibtex', 'ris', 'medline', 'pubmed-xml', 'csl-json', 'zotero-json', 'endnote-xml', 'endnote-tagged'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** One record read from a file, with the line its text starts on (1-based). */
export interface ImportedEntry {
  item: CslItem
  extension: ItemExtension
  /** The key the file gave the record (BibTeX key, RIS ID), if it had a usable one. */
  citationKey?: string
  line: number
}

/** A record that was skipped, or a part of the file that could not be read. */
export interface ImportIssue {
  line: number
  message: string
}

export interface ImportResult {
  format: ImportFormat | 'unknown'
  entries: ImportedEntry[]
  errors: ImportIssue[]
}

/** A record ready for export: the item, its final citation key, and its extension. */
export interface ExportRecord {
  item: CslItem
  citationKey: string
  extension?: ItemExtension
  /** Keys this paper was also known by (papers merged into it): written as biblatex `ids`. */
  keyAliases?: readonly string[]
}
