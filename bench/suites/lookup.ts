import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startEfetchServer } from '../lookup/efetchServer'
import { lookUpPmids, type LookupRun } from '../lookup/lookupRun'
import { measureAppLookup, type AppLookupPass } from '../lookup/appLookup'
import { launchChromium } from '../../tests/support/chromium'
import { median, round, type BenchSuite, type Metrics } from '../metrics'

const PMIDS = 500
const RUNS = 5
const online = join(resolve(process.env.AXISREF_CORPUS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')), 'online')

/**
 * 500 PMIDs looked up through the lookup service against a local efetch server built from the
 * recorded PubMed records (bench/lookup/efetchServer.ts): how many efetch requests they take,
 * and AxisRef's own time per record (parse the XML, build the lookup record), without the
 * time spent waiting on the server.
 *
 * Then the same 500 PMIDs pasted into "Add by identifier" in the built app in Chromium: the
 * renderer's merge and IndexedDB write of the records, measured in the page
 * (`lookup.merge_write_ms_per_record`), and everything the user waits for, from Add to the
 * list counting 500 (`lookup.app_ms_per_record`: NCBI's rate limit, the search index and the
 * axis suggestions of the new papers included). `lookup.own_ms_per_record` + the merge and
 * write is AxisRef's own time per record, the target of 5 ms
 * (`lookup.parse_merge_write_ms_per_record`).
 */
export const lookupSuite: BenchSuite = {
  name: 'lookup',
  summary: '500 PMIDs through a local efetch server: requests, and own time per record',
  async run(): Promise<Metrics> {
    if (!existsSync(join(online, 'eutils'))) {
      console.error(`[bench] lookup: recorded responses not found at ${online} (set AXISREF_CORPUS); suite skipped.`)
      return {}
    }
    const pmids = Array.from({ length: PMIDS }, (_, index) => String(30_000_001 + index))
    const server = await startEfetchServer(online)
    const runs: LookupRun[] = []
    try {
      for (let run = 0; run < RUNS; run++) runs.push(await lookUpPmids(server.eutils, pmids))
    } finally {
      await server.close()
    }
    const app = await appFigures(online, pmids)
    const own = round(median(runs.map((run) => run.ownMs / PMIDS)), 3)
    const mergeWrite = app['lookup.merge_write_ms_per_record']?.value
    const failures = runs.flatMap((run) => run.failures)
    if (failures.length > 0) console.error(`[bench] lookup: ${failures.length} lookups failed, first: ${failures[0]}`)
    return {
      'lookup.efetch_requests': { value: server.requests / RUNS, unit: 'requests', target: 3 },
      'lookup.own_ms_per_record': { value: own, unit: 'ms' },
      'lookup.cpu_ms_per_record': { value: round(median(runs.map((run) => run.cpuMs / PMIDS)), 3), unit: 'ms' },
      'lookup.total_ms_500': { value: round(median(runs.map((run) => run.totalMs)), 1), unit: 'ms' },
      ...app,
      ...(mergeWrite === undefined ? {} : { 'lookup.parse_merge_write_ms_per_record': { value: round(own + mergeWrite, 3), unit: 'ms', target: 5 } }),
    }
  },
}

const APP_RUNS = 3

/** The 500 PMIDs added through the app's own box, three times, each into an empty library. */
async function appFigures(online: string, pmids: readonly string[]): Promise<Metrics> {
  const server = await startEfetchServer(online)
  const browser = await launchChromium()
  try {
    const passes: AppLookupPass[] = []
    for (let run = 0; run < APP_RUNS; run++) passes.push(await measureAppLookup(browser, server.eutils, pmids))
    return {
      // the renderer's merge and write per record, measured in the page (the queue's handler)
      'lookup.merge_write_ms_per_record': { value: round(median(passes.map((pass) => pass.applyMs)) / pmids.length, 3), unit: 'ms' },
      'lookup.app_ms_per_record': { value: round(median(passes.map((pass) => pass.totalMs)) / pmids.length, 3), unit: 'ms' },
      'lookup.app_efetch_requests': { value: server.requests / APP_RUNS, unit: 'requests', target: 3 },
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
