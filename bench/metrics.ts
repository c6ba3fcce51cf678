/** One benchmark figure, with the reference measured in the same run where there is one. */
export interface Metric {
  value: number
  unit: string
  /** The reference (a baseline tool or naive approach) measured in the same run. */
  baseline?: number
  /** The target for this figure. */
  target?: number
}

export type Metrics = Record<string, Metric>

export interface BenchSuite {
  name: string
  /** One line for the runner's list. */
  summary: string
  run(): Promise<Metrics>
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
