import { describe, expect, it } from 'vitest'
import { createOnlineClient, createRateLimiter, efetchPubmedRequest, serviceRateLimits } from '../../../../electron/main/services/online'
import { fakeTime } from './fakeTime'

async function startTimes(perSecond: number, requests: number): Promise<number[]> {
  const time = fakeTime()
  const limiter = createRateLimiter(perSecond, time.now, time.sleep)
  const starts: number[] = []
  await Promise.all(Array.from({ length: requests }, () => limiter.acquire().then(() => starts.push(time.now()))))
  return starts
}

describe('the per-service rate limiter (on an injected clock, never waiting)', () => {
  it('lets NCBI have at most 3 requests a second without an API key', async () => {
    expect(serviceRateLimits().eutils).toBe(3)
    expect(await startTimes(3, 7)).toEqual([0, 0, 0, 1000, 1000, 1000, 2000])
  })

  it('lets NCBI have 10 a second with an API key', async () => {
    const perSecond = serviceRateLimits('my-key').eutils
    expect(perSecond).toBe(10)
    const starts = await startTimes(perSecond, 21)
    expect(starts.filter((start) => start === 0)).toHaveLength(10)
    expect(starts.filter((start) => start === 1000)).toHaveLength(10)
    expect(starts.at(-1)).toBe(2000)
  })

  it('does not wait when requests are already spread out', async () => {
    const time = fakeTime()
    const limiter = createRateLimiter(3, time.now, time.sleep)
    for (let index = 0; index < 5; index++) {
      await limiter.acquire()
      await time.sleep(400)
    }
    expect(time.waits).toEqual([400, 400, 400, 400, 400])
  })

  it('a cancelled wait rejects with the caller\'s reason and frees the queue for the next caller', async () => {
    const time = fakeTime()
    const limiter = createRateLimiter(1, time.now, time.sleep)
    await limiter.acquire()
    const controller = new AbortController()
    controller.abort(new Error('cancelled by the user'))
    await expect(limiter.acquire(controller.signal)).rejects.toThrow('cancelled by the user')
    await limiter.acquire()
    expect(time.now()).toBe(1000)
  })

  it('refuses a limit that is not a whole positive number', () => {
    const time = fakeTime()
    expect(() => createRateLimiter(0, time.now, time.sleep)).toThrow(/whole number of requests a second, not 0/)
  })

  it('holds the client to the limit: the fourth efetch in a second waits for the next second', async () => {
    const time = fakeTime()
    const asked: number[] = []
    const client = createOnlineClient(
      {
        ...time,
        timeout: () => new AbortController().signal,
        fetch: () => {
          asked.push(time.now())
          return Promise.resolve(new Response('<PubmedArticleSet/>', { headers: { 'content-type': 'text/xml' } }))
        },
      },
      { version: '0.1.0' },
    )
    const urls = { crossref: 'http://127.0.0.1:1', doi: 'http://127.0.0.1:1', eutils: 'http://127.0.0.1:1/eutils', idconv: 'http://127.0.0.1:1/idconv' }
    for (let index = 0; index < 4; index++) await client.send(efetchPubmedRequest(urls, [String(index + 1)], { tool: 'AxisRef' }))
    expect(asked).toEqual([0, 0, 0, 1000])
  })
})
