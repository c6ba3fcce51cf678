import { serveWorker } from '../../workers/serveWorker'
import { snapshotService } from './snapshotService'

// One snapshot per worker, off the page's thread: 50,000 records take seconds to serialise.
serveWorker(snapshotService)
