/**
 * Backups that never lose a paper: snapshots of the records beside the PDFs, and one-file
 * archives of the whole library that restore only when every byte checks out.
 */
export { exportArchive, type ArchiveSummary, type ExportArchiveOptions } from './archive'
export { MAX_JSON_BYTES, removeAbandonedRestores, restoreArchive, type RestoreOptions, type RestoreResult } from './restore'
export { latestSnapshot, listSnapshots, pruneSnapshots, SNAPSHOT_DIR, snapshotFileName, writeSnapshot, writeSnapshotBytes, type SnapshotFile, type SnapshotOptions } from './snapshots'
export { createSnapshotScheduler, type SnapshotScheduler, type SnapshotSchedulerOptions } from '../../../../shared/backup/scheduler'
