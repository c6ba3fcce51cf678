import type { BenchSuite } from '../metrics'
import { axisSuite } from './axis'
import { bibtexSuite } from './bibtex'
import { cslSuite } from './csl'
import { duplicatesSuite } from './duplicates'
import { facetsSuite } from './facets'
import { formatsSuite } from './formats'
import { importSuite } from './import'
import { librarySuite } from './library'
import { library100kSuite } from './library100k'
import { lookupSuite } from './lookup'
import { searchIndexSuite } from './searchIndex'
import { startupSuite } from './startup'
import { syncSuite } from './sync'

/** Every suite `npm run bench` knows, in the order they run. */
export const SUITES: readonly BenchSuite[] = [startupSuite, axisSuite, bibtexSuite, cslSuite, formatsSuite, importSuite, librarySuite, library100kSuite, searchIndexSuite, lookupSuite, syncSuite, facetsSuite, duplicatesSuite]
