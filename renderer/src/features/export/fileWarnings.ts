import type { ExportFormat, ExportRecord } from '../../../../shared/formats'
import { exportWarnings } from '../../../../shared/formats/bibtex/fields'

const TITLE_LENGTH = 80

/**
 * What a reader of the exported file will miss or be warned about (an article without a
 * journal stays an @article, and BibTeX and biber warn), one sentence per problem, naming
 * the paper by its title and key: the same warnings `axisref convert` prints, for the
 * dialog to show beside a file it has written.
 */
export function fileExportWarnings(records: readonly ExportRecord[], format: ExportFormat): string[] {
  if (format !== 'bibtex' && format !== 'biblatex') return []
  return records.flatMap((record) => exportWarnings(record.item, record.citationKey, format).map((warning) => `${paperName(record)}: ${warning}`))
}

function paperName({ item }: ExportRecord): string {
  const title = item.title?.trim()
  if (!title) return 'A paper without a title'
  return `“${title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1)}…` : title}”`
}
