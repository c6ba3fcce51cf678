export { ArchiveSetting } from './ArchiveSetting'
export { RestoreOffer } from './RestoreOffer'
export { buildLibrarySnapshot, restoreLibrarySnapshot } from './snapshot'
export { useSnapshots } from './useSnapshots'
