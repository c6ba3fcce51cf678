import { serveWorker } from '../../workers/serveWorker'
import { suggesterService } from './suggesterService'

// Suggestions for a batch of papers, off the UI thread: a library-wide refresh after an
// ontology change must not freeze the window.
serveWorker(suggesterService)
