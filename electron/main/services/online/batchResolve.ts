import { AppError, type IpcError } from '../../../../shared/ipc/result'
import { parsed, parseFailure, type ParseResult } from '../../../../shared/lookup/failure'
import type { OnlineClient, OnlineResponse } from './httpClient'
import { batchIds, type NcbiIdentity, type OnlineRequest } from './requests'
import type { ServiceBaseUrls } from './serviceUrls'

/** What one lookup call sends with: the client, the addresses, who AxisRef says it is, the caller's cancel. */
export interface LookupContext {
  client: OnlineClient
  urls: ServiceBaseUrls
  identity: NcbiIdentity
  mailto?: string
  signal?: AbortSignal
}

/** One request's answer for a batch: each id it answered (or refused), or why it failed for all of them. */
export type BatchAnswer<T> = ParseResult<ReadonlyMap<string, ParseResult<T>>>

export interface BatchSource<T> {
  /** Asks about the ids in one request. Throws for a failure of the whole service (unreachable, timeout). */
  ask(ids: readonly string[]): Promise<BatchAnswer<T>>
  /** Why an id is not in an answer that asked for it alone. */
  absent(id: string): IpcError
}

// What the registry says about the ids asked (404, 400, an unexpected 4xx): another id may fare
// better. Unreachable, overloaded or timed out is about the service and fails the whole call.
const ABOUT_THE_IDS = new Set(['NOT_FOUND', 'INVALID_INPUT', 'INTERNAL'])

/** Sends a request; a refusal of the ids asked is an answer, a service that cannot answer throws. */
export async function askRegistry(context: LookupContext, request: OnlineRequest): Promise<ParseResult<OnlineResponse>> {
  try {
    return parsed(await context.client.send(request, context.signal))
  } catch (error) {
    if (error instanceof AppError && ABOUT_THE_IDS.has(error.code)) return parseFailure(error.code, error.message)
    throw error
  }
}

/**
 * Every id's answer, asked `size` at a time. A batch the registry refuses, or answers with
 * something unreadable, is split in two and each half asked again, so one bad id fails
 * alone; ids an answer leaves out are asked again by themselves, and an id left out when
 * it was all that was asked is absent.
 */
export async function resolveInBatches<T>(source: BatchSource<T>, ids: readonly string[], size: number): Promise<Map<string, ParseResult<T>>> {
  const results = new Map<string, ParseResult<T>>()
  for (const batch of batchIds(ids, size)) await resolveBatch(source, batch, results)
  return results
}

async function resolveBatch<T>(source: BatchSource<T>, ids: readonly string[], results: Map<string, ParseResult<T>>): Promise<void> {
  const answer = await source.ask(ids)
  if (!answer.ok) {
    if (ids.length === 1) setEach(results, ids, answer)
    else for (const half of halves(ids)) await resolveBatch(source, half, results)
    return
  }
  const missing: string[] = []
  for (const id of ids) {
    const result = answer.value.get(id)
    if (result) results.set(id, result)
    else missing.push(id)
  }
  if (missing.length === 0) return
  if (ids.length === 1) setEach(results, ids, { ok: false, error: source.absent(ids[0] ?? '') })
  else if (missing.length < ids.length) await resolveBatch(source, missing, results)
  else for (const half of halves(ids)) await resolveBatch(source, half, results)
}

function setEach<T>(results: Map<string, ParseResult<T>>, ids: readonly string[], result: ParseResult<T>): void {
  for (const id of ids) results.set(id, result)
}

function halves<T>(ids: readonly T[]): T[][] {
  const middle = Math.ceil(ids.length / 2)
  return [ids.slice(0, middle), ids.slice(middle)]
}
