import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { isAxisNodeId, STUDY_TYPES, suggestAxis, TOP_LEVEL_NODE_IDS, withAncestors, type AxisNodeId, type PaperInput } from '../shared/axis'

// `npm run eval:axis`: scores the axis suggester against the hand-labelled papers in
// tests/fixtures/axis/labelled.jsonl, first from titles only, then with abstracts and
// keywords. Prints a table per mode and one JSON line at the end; always exits 0 (the
// figures are for people and CI logs to read, not a gate).

const TARGETS = { topRecall: 0.9, topPrecision: 0.85, subRecall: 0.8, subPrecision: 0.7, studyTypeAccuracy: 0.9 }

const nodeId = z.string().refine(isAxisNodeId, 'not a node id of the current ontology')
const studyTypeId = z.enum(STUDY_TYPES.map((type) => type.id))
const labelledPaper = z.object({
  id: z.string(),
  title: z.string(),
  abstract: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  publicationTypes: z.array(z.string()).optional(),
  expected: z.object({ top: z.array(nodeId), sub: z.array(nodeId), studyType: studyTypeId.nullable() }),
})
type LabelledPaper = z.infer<typeof labelledPaper>

interface Counts {
  tp: number
  fp: number
  fn: number
}

const FIXTURE = join(import.meta.dirname, '../tests/fixtures/axis/labelled.jsonl')

function loadLabelled(): LabelledPaper[] {
  return readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = labelledPaper.safeParse(JSON.parse(line))
      if (!parsed.success) throw new Error(`labelled.jsonl line ${index + 1}: ${parsed.error.message}`)
      return parsed.data
    })
}

function count(counts: Counts, expected: ReadonlySet<string>, predicted: ReadonlySet<string>): void {
  for (const id of predicted) if (expected.has(id)) counts.tp++
  else counts.fp++
  for (const id of expected) if (!predicted.has(id)) counts.fn++
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : Math.round((numerator / denominator) * 1000) / 1000
}

const precision = (counts: Counts) => ratio(counts.tp, counts.tp + counts.fp)
const recall = (counts: Counts) => ratio(counts.tp, counts.tp + counts.fn)

function evaluate(papers: readonly LabelledPaper[], input: (paper: LabelledPaper) => PaperInput) {
  const perTop = new Map<AxisNodeId, Counts>(TOP_LEVEL_NODE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]))
  const top: Counts = { tp: 0, fp: 0, fn: 0 }
  const sub: Counts = { tp: 0, fp: 0, fn: 0 }
  let typed = 0
  let typedRight = 0
  const misses: string[] = []
  for (const paper of papers) {
    const suggestion = suggestAxis(input(paper))
    // A child implies its parent, so the top level is judged on the closure.
    const predicted = withAncestors(suggestion.nodes.map((node) => node.id))
    const predictedTop = new Set<string>(predicted.filter((id) => !id.includes('.')))
    const predictedSub = new Set<string>(predicted.filter((id) => id.includes('.')))
    const expectedTop = new Set<string>(withAncestors([...paper.expected.top, ...paper.expected.sub]).filter((id) => !id.includes('.')))
    count(top, expectedTop, predictedTop)
    count(sub, new Set(paper.expected.sub), predictedSub)
    for (const [id, counts] of perTop) count(counts, expectedTop.has(id) ? new Set([id]) : new Set(), predictedTop.has(id) ? new Set([id]) : new Set())
    if (paper.expected.studyType !== null) {
      typed++
      if (suggestion.studyType?.id === paper.expected.studyType) typedRight++
      else misses.push(`${paper.id}: expected ${paper.expected.studyType}, got ${suggestion.studyType?.id ?? 'none'}`)
    }
  }
  return { perTop, top, sub, studyType: { evaluated: typed, accuracy: ratio(typedRight, typed), misses } }
}

type Result = ReturnType<typeof evaluate>

function printTable(title: string, papers: number, result: Result): void {
  const row = (name: string, counts: Counts) =>
    `  ${name.padEnd(22)} ${String(counts.tp).padStart(4)} ${String(counts.fp).padStart(4)} ${String(counts.fn).padStart(4)}   ${precision(counts).toFixed(3)}   ${recall(counts).toFixed(3)}`
  console.log(`\n${title} (${papers} papers)`)
  console.log(`  ${'node'.padEnd(22)}   TP   FP   FN   precision recall`)
  for (const [id, counts] of result.perTop) console.log(row(id, counts))
  console.log(row('micro, top level', result.top))
  console.log(row('micro, sub-nodes', result.sub))
  console.log(`  study type: ${result.studyType.accuracy.toFixed(3)} accuracy over ${result.studyType.evaluated} papers whose title or publication type states it`)
  for (const miss of result.studyType.misses) console.log(`    miss ${miss}`)
}

function summary(result: Result) {
  return {
    topPrecision: precision(result.top),
    topRecall: recall(result.top),
    subPrecision: precision(result.sub),
    subRecall: recall(result.sub),
    studyTypeAccuracy: result.studyType.accuracy,
  }
}

function meetsTargets(figures: ReturnType<typeof summary>): boolean {
  return Object.entries(TARGETS).every(([key, target]) => Object.entries(figures).some(([name, value]) => name === key && value >= target))
}

const papers = loadLabelled()
const titles = evaluate(papers, (paper) => ({ title: paper.title, publicationTypes: paper.publicationTypes }))
const abstracts = evaluate(papers, (paper) => ({ title: paper.title, abstract: paper.abstract, keywords: paper.keywords, publicationTypes: paper.publicationTypes }))
const withAbstract = papers.filter((paper) => paper.abstract !== undefined).length

printTable('Titles only (and publication types)', papers.length, titles)
printTable(`With abstracts and keywords (${withAbstract} of the papers have them)`, papers.length, abstracts)
const result = {
  papers: papers.length,
  papersWithAbstract: withAbstract,
  targets: TARGETS,
  titlesOnly: { ...summary(titles), meetsTargets: meetsTargets(summary(titles)) },
  withAbstracts: { ...summary(abstracts), meetsTargets: meetsTargets(summary(abstracts)) },
}
console.log(`\n${JSON.stringify(result)}`)
