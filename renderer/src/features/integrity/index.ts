export { IntegrityBanner } from './IntegrityBanner'
export { IntegritySetting } from './IntegritySetting'
export { checkLibraryIntegrity, describeProblem, repairLabel, repairsFor, type LibraryProblem, type RepairAction } from './problems'
export { attachOrphansToKey, repairProblem } from './repair'
