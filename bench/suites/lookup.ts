import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startEfetchServer } from '../lookup/efetchServer'
import { lookUpPmids, type LookupRun } from '../lookup/lookupRun'
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
 * Hook for the merge and write into the library (the renderer's part, measured apart): each
 * run's `records` are the 500 LookupRecords a real lookup answers; time their merge into
 * papers and the IndexedDB write over them and report it as `lookup.merge_write_ms_per_record`
 * beside these figures (the 5 ms covers parse, merge and write together).
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
    const failures = runs.flatMap((run) => run.failures)
    if (failures.length > 0) console.error(`[bench] lookup: ${failures.length} lookups failed, first: ${failures[0]}`)
    return {
      'lookup.efetch_requests': { value: server.requests / RUNS, unit: 'requests', target: 3 },
      'lookup.own_ms_per_record': { value: round(median(runs.map((run) => run.ownMs / PMIDS)), 3), unit: 'ms', target: 5 },
      'lookup.cpu_ms_per_record': { value: round(median(runs.map((run) => run.cpuMs / PMIDS)), 3), unit: 'ms' },
      'lookup.total_ms_500': { value: round(median(runs.map((run) => run.totalMs)), 1), unit: 'ms' },
    }
  },
}
