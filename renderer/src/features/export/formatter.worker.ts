import { serveWorker } from '../../workers/serveWorker'
import { formatterService } from './formatterService'

// citeproc takes seconds for a few thousand APA entries: it runs here, never on the UI thread.
serveWorker(formatterService)
