import type { AutoExportSource } from '../../../../shared/ipc/contract'
import { bindingProblem, fileNameOf, useAutoExportState } from '../export'

/** Whether two sources are the same collection or saved search. */
function sameSource(a: AutoExportSource, b: AutoExportSource): boolean {
  return a.kind === b.kind && (a.kind === 'library' || (b.kind !== 'library' && a.id === b.id))
}

/**
 * The mark beside a collection or saved search that a file is kept in step with ("Kept in
 * step with thesis.bib"); when that file cannot be written (its folder is gone …) the mark
 * turns to a warning that says why.
 */
export function BoundMark({ source }: { source: AutoExportSource }) {
  const { bindings, problems } = useAutoExportState()
  const bound = (bindings ?? []).filter((binding) => sameSource(binding.source, source))
  if (bound.length === 0) return null
  const files = bound.map((binding) => fileNameOf(binding.path)).join(', ')
  const trouble = bound.map((binding) => ({ binding, problem: bindingProblem(binding, problems) })).find((each) => each.problem !== undefined)
  if (trouble) {
    const words = trouble.binding.folderMissing ? 'folder gone' : 'not in step'
    return (
      <span className="sidebar__bound is-warning" role="img" title={trouble.problem} aria-label={`${fileNameOf(trouble.binding.path)}: ${trouble.problem}`} data-testid="bound-mark">
        ⚠ {words}
      </span>
    )
  }
  return (
    <span className="sidebar__bound" role="img" title={`Kept in step with ${files}`} aria-label={`Kept in step with ${files}`} data-testid="bound-mark">
      ⇄
    </span>
  )
}
