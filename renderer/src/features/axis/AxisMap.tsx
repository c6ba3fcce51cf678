import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { FailureNotice } from '../../components/FailureNotice'
import { nodeLabel, pathwayLabel } from './labels'
import { layoutAxisMap, type MapBox } from './mapLayout'
import { exportSvg, exportPng } from './mapExport'
import type { SearchClient } from '../../search/searchClient'
import { useAxisCounts, useTopPapers, type AxisCount } from './useAxisCounts'

const COLORS = { box: '#ffffff', top: '#e3eef7', selected: '#22679a', border: '#9aa5b1', text: '#1f2328', edge: '#7d8893', muted: '#5f6670' }
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif'
// the ontology is fixed at build time, so is the drawing
const layout = layoutAxisMap()

interface AxisMapProps {
  /** The search worker, which counts the library's papers per node and pathway. */
  client: SearchClient | undefined
  /** Selected node ids and `pathway:<id>`s; the list shows papers carrying all of them. */
  selection: readonly string[]
  /** `combine` (shift-click or shift+Enter) adds to the selection instead of replacing it. */
  onToggle: (id: string, combine: boolean) => void
}

/**
 * The chain microbiota → gut → immune → glia → brain → depression as an SVG, every node
 * and pathway with its paper count (accepted tags; suggestions in grey beside them).
 * Colours are attributes, not CSS, so the exported file looks the same in a thesis.
 */
export function AxisMap({ client, selection, onToggle }: AxisMapProps) {
  const { counts, failure } = useAxisCounts(client)
  const svg = useRef<SVGSVGElement>(null)
  const [hovered, setHovered] = useState<string | null>(null)
  const topPapers = useTopPapers(hovered)
  const activate = (id: string): ActivateHandlers => ({
    onClick: (event: MouseEvent) => onToggle(id, event.shiftKey),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault()
      onToggle(id, event.shiftKey)
    },
    onMouseEnter: () => setHovered(id),
    onMouseLeave: () => setHovered(null),
    onFocus: () => setHovered(id),
    onBlur: () => setHovered(null),
  })

  return (
    <div className="axis-map">
      <div className="axis-map__toolbar">
        <span className="hint">Click a node or pathway to filter the list; shift-click to combine.</span>
        <button type="button" className="button button--small" onClick={() => svg.current && exportSvg(svg.current)}>
          Export SVG
        </button>
        <button type="button" className="button button--small" onClick={() => svg.current && void exportPng(svg.current)}>
          Export PNG
        </button>
      </div>
      {failure && <FailureNotice message={failure} />}
      <svg ref={svg} xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%"
        role="group" aria-label="MGIG axis map" fontFamily={FONT}>
        <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />
        <defs>
          <marker id="axis-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={COLORS.edge} />
          </marker>
        </defs>
        {layout.chain.map((edge) => (
          <path key={edge.id} d={edge.path} stroke={COLORS.border} strokeWidth={2} fill="none" markerEnd="url(#axis-arrow)" />
        ))}
        {layout.edges.map((edge) => {
          const id = `pathway:${edge.id}`
          const selected = selection.includes(id)
          const count = counts?.get(id)?.tagged ?? 0
          return (
            <g key={edge.id} role="button" tabIndex={0} aria-pressed={selected} aria-label={`${pathwayLabel(edge.id)}: ${count} papers`} {...activate(id)} className="axis-map__edge">
              <path d={edge.path} stroke="transparent" strokeWidth={10} fill="none" />
              <path d={edge.path} stroke={selected ? COLORS.selected : COLORS.edge} strokeWidth={selected ? 2.5 : 1.3} strokeDasharray={count > 0 ? undefined : '4 3'} fill="none" markerEnd="url(#axis-arrow)" />
              {count > 0 && (
                <text x={edge.labelX} y={edge.labelY} fontSize={10} textAnchor="middle" fill={COLORS.muted}>
                  {count}
                </text>
              )}
            </g>
          )
        })}
        {layout.boxes.map((box) => (
          <NodeBox key={box.id} box={box} count={counts?.get(box.id)} selected={selection.includes(box.id)} handlers={activate(box.id)} />
        ))}
      </svg>
      {hovered && (
        <div className="axis-map__card" role="status">
          <strong>{hovered.startsWith('pathway:') ? pathwayLabel(hovered.slice(8)) : nodeLabel(hovered)}</strong>
          <span>
            {' '}
            · {counts?.get(hovered)?.tagged ?? 0} tagged · {counts?.get(hovered)?.suggested ?? 0} suggested
          </span>
          {topPapers && topPapers.length > 0 && (
            <ul>
              {topPapers.map((title) => (
                <li key={title}>{title}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}

interface ActivateHandlers {
  onClick: (event: MouseEvent) => void
  onKeyDown: (event: KeyboardEvent) => void
  onMouseEnter: () => void
  onMouseLeave: () => void
  onFocus: () => void
  onBlur: () => void
}

interface NodeBoxProps {
  box: MapBox
  count: AxisCount | undefined
  selected: boolean
  handlers: ActivateHandlers
}

function NodeBox({ box, count, selected, handlers }: NodeBoxProps) {
  const tagged = count?.tagged ?? 0
  const suggested = count?.suggested ?? 0
  const fill = selected ? COLORS.selected : box.topLevel ? COLORS.top : COLORS.box
  const text = selected ? '#ffffff' : COLORS.text
  return (
    <g role="button" tabIndex={0} aria-pressed={selected} aria-label={`${nodeLabel(box.id)}: ${tagged} papers tagged, ${suggested} suggested`}
      data-node={box.id} className="axis-map__node" {...handlers}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={6} fill={fill} stroke={selected ? COLORS.selected : COLORS.border} strokeWidth={box.topLevel ? 1.5 : 1} />
      <text x={box.x + 8} y={box.y + box.height / 2 + 4} fontSize={box.topLevel ? 14 : 11} fontWeight={box.topLevel ? 650 : 400} fill={text}>
        {shorten(box.label, box.topLevel ? 10 : 14)}
      </text>
      <text x={box.x + box.width - 8} y={box.y + box.height / 2 + 4} fontSize={11} textAnchor="end" fill={text}>
        {tagged}
        {suggested > 0 && <tspan fill={selected ? '#dbe7f0' : COLORS.muted}>{` +${suggested}`}</tspan>}
      </text>
    </g>
  )
}

/** Labels that would run into the count are cut with an ellipsis; the full name is in aria-label and the hover card. */
function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label
}
