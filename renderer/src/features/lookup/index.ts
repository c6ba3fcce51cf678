/** Registry lookups in the window: the stored queue's runner, "Add by identifier" and the queue's status. */
export { AddByIdentifierDialog } from './AddByIdentifierDialog'
export { LookupStatus } from './LookupStatus'
export { addLookedUpPapers, createAddHandler, paperFromRecord } from './addPapers'
export { createLookupQueue, type LookupQueue } from './lookupQueue'
export { backoffDelay, MAX_BATCH_IDS, OFFLINE_MESSAGE } from './queueRows'
export { addLine, lookupReason, lookupStatusText, type AddLine, type LookupCounts } from './status'
export { LookupQueueProvider, useLookupQueue, useLookupsApplied, type LookupQueueHandle, type LookupQueueStatus } from './useLookupQueue'
export type { FoundLookup, LookupError, LookupHandler, LookupHandlers, LookupQueueDeps, LookupResult, Schedule } from './types'
