import { readFileSync } from 'node:fs'
import { cwd, env } from 'node:process'
import type { AxisRefApi } from '../../../shared/ipc/api'
import { fail } from '../../../shared/ipc/result'
import { parseCrossrefWork, parsePubmedEfetch, studyTypeFromPublicationTypes, type LookupOutcome, type LookupRecord } from '../../../shared/lookup'

/**
 * Lookup records built from real recorded registry answers (../shared/corpus/online) by the
 * shared parsers, as main's lookup service answers them: no record here is written by hand.
 * The corpus is found as the other corpus tests find it: AXISREF_CORPUS, else `<repo>/../shared/corpus`.
 */
// vitest runs in the repository (its config is there)
const CORPUS = env.AXISREF_CORPUS ?? `${cwd()}/../shared/corpus`

function online(relative: string): string {
  return readFileSync(`${CORPUS}/online/${relative}`, 'utf8')
}

export function pubmedRecord(pmid: string): LookupRecord {
  const parsed = parsePubmedEfetch(online(`eutils/efetch_pubmed_${pmid}.xml`))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const article = parsed.value.find((candidate) => candidate.pmid === pmid)
  if (!article) throw new Error(`efetch_pubmed_${pmid}.xml holds no PMID ${pmid}`)
  const extension = { mesh: article.mesh, publicationTypes: article.publicationTypes, keywords: article.keywords }
  const fields = [...Object.keys(article.item).filter((field) => field !== 'id'), ...Object.keys(extension)]
  return {
    item: article.item,
    extension,
    authors: article.authors,
    studyType: studyTypeFromPublicationTypes(article.publicationTypes),
    retraction: article.retraction,
    fields: Object.fromEntries(fields.map((field) => [field, { source: 'pubmed' as const }])),
  }
}

/** `doiFile` is the DOI as the corpus names its file (`/` and brackets as `_`). */
export function crossrefRecord(doiFile: string): LookupRecord {
  const parsed = parseCrossrefWork(online(`crossref/works_${doiFile}.json`))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const { item, authors, retraction } = parsed.value
  const fields = Object.keys(item).filter((field) => field !== 'id')
  return { item, extension: {}, authors, studyType: null, retraction, fields: Object.fromEntries(fields.map((field) => [field, { source: 'crossref' as const }])) }
}

/** What main answers for an id: the record, or the registry's "no such paper". */
export type Answers = Record<string, LookupRecord | { code: string; message: string }>

/**
 * A fake api whose `lookupIdentifiers` answers from `answers` (an id it was not given is NOT_FOUND,
 * as Crossref says it), or fails the whole call with `down` while that is set. Each call's ids are kept.
 */
export function recordedLookupApi(answers: Answers): { api: Pick<AxisRefApi, 'lookupIdentifiers'>; calls: string[][]; down: { error?: { code: 'OFFLINE' | 'UNAVAILABLE' | 'TIMEOUT'; message: string } } } {
  const calls: string[][] = []
  const down: { error?: { code: 'OFFLINE' | 'UNAVAILABLE' | 'TIMEOUT'; message: string } } = {}
  const api: Pick<AxisRefApi, 'lookupIdentifiers'> = {
    lookupIdentifiers: async ({ ids }) => {
      calls.push(ids)
      if (down.error) return fail(down.error.code, down.error.message)
      const outcomes = ids.map((id): LookupOutcome => {
        const answer = answers[id]
        if (answer && 'item' in answer) return { id, ok: true, record: answer }
        return { id, ok: false, error: answer ?? { code: 'NOT_FOUND', message: `Crossref: the registry does not know ${id} ("Resource not found.").` } }
      })
      return { ok: true, value: { outcomes } }
    },
  }
  return { api, calls, down }
}

/** An injected clock and timer: time moves only when the test says, and due timers run then. */
export function fakeTime(start = 1_000_000) {
  let now = start
  let timers: { at: number; run: () => void }[] = []
  return {
    clock: () => now,
    schedule: (run: () => void, delayMs: number) => {
      const timer = { at: now + delayMs, run }
      timers.push(timer)
      return () => {
        timers = timers.filter((other) => other !== timer)
      }
    },
    /** The next timer's delay from now, if any is set. */
    nextDelay: () => (timers.length === 0 ? undefined : Math.min(...timers.map((timer) => timer.at)) - now),
    advance: (ms: number) => {
      now += ms
      const due = timers.filter((timer) => timer.at <= now)
      timers = timers.filter((timer) => timer.at > now)
      for (const timer of due) timer.run()
    },
  }
}
