/**
 * Bibliography import and export: pure TypeScript, usable in the main process, the renderer
 * and workers alike. Import never throws (errors come back with line numbers); export takes
 * CSL-JSON items with their final citation keys (see shared/citekeys).
 */
export { importBibliography } from './import'
export { detectFormat } from './detect'
export { exportBibliography, EXPORT_FORMATS, isExportFormat, type ExportFormat } from './export'
export { formatBibliography, formatCslBibliography, REFERENCE_FORMATS, type BibliographyOptions, type ReferenceFormat } from './bibliography'
export { formatCitation, formatCitations, formatCslCitations, type CitationOptions, type CslInputItem } from './cite'
export { LOCALE_IDS, LOCALES, resolveLocale, type LocaleId } from './locales'
export { BUILTIN_STYLES, isStyleName, resolveStyle, STYLE_NAMES, type StyleChoice, type StyleName } from './styles'
export { validateCslStyle } from './styles/validate'
export { decodeBibliographyBytes } from './text'
export {
  cslItemSchema,
  IMPORT_FORMATS,
  itemExtensionSchema,
  type CslItem,
  type CslName,
  type ExportRecord,
  type ImportedEntry,
  type ImportFormat,
  type ImportIssue,
  type ImportResult,
  type ItemExtension,
  type MeshHeading,
} from './item'
