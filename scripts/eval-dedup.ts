import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createPdfParser } from '../electron/main/services/pdf/parser'
import { findDuplicateSets } from '../shared/dedup'
import { importBlock, labelled, readLabelledBlocks, scorePairs, type LabelledBlock, type LabelledRecord } from '../tests/shared/dedup/labelledSet'

// `npm run eval:dedup`: scores duplicate detection on the labelled set in
// tests/fixtures/dedup/labelled.txt — the same papers as BibTeX, RIS, MEDLINE, PubMed XML
// and CSL-JSON read by the real importers, plus corpus PDFs read by the real extractor
// (../shared/corpus, or $AXISREF_CORPUS) — with hard negatives beside them. Prints
// pairwise precision and recall, the misses, and one JSON line at the end; always exits 0
// (the figures are for people and CI logs to read, not a gate).

const TARGETS = { precision: 0.95, recall: 0.95 }
const CORPUS = resolve(process.env.AXISREF_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'))

async function readPdfRecords(blocks: readonly LabelledBlock[]): Promise<{ records: LabelledRecord[]; skipped: string[] }> {
  const pdfBlocks = blocks.filter((block) => block.source === 'pdf')
  if (!existsSync(CORPUS)) return { records: [], skipped: pdfBlocks.map((block) => `${block.body} (no corpus at ${CORPUS}; set AXISREF_CORPUS)`) }
  const parser = createPdfParser({ workers: 2 })
  try {
    const results = await Promise.all(pdfBlocks.map(async (block) => ({ block, result: await parser.extract(join(CORPUS, block.body)) })))
    const records: LabelledRecord[] = []
    const skipped: string[] = []
    for (const { block, result } of results) {
      // What the app stores for a PDF: the extracted fields as a CSL item.
      if (result.ok) records.push(labelled(block, { ...result.item, id: block.label, author: result.item.author?.map((name) => ({ ...name })) }))
      else skipped.push(`${block.body} (${result.error.message})`)
    }
    return { records, skipped }
  } finally {
    await parser.close()
  }
}

function describe(record: LabelledRecord | undefined): string {
  if (!record) return '?'
  const year = record.item.issued?.['date-parts']?.[0]?.[0] ?? '-'
  const author = record.item.author?.[0]?.family ?? record.item.author?.[0]?.literal ?? '-'
  return `${record.id} [${record.source}] ${author} ${year} "${(record.item.title ?? '').slice(0, 60)}"`
}

async function main(): Promise<void> {
  const blocks = readLabelledBlocks()
  const fromFiles = blocks.filter((block) => block.source !== 'pdf').map(importBlock)
  const pdfs = await readPdfRecords(blocks)
  const records = [...fromFiles, ...pdfs.records]
  const started = performance.now()
  const sets = findDuplicateSets(records)
  const elapsedMs = performance.now() - started
  const score = scorePairs(records, sets)
  const byId = new Map(records.map((record) => [record.id, record]))
  const papers = new Set(records.map((record) => record.label)).size
  const sources = Object.fromEntries([...new Set(records.map((record) => record.source))].map((source) => [source, records.filter((record) => record.source === source).length]))

  console.log(`Duplicate detection on ${records.length} records of ${papers} papers (${JSON.stringify(sources)})`)
  for (const skipped of pdfs.skipped) console.log(`  PDF skipped: ${skipped}`)
  console.log(`  sets found: ${sets.length} (${sets.filter((set) => set.reason === 'title').length} joined by title)`)
  console.log(`  true pairs ${score.truePairs}, predicted ${score.predictedPairs}, correct ${score.correctPairs}`)
  console.log(`  precision ${score.precision.toFixed(3)} (target ≥ ${TARGETS.precision})  recall ${score.recall.toFixed(3)} (target ≥ ${TARGETS.recall})`)
  for (const [a, b] of score.falsePositives) console.log(`  FALSE MERGE  ${describe(byId.get(a))}\n            + ${describe(byId.get(b))}`)
  for (const [a, b] of score.falseNegatives) console.log(`  MISSED      ${describe(byId.get(a))}\n            + ${describe(byId.get(b))}`)
  const summary = {
    eval: 'dedup',
    records: records.length,
    papers,
    pdfRecords: pdfs.records.length,
    truePairs: score.truePairs,
    precision: Number(score.precision.toFixed(3)),
    recall: Number(score.recall.toFixed(3)),
    targets: TARGETS,
    met: score.precision >= TARGETS.precision && score.recall >= TARGETS.recall,
    elapsedMs: Math.round(elapsedMs),
  }
  console.log(JSON.stringify(summary))
}

await main()
