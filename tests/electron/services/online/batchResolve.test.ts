import { describe, expect, it } from 'vitest'
import { resolveInBatches, type BatchSource } from '../../../../electron/main/services/online/batchResolve'
import { parsed, parseFailure } from '../../../../shared/lookup/failure'

/**
 * A registry in memory: it knows the ids in `known`, refuses any request naming one of
 * `poison` (as NCBI refuses a malformed id with HTTP 400), and leaves out the others.
 */
function registry(known: Set<string>, poison: Set<string> = new Set()): BatchSource<string> & { asked: string[][] } {
  const asked: string[][] = []
  return {
    asked,
    async ask(ids) {
      asked.push([...ids])
      if (ids.some((id) => poison.has(id))) return parseFailure('INVALID_INPUT', `the registry refused the request (${ids.length} ids)`)
      return parsed(new Map(ids.filter((id) => known.has(id)).map((id) => [id, parsed(`record ${id}`)])))
    },
    absent: (id) => ({ code: 'NOT_FOUND', message: `no record ${id}` }),
  }
}

const ids = (count: number, from = 1) => Array.from({ length: count }, (_, index) => String(from + index))

describe('resolveInBatches: ids asked 200 a request, a bad one failing alone', () => {
  it('asks 450 known ids in three requests of 200, 200 and 50', async () => {
    const source = registry(new Set(ids(450)))
    const results = await resolveInBatches(source, ids(450), 200)
    expect(source.asked.map((batch) => batch.length)).toEqual([200, 200, 50])
    expect([...results.values()].every((result) => result.ok)).toBe(true)
  })

  it('a refused batch is halved until the one id at fault fails alone, with the registry\'s reason', async () => {
    const source = registry(new Set(ids(200)), new Set(['137']))
    const results = await resolveInBatches(source, ids(200), 200)
    expect(results.get('137')).toEqual(parseFailure('INVALID_INPUT', 'the registry refused the request (1 ids)'))
    expect([...results.entries()].filter(([, result]) => !result.ok).map(([id]) => id)).toEqual(['137'])
    // one request, then two halves a level down to the single id: 1 + 2 × 8
    expect(source.asked).toHaveLength(17)
  })

  it('ids an answer leaves out are asked again on their own, then called absent', async () => {
    const known = new Set(ids(200).filter((id) => id !== '5' && id !== '150'))
    const source = registry(known)
    const results = await resolveInBatches(source, ids(200), 200)
    expect(results.get('5')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'no record 5' } })
    expect(results.get('150')?.ok).toBe(false)
    expect(results.get('6')).toEqual(parsed('record 6'))
    expect(source.asked.map((batch) => batch.join(','))).toEqual([ids(200).join(','), '5,150', '5', '150'])
  })
})
