import { serveWorker } from '../../workers/serveWorker'
import { duplicatesService } from './duplicatesService'

// Comparing 100,000 papers' titles takes seconds: it runs here, never on the UI thread.
serveWorker(duplicatesService)
