import packageJson from '../../../package.json' with { type: 'json' }
import { parseIdentifier } from '../../../shared/identifiers'
import { AppError } from '../../../shared/ipc/result'
import type { LookupOutcome } from '../../../shared/lookup'
import { createMainServices } from '../../main/services'
import { createQueuedDialogPort } from '../../main/services/queuedDialogPort'
import { defaultUserDataDir } from '../../main/services/userDataDir'
import { UsageError, type CliCommand } from '../command'

/** Failures of the whole call that each identifier's line reports: the CLI has no queue to wait in. */
const REPORTED_PER_ID = new Set(['OFFLINE', 'UNAVAILABLE', 'TIMEOUT'])

/**
 * `lookup <id>…`: one JSON line per identifier, in the order given, from the same lookup
 * service as the app (its settings from AXISREF_DATA_DIR, the registries' addresses from the
 * AXISREF_*_URL variables). Exit 0 when every identifier got a line, failures included; 2 without ids.
 */
export const lookupCommand: CliCommand = {
  name: 'lookup',
  summary: 'Look papers up by DOI, PMID or PMCID in Crossref, doi.org and PubMed (one JSON line per identifier).',
  usage: '<doi|pmid|pmcid>…',
  async run(args, io) {
    const ids = args.filter((arg) => arg !== '--')
    const option = ids.find((arg) => arg.startsWith('--'))
    if (option) throw new UsageError(`unknown option ${option}.`)
    if (ids.length === 0) throw new UsageError('lookup needs at least one DOI, PMID or PMCID.')
    const services = createMainServices({ host: 'cli', userDataDir: defaultUserDataDir(io.env), appVersion: packageJson.version, dialog: createQueuedDialogPort(), env: io.env })
    try {
      for (const outcome of await outcomesOf(() => services.lookup.lookupIdentifiers(ids), ids)) io.stdout(`${JSON.stringify(lookupLine(outcome))}\n`)
    } finally {
      await services.close()
    }
    return 0
  },
}

async function outcomesOf(lookup: () => Promise<LookupOutcome[]>, ids: readonly string[]): Promise<LookupOutcome[]> {
  try {
    return await lookup()
  } catch (error) {
    if (!(error instanceof AppError) || !REPORTED_PER_ID.has(error.code)) throw error
    // a text that is no identifier says so, whether or not the registries could be reached
    return ids.map((id) => {
      const parsed = parseIdentifier(id)
      return parsed.ok ? { id, ok: false, error: { code: error.code, message: error.message } } : { id, ok: false, error: { code: 'INVALID_INPUT', message: parsed.reason } }
    })
  }
}

/** The line the README documents: the item, MeSH, publication types, study type, retraction, and where each field came from. */
export function lookupLine(outcome: LookupOutcome): Record<string, unknown> {
  if (!outcome.ok) return { id: outcome.id, ok: false, error: outcome.error }
  const { item, extension, studyType, retraction, fields } = outcome.record
  return {
    id: outcome.id,
    ok: true,
    item,
    mesh: (extension.mesh ?? []).map((heading) => ({ descriptor: heading.descriptor, major: heading.major, qualifiers: heading.qualifiers ?? [] })),
    publicationTypes: extension.publicationTypes ?? [],
    studyType,
    retraction: retraction ? { status: retraction.status, notice: retraction.notice ?? null } : null,
    fields,
  }
}
