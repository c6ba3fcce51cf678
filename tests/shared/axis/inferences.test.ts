import { describe, expect, it } from 'vitest'
import { AXIS_CUE_INFERENCES, AXIS_CUES, POPULATIONS, STUDY_TYPES, isAxisNodeId, suggestAxis, type AxisNodeId, type PaperInput } from '../../../shared/axis'

function nodeIds(paper: PaperInput): AxisNodeId[] {
  return suggestAxis(paper).nodes.map((node) => node.id)
}

function evidenceTerms(paper: PaperInput, id: AxisNodeId): string[] {
  return suggestAxis(paper).nodes.find((node) => node.id === id)?.evidence.map((item) => item.term) ?? []
}

describe('nodes inferred from a node named with a study type, population or cue', () => {
  it('reads the gut microbiota of people, or a synthesis of such studies, as composition', () => {
    expect(nodeIds({ title: 'The gut microbiota of patients with bipolar disorder' })).toContain('microbiota.composition')
    expect(nodeIds({ title: 'The neuroactive potential of the human gut microbiota in depression' })).toContain('microbiota.composition')
    expect(nodeIds({ title: 'Gut microbiota and major depressive disorder: a systematic review and meta-analysis' })).toContain('microbiota.composition')
    expect(evidenceTerms({ title: 'Gut microbiota in patients with depression' }, 'microbiota.composition')).toEqual(['gut microbiota + patients'])
  })

  it('does not read composition into a narrative review or an animal study of the microbiota', () => {
    expect(nodeIds({ title: 'Gut microbiota in depression: a narrative review' })).not.toContain('microbiota.composition')
    expect(nodeIds({ title: 'The microbiota-gut-brain axis in mice' })).not.toContain('microbiota.composition')
  })

  it('reads a microbiota transferred between hosts as a microbiota intervention, but not gene transfer', () => {
    expect(nodeIds({ title: 'Transferring the blues: depression-associated gut microbiota induces neurobehavioural changes in the rat' })).toContain('microbiota.interventions')
    expect(nodeIds({ title: 'Horizontal gene transfer in the gut microbiome' })).not.toContain('microbiota.interventions')
  })

  it('reads microbial colonisation of animals as a gnotobiotic intervention, not colonisation of infants', () => {
    const mice = 'Postnatal microbial colonisation programs the hypothalamic-pituitary-adrenal system in mice'
    expect(nodeIds({ title: mice })).toEqual(expect.arrayContaining(['microbiota.interventions', 'brain.stress']))
    expect(nodeIds({ title: 'Microbial colonization of the infant gut and later mood' })).not.toContain('microbiota.interventions')
  })

  it('reads neuroinflammation imaged with PET as microglia, and PET alone as nothing more than brain', () => {
    expect(evidenceTerms({ title: 'Neuroinflammation in major depression: a PET study' }, 'glia.microglia')).toEqual(['neuroinflammation + PET'])
    expect(nodeIds({ title: 'Markers of central inflammation in depression: cerebrospinal fluid and positron emission tomography' })).toContain('glia.microglia')
    expect(nodeIds({ title: 'Amyloid PET in late-life depression' })).not.toContain('glia.microglia')
  })

  it('needs the node and its context in one sentence', () => {
    // Two abstract sentences weigh as much as one title; each must name both premises.
    const apart = { title: 'A study', abstract: 'The gut microbiota was sequenced. Patients were recruited. Fecal microbiome data were kept. Outpatients were followed up.' }
    const together = { title: 'A study', abstract: 'The gut microbiota of patients was sequenced. The fecal microbiome of outpatients differed from controls.' }
    expect(nodeIds(apart)).not.toContain('microbiota.composition')
    expect(nodeIds(together)).toContain('microbiota.composition')
  })

  it('counts one inferred hit per node and segment, however many rules agree', () => {
    const paper = { title: 'Gut microbiota of human patients: a systematic review and meta-analysis' }
    expect(evidenceTerms(paper, 'microbiota.composition')).toHaveLength(1)
  })

  it('names only existing nodes, study types, populations and cues in its rules', () => {
    const contexts = new Set([
      ...STUDY_TYPES.map((type) => `study:${type.id}`),
      ...POPULATIONS.map((population) => `population:${population.id}`),
      ...AXIS_CUES.map((cue) => `cue:${cue.id}`),
    ])
    for (const rule of AXIS_CUE_INFERENCES) {
      expect(isAxisNodeId(rule.infer), rule.infer).toBe(true)
      expect(isAxisNodeId(rule.when[0]), rule.when[0]).toBe(true)
      for (const premise of rule.when) expect(isAxisNodeId(premise) || contexts.has(premise), premise).toBe(true)
    }
  })

  it('does not let cue words change the study type or population', () => {
    const paper = { title: 'Transferring human gut microbiota to germ-free mice: a PET study' }
    expect(suggestAxis(paper).studyType?.id).toBe('animal')
    expect(suggestAxis(paper).population.map((item) => item.id)).toEqual(['animal'])
  })
})

describe('LPS given as an immune challenge', () => {
  it.each([
    'Lipopolysaccharide-induced depressive-like behavior is mediated by indoleamine 2,3-dioxygenase activation in mice',
    'LPS challenge and sickness behaviour in rats',
    'Experimental endotoxemia in healthy volunteers induces depressed mood',
  ])('reads "%s" as immune activation, not bacterial translocation', (title) => {
    const ids = nodeIds({ title })
    expect(ids).toContain('immune')
    expect(ids).not.toContain('gut.translocation')
  })

  it('still reads LPS crossing from the gut, or measured in blood, as translocation', () => {
    expect(nodeIds({ title: 'Increased translocation of LPS from gram-negative enterobacteria in depression' })).toContain('gut.translocation')
    expect(nodeIds({ title: 'Plasma LPS and LPS-binding protein in major depression' })).toContain('gut.translocation')
    expect(nodeIds({ title: 'Gut-derived LPS-induced inflammation in depression' })).toContain('gut.translocation')
  })
})
