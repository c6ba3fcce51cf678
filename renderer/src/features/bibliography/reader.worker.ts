import { serveWorker } from '../../workers/serveWorker'
import { readerService } from './readerService'

// A file of 100,000 records takes a minute to read on a busy machine: here, not on the UI thread.
serveWorker(readerService)
