import { loadPdfjs } from './pdfjsDocument'
import { isPdfWorkerRequest, runPdfRequest, type PdfWorkerReady } from './protocol'
import { channelToMain } from './readerProcess'

// The reader process's entry: a standalone file so that the Electron build can emit it as its
// own bundle (see workerEntry.ts). It says "ready" once pdfjs is loaded, so loading never eats
// into a file's time limit; then it takes one request at a time (the pool never sends a
// second before the first is answered, and kills the process if the answer is late).
const main = channelToMain()
main.onMessage((request) => {
  // thrown, not ignored: the reader ends and the pool reports the file as failed, with this reason
  if (!isPdfWorkerRequest(request)) throw new Error('the PDF reader was sent a message that is not a request')
  void runPdfRequest(request).then((response) => main.send(response))
})
// started by Node's fork: when main goes away there is nobody left to answer
process.on('disconnect', () => process.exit(0))
await loadPdfjs()
main.send({ kind: 'ready' } satisfies PdfWorkerReady)
