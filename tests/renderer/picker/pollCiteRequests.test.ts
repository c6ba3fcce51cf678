import { describe, expect, it } from 'vitest'
import type { CiteRequest } from '../../../shared/cite/request'
import { fail, ok, type Result } from '../../../shared/ipc/result'
import { MIN_POLL_INTERVAL_MS, pollCiteRequests, retryDelay, type PollClock } from '../../../renderer/src/features/picker'

type Answer = Result<CiteRequest | null> | Error

/**
 * A host that gives these answers in turn (each taking `heldMs` of the fake clock), and a clock
 * whose sleeps are recorded, not waited: the loop stops when the answers run out.
 */
function scripted(answers: Answer[], heldMs = 0) {
  let time = 0
  const sleeps: number[] = []
  const failures: [string, number][] = []
  const shown: string[] = []
  let recovered = 0
  let polls = 0
  const controller = new AbortController()
  const clock: PollClock = {
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms)
      time += ms
    },
  }
  const run = pollCiteRequests({
    wait: async () => {
      polls += 1
      const next = answers.shift()
      if (answers.length === 0) controller.abort()
      time += heldMs
      if (next instanceof Error) throw next
      return next ?? ok(null)
    },
    show: async (request) => void shown.push(request.id),
    onFailure: (message, retryInMs) => void failures.push([message, retryInMs]),
    onRecovered: () => void (recovered += 1),
    clock,
    signal: controller.signal,
  })
  return { run, sleeps, failures, shown, polls: () => polls, recovered: () => recovered }
}

const REQUEST: CiteRequest = { id: 'r1', source: 'editor', format: 'pandoc', options: {} }

describe('polling the host for citation picker requests', () => {
  it('waits a second before asking again when the host answers "none" at once (no tight loop)', async () => {
    const host = scripted([ok(null), ok(null), ok(null), ok(null)])
    await host.run
    expect(host.polls()).toBe(4)
    expect(host.sleeps).toEqual([MIN_POLL_INTERVAL_MS, MIN_POLL_INTERVAL_MS, MIN_POLL_INTERVAL_MS])
  })

  it('asks again at once after a poll the host held open', async () => {
    const host = scripted([ok(null), ok(null), ok(null)], 25_000)
    await host.run
    expect(host.sleeps).toEqual([])
  })

  it('shows a request and asks again only after it was answered', async () => {
    const host = scripted([ok(REQUEST), ok(null)])
    await host.run
    expect(host.shown).toEqual(['r1'])
    expect(host.polls()).toBe(2)
  })

  it('reports each failed poll, thrown or answered, and retries 1 s, 2 s, 4 s later; says when it works again', async () => {
    const host = scripted([fail('UNAVAILABLE', 'AxisRef lost contact with its host process.'), new Error('fetch failed'), fail('INTERNAL', 'boom'), ok(null), ok(null)])
    await host.run
    expect(host.failures).toEqual([
      ['AxisRef lost contact with its host process.', 1000],
      ['fetch failed', 2000],
      ['boom', 4000],
    ])
    expect(host.recovered()).toBe(1)
    expect(host.sleeps).toEqual([1000, 2000, 4000, MIN_POLL_INTERVAL_MS])
  })

  it('backs off to at most 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000])
  })
})
