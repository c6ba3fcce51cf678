import { z } from 'zod'

// zod compiles object parsers with `new Function` when it can, probing once with a call the
// CSP refuses (and reports as a violation). The app never allows eval: say so up front.
z.config({ jitless: true })
