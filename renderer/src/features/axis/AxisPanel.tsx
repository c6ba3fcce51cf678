import { STUDY_TYPES } from '../../../../shared/axis'
import type { PaperRecord } from '../../db'
import { pendingPathways, studyTypeFromRegistry } from '../../db/axisTags'
import { AddNodeInput } from './AddNodeInput'
import { evidenceText, nodeLabel, pathwayLabel, studyTypeLabel } from './labels'
import { useAxisActions } from './useAxisActions'

const ACCEPT_ALL_SCORE = 0.5

/**
 * A paper's place on the axis: accepted tags apart from pending suggestions, each
 * suggestion with its evidence, accept and reject; any node can be added by typing.
 */
export function AxisPanel({ paper }: { paper: PaperRecord }) {
  const actions = useAxisActions()
  const ids = [paper.id]
  const suggestions = paper.axisSuggestions
  const pendingNodes = (suggestions?.nodes ?? []).filter((node) => paper.axisSuggested?.includes(node.id))
  const pathways = pendingPathways(paper)
  const study = suggestions?.studyType
  const studyPending = study && paper.studyType !== study.id && !paper.axisRejected?.studyTypes.includes(study.id) ? study : null
  const hasPending = pendingNodes.length > 0 || pathways.length > 0
  const studyFromPubmed = paper.studyType !== undefined && studyTypeFromRegistry(paper) === paper.studyType

  return (
    <section className="axis-panel" aria-labelledby="axis-panel-heading">
      <h3 id="axis-panel-heading">Axis</h3>
      <ul className="chips" aria-label="Axis tags">
        {paper.axisNodes.map((id) => (
          <li key={id} className="chip">
            {nodeLabel(id)}
            <button type="button" className="chip__remove" aria-label={`Remove ${nodeLabel(id)}`} onClick={() => void actions.removeNode(ids, id)}>
              ×
            </button>
          </li>
        ))}
        {(paper.axisPathways ?? []).map((id) => (
          <li key={id} className="chip chip--pathway">
            {pathwayLabel(id)}
            <button type="button" className="chip__remove" aria-label={`Remove ${pathwayLabel(id)}`} onClick={() => void actions.removePathway(ids, id)}>
              ×
            </button>
          </li>
        ))}
        {paper.studyType && (
          <li className="chip chip--facet" title={studyFromPubmed ? "From PubMed's publication types" : undefined}>
            {studyTypeLabel(paper.studyType)}
            {studyFromPubmed && ' · PubMed'}
          </li>
        )}
        {paper.axisNodes.length === 0 && !paper.studyType && <li className="hint">No axis tags yet.</li>}
      </ul>
      <AddNodeInput onAdd={(node) => void actions.acceptNode(ids, node)} />

      <h4 className="axis-panel__subheading">Suggestions</h4>
      {!suggestions && <p className="hint">Reading the paper for axis terms…</p>}
      {suggestions && !hasPending && !studyPending && <p className="hint">No pending suggestions.</p>}
      <ul className="suggestions" aria-label="Axis suggestions">
        {pendingNodes.map((node) => (
          <Suggestion key={node.id} label={nodeLabel(node.id)} score={node.score} evidence={evidenceText(node.evidence)}
            onAccept={() => void actions.acceptNode(ids, node.id)} onReject={() => void actions.rejectNode(ids, node.id)} />
        ))}
        {pathways.map((pathway) => (
          <Suggestion key={pathway.id} label={pathwayLabel(pathway.id)} score={pathway.score} evidence={evidenceText(pathway.evidence)}
            onAccept={() => void actions.acceptPathway(ids, pathway.id)} onReject={() => void actions.rejectPathway(ids, pathway.id)} />
        ))}
        {studyPending && STUDY_TYPES.some((type) => type.id === studyPending.id) && (
          <Suggestion label={`Study type: ${studyTypeLabel(studyPending.id)}`} evidence={evidenceText(studyPending.evidence)}
            onAccept={() => void actions.acceptStudyType(ids, studyPending.id)} onReject={() => void actions.rejectStudyType(ids, studyPending.id)} />
        )}
      </ul>
      {hasPending && (
        <button type="button" className="button button--quiet" onClick={() => void actions.acceptAllAbove(ids, ACCEPT_ALL_SCORE)}>
          Accept all with score ≥ {ACCEPT_ALL_SCORE}
        </button>
      )}
    </section>
  )
}

interface SuggestionProps {
  label: string
  score?: number
  evidence: string
  onAccept: () => void
  onReject: () => void
}

function Suggestion({ label, score, evidence, onAccept, onReject }: SuggestionProps) {
  return (
    <li className="suggestion" title={evidence} tabIndex={0}>
      <div className="suggestion__head">
        <span className="suggestion__label">{label}</span>
        {score !== undefined && <meter className="suggestion__score" min={0} max={1} value={score} aria-label={`score ${score.toFixed(2)}`} />}
        <button type="button" className="button button--small" aria-label={`Accept ${label}`} onClick={onAccept}>
          Accept
        </button>
        <button type="button" className="button button--small button--quiet" aria-label={`Reject ${label}`} onClick={onReject}>
          Reject
        </button>
      </div>
      <p className="suggestion__evidence">{evidence}</p>
    </li>
  )
}
