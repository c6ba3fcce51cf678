import type { SortColumn } from '../../search/listModel'
import { LIST_COLUMNS, toggleColumn } from './columns'

interface ColumnChooserProps {
  columns: readonly SortColumn[]
  onChange: (columns: SortColumn[]) => void
}

/** Which columns the list shows: a menu of checkboxes (the title always stays). */
export function ColumnChooser({ columns, onChange }: ColumnChooserProps) {
  return (
    <details className="column-chooser">
      <summary className="button button--small">Columns</summary>
      <fieldset className="column-chooser__menu">
        <legend>Show columns</legend>
        {LIST_COLUMNS.map(({ column, label }) => (
          <label key={column}>
            <input type="checkbox" checked={columns.includes(column)} disabled={column === 'title'} onChange={() => onChange(toggleColumn(columns, column))} />
            {label}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
