export { ExportDialog } from './ExportDialog'
export { DEFAULT_COPY_STYLE, useCopyCitation } from './useCopyCitation'
