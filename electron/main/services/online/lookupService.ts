import { parseIdentifier, type Identifier, type IdentifierParse } from '../../../../shared/identifiers'
import { AppError } from '../../../../shared/ipc/result'
import { parseCrossrefWorkList, titlesMatch, type BibliographicCandidate, type LookupOutcome, type LookupRecord } from '../../../../shared/lookup'
import type { SettingsStore } from '../settingsStore'
import type { LookupContext } from './batchResolve'
import { addPubmedData, lookupDoi, type Warn } from './doiLookup'
import { registryRecord } from './lookupRecords'
import { createOnlineClient, type OnlineClient, type OnlineClientOptions, type OnlineDeps } from './httpClient'
import { answerPmcidsByDoi, answerPubmedIds, type Answers } from './pubmedIds'
import { createOnlineSettingsService, type OnlineConfiguration } from './onlineSettings'
import { crossrefSearchRequest } from './requests'

export interface LookupServiceDeps {
  /** The network, the clock and sleep (tests: the replay server and a fake clock). */
  online: OnlineDeps
  settings: SettingsStore
  /** Where the AXISREF_*_URL variables are read. */
  env: Readonly<Record<string, string | undefined>>
  /** AxisRef's version, for the User-Agent. */
  version: string
  /** Time limits and retries, when a host or test wants other than the client's defaults. */
  clientOptions?: Pick<OnlineClientOptions, 'timeoutMs' | 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>
  /** Where a tolerated failure is told (default: the console's warnings). */
  warn?: Warn
}

export interface BibliographicQuery {
  title: string
  /** The first author; the only other words that leave the machine. */
  author?: string
  /** Kept on the machine: the caller compares it with each candidate's year. */
  year?: number
}

export interface LookupService {
  /**
   * One outcome per id, in order, `id` as given. A text that is not an identifier fails alone
   * (INVALID_INPUT), as does one no registry knows (NOT_FOUND); duplicates share one fetch.
   * Throws AppError for the whole call: OFFLINE when lookups are off (nothing is sent),
   * UNAVAILABLE or TIMEOUT when a registry cannot be reached. A cancelled signal rejects with its reason.
   */
  lookupIdentifiers(ids: readonly string[], signal?: AbortSignal): Promise<LookupOutcome[]>
  /** Crossref's best matches for a reference with no identifier, best first. Throws as lookupIdentifiers. */
  searchBibliographic(query: BibliographicQuery, signal?: AbortSignal): Promise<BibliographicCandidate[]>
}

/** How many candidates a bibliographic search asks for: the match is nearly always among the first. */
const SEARCH_ROWS = 5

export function createLookupService(deps: LookupServiceDeps): LookupService {
  const onlineSettings = createOnlineSettingsService({ settings: deps.settings, env: deps.env })
  const warn = deps.warn ?? ((message: string) => console.warn(`[lookups] ${message}`))
  let cached: { key: string; client: OnlineClient } | undefined
  // One client per mailto and key, so the rate limits hold across calls.
  const clientFor = (configuration: OnlineConfiguration): OnlineClient => {
    const key = `${configuration.mailto ?? ''}\n${configuration.ncbiApiKey ?? ''}`
    if (cached?.key !== key) cached = { key, client: createOnlineClient(deps.online, { version: deps.version, mailto: configuration.mailto, ncbiApiKey: configuration.ncbiApiKey, ...deps.clientOptions }) }
    return cached.client
  }
  const contextFor = async (signal: AbortSignal | undefined): Promise<LookupContext> => {
    const configuration = await onlineSettings.configuration()
    if (!configuration.enabled) throw offline()
    const identity = { tool: 'AxisRef', ...(configuration.mailto ? { email: configuration.mailto } : {}), ...(configuration.ncbiApiKey ? { apiKey: configuration.ncbiApiKey } : {}) }
    return { client: clientFor(configuration), urls: configuration.baseUrls, identity, mailto: configuration.mailto, signal }
  }
  return {
    async lookupIdentifiers(ids, signal) {
      const context = await contextFor(signal)
      const parses = ids.map(parseIdentifier)
      const answers = await answerIdentifiers(context, parses, warn)
      return ids.map((id, index) => outcomeOf(id, parses[index], answers))
    },
    async searchBibliographic(query, signal) {
      const context = await contextFor(signal)
      return searchCrossref(context, query)
    },
  }
}

function offline(): AppError {
  return new AppError('OFFLINE', 'Online lookups are turned off in Settings, so nothing was sent. Turn "Online lookups" on to look papers up; queued lookups wait until then.')
}

export function identifierKey(identifier: Identifier): string {
  return `${identifier.kind}:${identifier.value}`
}

async function answerIdentifiers(context: LookupContext, parses: readonly IdentifierParse[], warn: Warn): Promise<Answers> {
  const wanted = new Map<string, Identifier>()
  for (const parse of parses) if (parse.ok) wanted.set(identifierKey(parse.identifier), parse.identifier)
  const identifiers = [...wanted.values()]
  const valuesOf = (kind: Identifier['kind']) => identifiers.filter((identifier) => identifier.kind === kind).map((identifier) => identifier.value)
  const pubmed = await answerPubmedIds(context, valuesOf('pmid'), valuesOf('pmcid'))
  const dois = new Map<string, LookupRecord>()
  for (const doi of new Set([...valuesOf('doi'), ...pubmed.pmcidsByDoi.keys()])) {
    const record = await lookupDoi(context, doi)
    if (record.ok) dois.set(doi, record.value)
    else pubmed.answers.set(`doi:${doi}`, record)
  }
  for (const [doi, record] of await addPubmedData(context, dois, pubmed.articles, warn)) pubmed.answers.set(`doi:${doi}`, { ok: true, value: record })
  answerPmcidsByDoi(pubmed.answers, pubmed.pmcidsByDoi)
  return pubmed.answers
}

function outcomeOf(id: string, parse: IdentifierParse | undefined, answers: Answers): LookupOutcome {
  if (!parse?.ok) return { id, ok: false, error: { code: 'INVALID_INPUT', message: parse?.reason ?? 'This is not a DOI, a PMID or a PMCID.' } }
  const answer = answers.get(identifierKey(parse.identifier))
  if (!answer) return { id, ok: false, error: { code: 'INTERNAL', message: `No registry was asked about ${id}; please report this.` } }
  return answer.ok ? { id, ok: true, record: answer.value } : { id, ok: false, error: answer.error }
}

async function searchCrossref(context: LookupContext, query: BibliographicQuery): Promise<BibliographicCandidate[]> {
  const reference = [query.title, query.author].map((part) => part?.trim()).filter(Boolean).join(' ')
  const response = await context.client.send(crossrefSearchRequest(context.urls, reference, SEARCH_ROWS, context.mailto), context.signal)
  const hits = parseCrossrefWorkList(response.body)
  if (!hits.ok) throw new AppError('UNAVAILABLE', hits.error.message)
  return hits.value.map((hit) => ({ record: registryRecord(hit, 'crossref'), score: hit.score, titleMatch: titlesMatch(query.title, hit.item.title) }))
}
