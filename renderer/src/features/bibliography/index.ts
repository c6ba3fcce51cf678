export { BibliographyImportDialog } from './BibliographyImportDialog'
export { useBibliographyImport, type BibliographySource } from './useBibliographyImport'
export { commitBibliographyImport, planBibliographyImport, type ImportPlan } from './planImport'
