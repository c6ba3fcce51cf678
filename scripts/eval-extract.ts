import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { createPdfParser } from '../electron/main/services/pdf/parser'
import type { PdfExtractResult } from '../electron/main/services/pdf/types'

// `npm run eval:extract`: runs the PDF extractor over the corpus's real articles
// (../shared/corpus/pdf/metadata, or $AXISREF_CORPUS/pdf/metadata) and scores it against
// pdf_ground_truth.jsonl. Prints a table, the misses, and one JSON line at the end; always
// exits 0 (the figures are for people and CI logs to read, not a gate). The scoring is
// written here, apart from the extractor's own text helpers, so it cannot share their bugs.

const ROOT = join(import.meta.dirname, '..')
const CORPUS = process.env.AXISREF_CORPUS ?? join(ROOT, '../shared/corpus')
const TARGETS = { title: 0.9, firstAuthor: 0.9, year: 0.9, doi: 0.95, wrongDois: 0 }

const groundTruth = z.object({
  file: z.string(),
  title: z.string().nullable().optional(),
  authors: z.array(z.string()).nullable().optional(),
  authors_structured: z.array(z.object({ family: z.string().optional(), literal: z.string().optional() })).nullable().optional(),
  year: z.number().nullable().optional(),
  year_alternatives: z.array(z.number()).optional(),
  doi: z.string().nullable().optional(),
  checks: z.object({ doi_in_p1_text: z.boolean().optional(), doi_first_found_on_page: z.number().nullable().optional() }).optional(),
})
type GroundTruth = z.infer<typeof groundTruth>

interface Tally {
  correct: number
  total: number
  misses: string[]
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** 1 − Levenshtein distance / longer length, on normalised text. */
function titleSimilarity(a: string, b: string): number {
  const left = normalise(a)
  const right = normalise(b)
  if (left === right) return 1
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index)
  for (let i = 1; i <= left.length; i++) {
    const current = [i]
    for (let j = 1; j <= right.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return 1 - (previous[right.length] ?? 0) / Math.max(left.length, right.length, 1)
}

function expectedFirstFamily(truth: GroundTruth): string | undefined {
  const structured = truth.authors_structured?.[0]
  if (structured?.family) return structured.family
  const literal = structured?.literal ?? truth.authors?.[0]
  return literal?.trim().split(/\s+/).at(-1)
}

function doiIsPrinted(truth: GroundTruth): boolean {
  return truth.checks?.doi_in_p1_text === true || typeof truth.checks?.doi_first_found_on_page === 'number'
}

function score(tally: Tally, ok: boolean, file: string, detail: string): void {
  tally.total++
  if (ok) tally.correct++
  else tally.misses.push(`${file}: ${detail}`)
}

type Field = 'title' | 'firstAuthor' | 'year' | 'doi'

interface Evaluation {
  tallies: Record<Field, Tally>
  wrongDois: string[]
}

/** Scores one file into the tallies; a DOI that differs from the truth (or where there is none) is a wrong DOI. */
function scoreFile(evaluation: Evaluation, truth: GroundTruth, result: PdfExtractResult | undefined): void {
  const { tallies } = evaluation
  const name = truth.file.split('/').at(-1) ?? truth.file
  const item = result?.ok ? result.item : undefined
  if (truth.title) {
    score(tallies.title, titleSimilarity(item?.title ?? '', truth.title) >= 0.9, name, `got ${JSON.stringify(item?.title)}`)
  }
  const family = expectedFirstFamily(truth)
  const gotFamily = item?.author?.[0]?.family
  if (family) {
    score(tallies.firstAuthor, gotFamily !== undefined && normalise(gotFamily) === normalise(family), name, `got ${JSON.stringify(gotFamily)}, want ${family}`)
  }
  const year = item?.issued?.['date-parts'][0][0]
  if (truth.year) {
    const accepted = year === truth.year || (year !== undefined && (truth.year_alternatives ?? []).includes(year))
    score(tallies.year, accepted, name, `got ${year}, want ${truth.year}`)
  }
  const doi = item?.DOI?.toLowerCase()
  if (truth.doi && doiIsPrinted(truth)) score(tallies.doi, doi === truth.doi.toLowerCase(), name, `got ${doi}, want ${truth.doi}`)
  if (doi && doi !== truth.doi?.toLowerCase()) evaluation.wrongDois.push(`${name}: accepted ${doi}, truth ${truth.doi ?? 'none'}`)
}

function evaluate(truths: readonly GroundTruth[], results: readonly PdfExtractResult[]): Evaluation {
  const evaluation: Evaluation = { tallies: { title: tally(), firstAuthor: tally(), year: tally(), doi: tally() }, wrongDois: [] }
  truths.forEach((truth, index) => scoreFile(evaluation, truth, results[index]))
  return evaluation
}

function printReport({ tallies, wrongDois }: Evaluation): void {
  for (const field of ['title', 'firstAuthor', 'year', 'doi'] as const) {
    const value = ratio(tallies[field])
    const count = `${tallies[field].correct}/${tallies[field].total}`.padStart(7)
    const verdict = value >= TARGETS[field] ? 'ok' : 'BELOW'
    console.log(`${field.padEnd(12)} ${count}  ${(value * 100).toFixed(1).padStart(5)}%  target ${(TARGETS[field] * 100).toFixed(0)}%  ${verdict}`)
  }
  console.log(`${'wrong DOIs'.padEnd(12)} ${String(wrongDois.length).padStart(7)}          target 0     ${wrongDois.length === 0 ? 'ok' : 'BELOW'}`)
  const misses = Object.entries(tallies).flatMap(([field, value]) => value.misses.map((miss) => `${field} ${miss}`))
  misses.push(...wrongDois.map((wrong) => `WRONG DOI ${wrong}`))
  if (misses.length > 0) console.log(`\nMisses:\n  ${misses.join('\n  ')}`)
}

function tally(): Tally {
  return { correct: 0, total: 0, misses: [] }
}

function ratio(value: Tally): number {
  return value.total === 0 ? 0 : Math.round((value.correct / value.total) * 1000) / 1000
}

async function main(): Promise<void> {
  const truthFile = join(CORPUS, 'pdf/pdf_ground_truth.jsonl')
  if (!existsSync(truthFile)) {
    console.error(`eval:extract: no corpus at ${CORPUS} (set AXISREF_CORPUS); nothing to score.`)
    return
  }
  const truths = readFileSync(truthFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => groundTruth.parse(JSON.parse(line)))
  const parser = createPdfParser()
  const started = performance.now()
  const results = await Promise.all(truths.map((truth) => parser.extract(join(CORPUS, truth.file))))
  const seconds = (performance.now() - started) / 1000
  await parser.close()

  const evaluation = evaluate(truths, results)
  console.log(`PDF extraction, ${truths.length} files in ${seconds.toFixed(1)} s\n`)
  printReport(evaluation)
  const { tallies, wrongDois } = evaluation
  const summary = {
    files: truths.length,
    failedFiles: results.filter((result) => !result.ok).length,
    title: ratio(tallies.title),
    firstAuthor: ratio(tallies.firstAuthor),
    year: ratio(tallies.year),
    doi: ratio(tallies.doi),
    wrongDois: wrongDois.length,
  }
  console.log(`\n${JSON.stringify(summary)}`)
}

await main()
