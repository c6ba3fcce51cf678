import { getFormatter } from '../../../renderer/src/features/export/formatter'
import type { FormatBenchApi } from './formatContract'

// The app's own formatter: its shared worker, started on the first request as in the app,
// so a first call pays what a user's first reference list pays (worker, citeproc, style).
const api: FormatBenchApi = {
  async format(records, style, format) {
    const started = performance.now()
    const result = await getFormatter().formatReferences(records, style, format)
    const ms = performance.now() - started
    return result.ok ? { ms, ok: true, text: result.text } : { ms, ok: false, message: result.message }
  },
}

Object.assign(globalThis, { axisrefFormatBench: api })
