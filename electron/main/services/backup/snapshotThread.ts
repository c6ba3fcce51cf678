import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ParsedSnapshot, PreparedSnapshot, SnapshotJob, SnapshotJobResult } from './snapshotJobs'

/** The bundle name the Electron build must emit for `electron/main/services/backup/snapshotWorker.ts`. */
export const BUILT_SNAPSHOT_WORKER = 'snapshotWorker.js'

type Failure = { ok: false; message: string }

/** Snapshot JSON parsed, validated and serialised on a thread of its own, so main keeps answering. */
export interface SnapshotThread {
  /** The renderer's bytes, validated and serialised for storing (or why not, in words). */
  prepare(bytes: Uint8Array): Promise<(PreparedSnapshot | Failure) & { threadId: number }>
  /** A stored file's bytes read back (or what is wrong with the file `name`, in words). */
  parse(bytes: Uint8Array, name: string): Promise<(ParsedSnapshot | Failure) & { threadId: number }>
  /** Ends the thread; a later job starts a new one. */
  close(): Promise<void>
}

/**
 * Starts the thread on the first job and keeps it, unreferenced while idle (it never holds
 * main open). A thread that crashes or exits rejects every job waiting on it, saying so; the
 * next job starts a fresh one. `entry` overrides the worker script (tests).
 */
export function createSnapshotThread(options: { entry?: URL | string } = {}): SnapshotThread {
  let worker: Worker | null = null
  let nextId = 0
  const waiting = new Map<number, { resolve: (result: SnapshotJobResult) => void; reject: (error: Error) => void }>()

  function fail(error: Error): void {
    worker = null
    for (const job of waiting.values()) job.reject(error)
    waiting.clear()
  }

  function started(): Worker {
    if (worker) return worker
    const current = new Worker(options.entry ?? snapshotWorkerEntry())
    current.on('message', (result: SnapshotJobResult) => {
      waiting.get(result.id)?.resolve(result)
      waiting.delete(result.id)
      if (waiting.size === 0) current.unref()
    })
    current.on('error', (error) => fail(new Error(`The snapshot thread failed: ${error.message}`)))
    current.on('exit', (code) => {
      if (worker === current) fail(new Error(`The snapshot thread stopped (exit code ${code}) before it answered.`))
    })
    worker = current
    return current
  }

  function run(kind: SnapshotJob['kind'], bytes: Uint8Array, name: string): Promise<SnapshotJobResult> {
    const id = ++nextId
    const thread = started()
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject })
      thread.ref()
      // the bytes are main's own copy (read from a file or received over IPC): moved, not copied
      const { buffer } = bytes
      const whole = buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
      thread.postMessage({ id, kind, bytes, name } satisfies SnapshotJob, whole ? [buffer] : [])
    })
  }

  return {
    prepare: async (bytes) => {
      const result = await run('prepare', bytes, 'snapshot')
      if (result.ok && result.kind !== 'prepare') throw new Error('The snapshot thread answered another job.')
      return result
    },
    parse: async (bytes, name) => {
      const result = await run('parse', bytes, name)
      if (result.ok && result.kind !== 'parse') throw new Error('The snapshot thread answered another job.')
      return result
    },
    close: async () => {
      const current = worker
      worker = null
      fail(new Error('The snapshot thread was closed.'))
      await current?.terminate()
    },
  }
}

/**
 * Where the worker is. From the electron-vite build: `snapshotWorker.js` beside the main bundle
 * (or one folder up when this code sits in chunks/), in app.asar.unpacked when packaged. From source (tsx, vitest): the .ts file,
 * through a small module that registers tsx's loader in the new thread first.
 */
export function snapshotWorkerEntry(): URL | string {
  const here = fileURLToPath(import.meta.url)
  if (/\.[cm]?ts$/.test(here)) return sourceEntry(join(dirname(here), 'snapshotWorker.ts'))
  // packaged, the worker is unpacked beside the archive (electron-builder.yml, asarUnpack)
  const unpacked = here.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2')
  const candidates = [dirname(unpacked), dirname(dirname(unpacked))].map((dir) => join(dir, BUILT_SNAPSHOT_WORKER))
  return candidates.find((file) => existsSync(file)) ?? candidates[0] ?? BUILT_SNAPSHOT_WORKER
}

function sourceEntry(tsFile: string): URL {
  const api = pathToFileURL(tsxEsmApi()).href
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(pathToFileURL(tsFile).href)});`
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`)
}

/** tsx's ES module API (its `register`), found through tsx's own exports map. */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url)
  const manifestPath = require.resolve('tsx/package.json')
  const esm = ['exports', './esm/api', 'import', 'default'].reduce<unknown>((value, key) => field(value, key), require(manifestPath))
  return join(dirname(manifestPath), typeof esm === 'string' ? esm : './dist/esm/api/index.mjs')
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Object.getOwnPropertyDescriptor(value, key)?.value : undefined
}
