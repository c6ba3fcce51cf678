export { ExportDialog } from './ExportDialog'
export { DEFAULT_COPY_STYLE, useCopyCitation } from './useCopyCitation'
export { AUTO_EXPORT_CHANGED, useAutoExport } from './useAutoExport'
