import type { CDPSession, Page } from 'playwright-core'

interface HeapUsage {
  usedSize: number
  /** Blink's own garbage-collected heap (DOM and the like). */
  embedderHeapUsedSize?: number
  /** Array buffers and external strings: where the search index's typed arrays live. */
  backingStorageSize?: number
}

/** Everything a JavaScript context holds on to, not only V8's heap of objects. */
function totalOf(usage: HeapUsage): number {
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + (usage.backingStorageSize ?? 0)
}

/**
 * Measures memory held after garbage collection in the page and in its workers (the search
 * index lives in a worker, which `performance.memory` cannot see): V8's heap, Blink's, and
 * array buffers (the index's typed arrays live outside V8's heap). Workers are
 * reached through CDP auto-attach in the non-flattened mode, which playwright's session
 * API can drive; attach before the page starts its workers.
 */
export async function watchHeap(page: Page): Promise<{ measure(): Promise<{ pageMb: number; workersMb: number }>; profileWorkers(): Promise<() => Promise<unknown[]>>; readonly workerCount: number }> {
  const session: CDPSession = await page.context().newCDPSession(page)
  const workers = new Set<string>()
  const replies = new Map<number, { sessionId: string; resolve: (result: unknown) => void }>()
  let nextId = 1
  session.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workers.add(event.sessionId)
  })
  session.on('Target.detachedFromTarget', (event) => {
    workers.delete(event.sessionId)
    // a worker that ended (the snapshot worker ends after each snapshot) answers nothing more
    for (const [id, reply] of replies) if (reply.sessionId === event.sessionId) settle(id, undefined)
  })
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown }
    if (message.id !== undefined) settle(message.id, message.result)
  })
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false })

  function settle(id: number, result: unknown): void {
    replies.get(id)?.resolve(result)
    replies.delete(id)
  }

  /** A worker's answer, or undefined when the worker ended before answering (it then holds no memory). */
  function inWorker<T>(sessionId: string, method: string): Promise<T | undefined> {
    const id = nextId++
    return new Promise<T | undefined>((resolve) => {
      replies.set(id, { sessionId, resolve: (result) => resolve(result as T | undefined) })
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).then(
        () => undefined,
        // "No session with given id": it ended between the list and the message
        () => settle(id, undefined),
      )
    })
  }

  return {
    async measure() {
      await session.send('HeapProfiler.collectGarbage')
      const main = totalOf((await session.send('Runtime.getHeapUsage')) as HeapUsage)
      let workerBytes = 0
      for (const sessionId of [...workers]) {
        await inWorker(sessionId, 'HeapProfiler.collectGarbage')
        const usage = await inWorker<HeapUsage>(sessionId, 'Runtime.getHeapUsage')
        if (usage) workerBytes += totalOf(usage)
      }
      return { pageMb: main / 2 ** 20, workersMb: workerBytes / 2 ** 20 }
    },
    get workerCount() {
      return workers.size
    },
    /** Starts CPU profiles of the page and of the workers running now; the function returned stops them and gives the profiles, the page's first. */
    async profileWorkers() {
      const running = [...workers]
      await session.send('Profiler.enable')
      await session.send('Profiler.start')
      for (const sessionId of running) {
        await inWorker(sessionId, 'Profiler.enable')
        await inWorker(sessionId, 'Profiler.start')
      }
      return async () => {
        const profiles: unknown[] = [(await session.send('Profiler.stop')).profile]
        for (const sessionId of running) profiles.push((await inWorker<{ profile: unknown }>(sessionId, 'Profiler.stop'))?.profile)
        return profiles
      }
    },
  }
}
