import { workerOrInThread } from '../../workers/inThread'
import type { WorkerPort } from '../../workers/protocol'
import { createWorkerClient, type WorkerClient } from '../../workers/workerClient'
import type { ReadBibliography, ReaderProtocol } from './readerProtocol'

let shared: WorkerClient<ReaderProtocol> | undefined

function readerClient(start: () => WorkerPort): WorkerClient<ReaderProtocol> {
  return createWorkerClient<ReaderProtocol>({
    start,
    crashMessage: (reason) => `The bibliography reader stopped (${reason}); nothing was imported. A file this large may need more memory: split it and import the parts.`,
    closedMessage: 'The bibliography reader was closed before it answered.',
  })
}

/**
 * Reads a bibliography (a dropped file's bytes, decoded there, or pasted text) into records
 * with their axis suggestions, in a worker, so the window keeps painting while a large file
 * is parsed; in-thread where there are no workers (unit tests). Never rejects: a reader that stops comes back as the file's one error.
 */
export async function readBibliography(source: Blob | string, start?: () => WorkerPort): Promise<ReadBibliography> {
  const client = start ? readerClient(start) : (shared ??= readerClient(defaultReader()))
  try {
    return await client.call('read', { source })
  } catch (error) {
    return { format: 'unknown', entries: [], errors: [{ line: 1, message: error instanceof Error ? error.message : String(error) }] }
  } finally {
    if (start) client.dispose()
  }
}

function defaultReader(): () => WorkerPort {
  return workerOrInThread(
    () => new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module', name: 'axisref-bibliography-reader' }),
    () => import('./readerService').then((module) => module.readerService),
  )
}
