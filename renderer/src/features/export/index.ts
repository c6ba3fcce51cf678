export { ExportDialog } from './ExportDialog'
export { DEFAULT_COPY_STYLE, useCopyCitation } from './useCopyCitation'
export { useAutoExport } from './useAutoExport'
export { bindingProblem, fileNameOf, useAutoExportState, type AutoExportState } from './autoExportStore'
