import { describe, expect, it } from 'vitest'
import { suggestAxis } from '../../../shared/axis'
import { parsePubmedEfetch, type PubmedArticle } from '../../../shared/lookup'
import { HAS_ONLINE, onlineText } from '../lookup/corpus'

function article(pmid: string): PubmedArticle {
  const parsed = parsePubmedEfetch(onlineText(`eutils/efetch_pubmed_${pmid}.xml`))
  const found = parsed.ok ? parsed.value[0] : undefined
  if (!found) throw new Error(`efetch_pubmed_${pmid}.xml holds no article`)
  return found
}

/** MeSH as the app hands it to the suggester: a major topic starred, as MEDLINE writes it. */
function meshInput(paper: PubmedArticle, starMajor: boolean): string[] {
  return paper.mesh.map((heading) => (starMajor && heading.major ? `*${heading.descriptor}` : heading.descriptor))
}

describe.skipIf(!HAS_ONLINE)('MeSH headings as evidence for axis suggestions (real PubMed records)', () => {
  it('a MeSH heading suggests a node the title and abstract do not name, with the heading as evidence', () => {
    const food = article('37905428')
    const text = { title: food.item.title ?? '', abstract: food.item.abstract }
    expect(suggestAxis(text).nodes.map((node) => node.id)).not.toContain('gut.food-antigens')
    const withMesh = suggestAxis({ ...text, mesh: meshInput(food, true) })
    const node = withMesh.nodes.find((candidate) => candidate.id === 'gut.food-antigens')
    expect(node?.evidence).toContainEqual({ term: 'Diet', field: 'mesh' })
  })

  it('a major topic weighs more than the same heading unstarred', () => {
    const guideline = article('34843274')
    const title = guideline.item.title ?? ''
    const minor = suggestAxis({ title, mesh: meshInput(guideline, false) }).nodes.find((node) => node.id === 'depression')
    const major = suggestAxis({ title, mesh: meshInput(guideline, true) }).nodes.find((node) => node.id === 'depression')
    expect(major?.evidence).toContainEqual({ term: 'Depressive Disorder', field: 'mesh' })
    expect(major?.score ?? 0).toBeGreaterThan(minor?.score ?? 1)
  })
})
