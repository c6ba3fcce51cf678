import { threadId } from 'node:worker_threads'
import { parseSnapshot, type Snapshot } from '../../../../shared/backup/snapshot'

/**
 * The heavy part of a snapshot, done away from main's thread (snapshotWorker.ts): decoding,
 * parsing and validating tens of megabytes of JSON, and writing it out again. Pure functions
 * of bytes, so that main reads and writes the files itself (through its own FileSystem).
 */

/** A job for the snapshot thread; `name` is the file (or source) the bytes are, for messages. */
export type SnapshotJob = { id: number; kind: 'prepare' | 'parse'; bytes: Uint8Array; name: string }

/** What a job answers; `threadId` is the thread that did the work. */
export type SnapshotJobResult = { id: number; threadId: number } & (PreparedSnapshot | ParsedSnapshot | { ok: false; message: string })

export type PreparedSnapshot = { ok: true; kind: 'prepare'; bytes: Uint8Array }
export type ParsedSnapshot = { ok: true; kind: 'parse'; snapshot: Snapshot }

/**
 * The renderer's snapshot bytes, validated and serialised as they are stored. Errors (in
 * words, nothing written): not UTF-8, not JSON, or not a snapshot.
 */
export function prepareSnapshotBytes(bytes: Uint8Array): PreparedSnapshot | { ok: false; message: string } {
  const read = readSnapshot(bytes)
  if (!read.ok) return { ok: false, message: `The library snapshot ${read.notJson ? `is not JSON (${read.notJson})` : read.reason}; nothing was written.` }
  return { ok: true, kind: 'prepare', bytes: new TextEncoder().encode(JSON.stringify(read.snapshot)) }
}

/** A stored snapshot file's bytes read back; a damaged one is named with what is wrong with it. */
export function parseSnapshotBytes(bytes: Uint8Array, name: string): ParsedSnapshot | { ok: false; message: string } {
  const read = readSnapshot(bytes)
  if (read.ok) return { ok: true, kind: 'parse', snapshot: read.snapshot }
  return { ok: false, message: `${name} ${read.notJson ? `is not valid JSON (${read.notJson})` : read.reason}.` }
}

/** Runs one job where this code runs (the worker; in-thread where no worker is given). */
export function runSnapshotJob(job: SnapshotJob): SnapshotJobResult {
  const result = job.kind === 'prepare' ? prepareSnapshotBytes(job.bytes) : parseSnapshotBytes(job.bytes, job.name)
  return { id: job.id, threadId, ...result }
}

export function isSnapshotJob(value: unknown): value is SnapshotJob {
  if (typeof value !== 'object' || value === null) return false
  return 'id' in value && typeof value.id === 'number' && 'kind' in value && (value.kind === 'prepare' || value.kind === 'parse') && 'bytes' in value && value.bytes instanceof Uint8Array && 'name' in value && typeof value.name === 'string'
}

/** `notJson`: why the bytes are not JSON at all; else `reason`, what is wrong with the value. */
function readSnapshot(bytes: Uint8Array): { ok: true; snapshot: Snapshot } | { ok: false; notJson?: string; reason: string } {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    // a TypeError from the decoder: bytes that are not UTF-8 are not JSON either
    return { ok: false, notJson: error instanceof Error ? error.message : String(error), reason: '' }
  }
  const parsed = parseSnapshot(value)
  return parsed.ok ? parsed : { ok: false, reason: `is not a snapshot AxisRef can read (${parsed.message})` }
}
