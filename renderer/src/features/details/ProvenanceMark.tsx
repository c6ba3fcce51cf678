import type { FieldProvenance } from '../../../../shared/domain/provenance'
import { needsCheck, provenanceDescription, provenanceShort } from './provenance'

/**
 * Where a field's value came from, as a small mark beside its label (the whole story on
 * hover: source, by whom, how sure, when), and "check this" when it is a guess.
 */
export function ProvenanceMark({ provenance }: { provenance: FieldProvenance | undefined }) {
  if (!provenance) return null
  const check = needsCheck(provenance)
  return (
    <span className={`provenance${check ? ' provenance--check' : ''}`} title={provenanceDescription(provenance)} data-testid="provenance">
      {provenanceShort(provenance)}
      {check && <strong className="provenance__check"> check this</strong>}
    </span>
  )
}
