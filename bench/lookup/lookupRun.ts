import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLookupService, nodeOnlineDeps, type OnlineDeps } from '../../electron/main/services/online'
import { realFileSystem } from '../../electron/main/services/fileSystem'
import { createSettingsStore } from '../../electron/main/services/settingsStore'
import type { LookupRecord } from '../../shared/lookup'

/** One lookup of many PMIDs, with AxisRef's own time apart from the time spent waiting on the server. */
export interface LookupRun {
  records: LookupRecord[]
  failures: string[]
  /** Wall time of the whole call, minus time inside fetch (body included) and in rate-limit or retry pauses. */
  ownMs: number
  totalMs: number
  /**
   * CPU time of the whole process during the call: the in-process efetch server and the HTTP
   * stack included, so an upper bound of AxisRef's own CPU, steadier than wall time when
   * other work shares the cores.
   */
  cpuMs: number
}

/**
 * Looks `pmids` up through a fresh lookup service whose E-utilities address is `eutils`. The
 * injected fetch reads each answer's whole body before handing it on, so what the service
 * does afterwards (parsing the XML, building the records) is its own time.
 */
export async function lookUpPmids(eutils: string, pmids: readonly string[]): Promise<LookupRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'axisref-bench-lookup-'))
  const waited = { ms: 0 }
  const online = timedOnline(nodeOnlineDeps(), waited)
  const settings = createSettingsStore({ fs: realFileSystem, file: join(dataDir, 'settings.json'), clock: Date.now })
  const service = createLookupService({ online, settings, env: { AXISREF_EUTILS_URL: eutils }, version: 'bench', warn: (message) => console.error(`[bench] lookup: ${message}`) })
  try {
    const started = performance.now()
    const cpu = process.cpuUsage()
    const outcomes = await service.lookupIdentifiers(pmids)
    const totalMs = performance.now() - started
    const cpuUsed = process.cpuUsage(cpu)
    const records = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.record] : []))
    const failures = outcomes.flatMap((outcome) => (outcome.ok ? [] : [`${outcome.id}: ${outcome.error.message}`]))
    return { records, failures, ownMs: totalMs - waited.ms, totalMs, cpuMs: (cpuUsed.user + cpuUsed.system) / 1000 }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

function timedOnline(real: OnlineDeps, waited: { ms: number }): OnlineDeps {
  return {
    ...real,
    async fetch(url, init) {
      const started = performance.now()
      try {
        const response = await real.fetch(url, init)
        const body = await response.arrayBuffer()
        return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
      } finally {
        waited.ms += performance.now() - started
      }
    },
    async sleep(ms, signal) {
      const started = performance.now()
      try {
        await real.sleep(ms, signal)
      } finally {
        waited.ms += performance.now() - started
      }
    },
  }
}
