import type { AxisNodeId } from './ontology'
import type { PathwayDefinition } from './schema'

interface AxisPathway extends PathwayDefinition {
  from: AxisNodeId
  to: AxisNodeId
}

/**
 * Directed edges of the axis. Ids are their own names (not derived from the endpoints) so
 * that renaming a node never renames a pathway a user has already accepted.
 */
export const AXIS_PATHWAYS = [
  { id: 'dysbiosis-barrier', from: 'microbiota.composition', to: 'gut.barrier', description: 'Dysbiosis weakens the intestinal barrier.' },
  { id: 'permeability-translocation', from: 'gut.barrier', to: 'gut.translocation', description: 'Increased permeability lets LPS and bacteria cross.' },
  { id: 'lps-innate', from: 'gut.translocation', to: 'immune.innate', description: 'LPS activates TLR4 on monocytes and macrophages.' },
  { id: 'food-antigens-autoimmunity', from: 'gut.food-antigens', to: 'immune.autoimmunity', description: 'Food-derived antigens trigger immune and autoimmune responses.' },
  { id: 'cytokines-microglia', from: 'immune.cytokines', to: 'glia.microglia', description: 'Systemic cytokines reach and activate microglia.' },
  { id: 'cytokines-bbb', from: 'immune.cytokines', to: 'brain.bbb', description: 'Inflammation weakens the blood-brain barrier.' },
  { id: 'cytokines-tryptophan', from: 'immune.cytokines', to: 'immune.tryptophan', description: 'Cytokines induce IDO and kynurenine production.' },
  { id: 'ons-autoimmunity', from: 'immune.ons', to: 'immune.autoimmunity', description: 'Oxidative damage creates neoepitopes and autoimmune responses.' },
  { id: 'microglia-neurons', from: 'glia.microglia', to: 'brain.neurons', description: 'Glia-neuron crosstalk alters plasticity and neurotransmission.' },
  { id: 'astrocytes-neurons', from: 'glia.astrocytes', to: 'brain.neurons', description: 'Astrocytic dysfunction alters synaptic support.' },
  { id: 'metabolites-microglia', from: 'microbiota.metabolites', to: 'glia.microglia', description: 'Microbial metabolites such as SCFAs control microglial maturation.' },
  { id: 'stress-barrier', from: 'brain.stress', to: 'gut.barrier', description: 'Psychological stress increases intestinal permeability.' },
  { id: 'vagus-microbiota', from: 'brain.vagus', to: 'microbiota', description: 'Vagal signalling links microbiota and brain in both directions.' },
  { id: 'neurons-depression', from: 'brain.neurons', to: 'depression', description: 'Neural changes underlie depressive symptoms.' },
] as const satisfies readonly AxisPathway[]

export type PathwayId = (typeof AXIS_PATHWAYS)[number]['id']
