import { useId } from 'react'
import { LOCATOR_LABELS, type LocatorLabel } from '../../../../shared/cite/request'
import type { CitePick } from './picks'

interface ChosenPapersProps {
  picks: readonly CitePick[]
  onChange: (index: number, change: Partial<CitePick>) => void
  onRemove: (index: number) => void
}

function labelName(label: LocatorLabel): string {
  const words = label.replace('-', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function isLocatorLabel(value: string): value is LocatorLabel {
  return LOCATOR_LABELS.some((label) => label === value)
}

function PickRow({ pick, index, onChange, onRemove }: { pick: CitePick; index: number } & Pick<ChosenPapersProps, 'onChange' | 'onRemove'>) {
  const id = useId()
  const field = (name: string) => `${id}-${name}`
  return (
    <li className="picker__pick">
      <fieldset className="picker__fields" aria-label={`${pick.name} (${pick.citationKey})`}>
        <legend className="picker__chip" title={pick.title}>
          <span className="picker__chip-order">{index + 1}</span> {pick.name} <code>{pick.citationKey}</code>
        </legend>
        <label className="picker__field" htmlFor={field('label')}>
          <span>Locator type</span>
          <select id={field('label')} value={pick.label} onChange={(event) => isLocatorLabel(event.target.value) && onChange(index, { label: event.target.value })}>
            {LOCATOR_LABELS.map((label) => (
              <option key={label} value={label}>
                {labelName(label)}
              </option>
            ))}
          </select>
        </label>
        <label className="picker__field picker__field--narrow" htmlFor={field('locator')}>
          <span>Locator</span>
          <input id={field('locator')} value={pick.locator} onChange={(event) => onChange(index, { locator: event.target.value })} />
        </label>
        <label className="picker__field" htmlFor={field('prefix')}>
          <span>Prefix</span>
          <input id={field('prefix')} value={pick.prefix} onChange={(event) => onChange(index, { prefix: event.target.value })} />
        </label>
        <label className="picker__field" htmlFor={field('suffix')}>
          <span>Suffix</span>
          <input id={field('suffix')} value={pick.suffix} onChange={(event) => onChange(index, { suffix: event.target.value })} />
        </label>
        <label className="picker__check">
          <input type="checkbox" checked={pick.suppressAuthor} onChange={(event) => onChange(index, { suppressAuthor: event.target.checked })} />
          Suppress author
        </label>
        <button type="button" className="button button--quiet picker__remove" aria-label={`Remove ${pick.name} (${pick.citationKey})`} onClick={() => onRemove(index)}>
          ✕
        </button>
      </fieldset>
    </li>
  )
}

/** The papers chosen so far, in citation order, each with its locator, prefix, suffix and "suppress author". */
export function ChosenPapers({ picks, onChange, onRemove }: ChosenPapersProps) {
  if (picks.length === 0) return <p className="picker__none">No paper chosen yet: type to search, then Enter to add one.</p>
  return (
    <ol className="picker__picks" aria-label="Chosen papers">
      {picks.map((pick, index) => (
        <PickRow key={`${pick.paperId}-${index}`} pick={pick} index={index} onChange={onChange} onRemove={onRemove} />
      ))}
    </ol>
  )
}
