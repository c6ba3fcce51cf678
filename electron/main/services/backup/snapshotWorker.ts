import { parentPort } from 'node:worker_threads'
import { isSnapshotJob, runSnapshotJob } from './snapshotJobs'

// The snapshot thread's entry: a standalone file so that the Electron build emits it as its own
// bundle (electron.vite.config.ts, snapshotWorker). One job at a time, answered in order; the
// written bytes go back by transfer, not copied.
const port = parentPort
if (!port) throw new Error('snapshotWorker.ts runs as a worker thread of main, not on its own')
port.on('message', (job: unknown) => {
  // thrown, not ignored: the thread ends and main rejects what waits on it, with this reason
  if (!isSnapshotJob(job)) throw new Error('the snapshot thread was sent a message that is not a job')
  const result = runSnapshotJob(job)
  const buffer = result.ok && result.kind === 'prepare' ? result.bytes.buffer : undefined
  port.postMessage(result, buffer instanceof ArrayBuffer ? [buffer] : [])
})
