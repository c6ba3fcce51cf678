import { parentPort } from 'node:worker_threads'
import { loadPdfjs } from './pdfjsDocument'
import { runPdfRequest, type PdfWorkerReady, type PdfWorkerRequest } from './protocol'

// The worker entry: a standalone file so that the Electron build can emit it as its own
// bundle (see workerEntry.ts). It says "ready" once pdfjs is loaded, so loading never eats
// into a file's time limit; then it takes one request at a time (the pool never sends a
// second before the first is answered, and kills the thread if the answer is late).
const port = parentPort
if (!port) throw new Error('pdf/worker.ts must run in a worker thread')

port.on('message', (request: PdfWorkerRequest) => {
  void runPdfRequest(request).then((response) => port.postMessage(response))
})
await loadPdfjs()
port.postMessage({ kind: 'ready' } satisfies PdfWorkerReady)
