import type { BenchSuite } from '../metrics'
import { startupSuite } from './startup'

/** Every suite `npm run bench` knows, in the order they run. */
export const SUITES: readonly BenchSuite[] = [startupSuite]
