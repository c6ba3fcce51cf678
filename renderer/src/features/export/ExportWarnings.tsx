/** The export's warnings in words, after the file is written: which paper, what is missing, what the file holds instead. */
export function ExportWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null
  return (
    <section className="export-warnings" aria-label="Export warnings">
      <p className="hint">
        Exported all the same, with {warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}:
      </p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </section>
  )
}
