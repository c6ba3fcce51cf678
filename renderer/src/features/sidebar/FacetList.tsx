interface FacetListProps {
  label: string
  items: readonly { value: string; label: string; count: number }[]
  isActive: (value: string) => boolean
  onToggle: (value: string) => void
  /** Shown when there is nothing to count. */
  empty: string
}

/** One facet: its values with how many papers in the list carry each; a click narrows to it. */
export function FacetList({ label, items, isActive, onToggle, empty }: FacetListProps) {
  if (items.length === 0) return <p className="sidebar__hint">{empty}</p>
  return (
    <ul className="sidebar__list sidebar__list--facet" aria-label={label}>
      {items.map((item) => {
        const active = isActive(item.value)
        return (
          <li key={item.value}>
            <button type="button" className={`sidebar__item${active ? ' is-active' : ''}`} aria-pressed={active} onClick={() => onToggle(item.value)}>
              <span className="sidebar__label">{item.label}</span>
              <span className="count">{item.count.toLocaleString('en')}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
