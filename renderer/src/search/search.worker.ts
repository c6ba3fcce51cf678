import { serveWorker } from '../workers/serveWorker'
import { searchService } from './searchService'

// The worker is a thin wrapper: host.ts holds the logic and is tested without a Worker.
serveWorker(searchService)
