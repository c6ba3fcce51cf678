import type { ExportRecord } from '../item'

/**
 * Writes CSL-JSON with the citation key as both `id` and `citation-key` (what pandoc and
 * citeproc look up), and AxisRef's extension (MeSH, publication types, keywords) under
 * `custom.axisref`, the place CSL-JSON reserves for application data.
 */
export function exportCslJson(records: readonly ExportRecord[]): string {
  const items = records.map(({ item, citationKey, extension }) => {
    const output: Record<string, unknown> = { ...item, id: citationKey, 'citation-key': citationKey }
    const hasExtension = extension && Object.values(extension).some((value) => Array.isArray(value) && value.length > 0)
    if (hasExtension) {
      const custom = item.custom !== null && typeof item.custom === 'object' ? item.custom : {}
      output.custom = { ...custom, axisref: extension }
    }
    return output
  })
  return `${JSON.stringify(items, null, 2)}\n`
}
