import { afterEach, describe, expect, it } from 'vitest'
import { inThreadWorker } from '../../../renderer/src/workers/inThread'
import { transferring, type ServiceFactory, type WorkerPort } from '../../../renderer/src/workers/protocol'
import { serveWorker } from '../../../renderer/src/workers/serveWorker'
import { createWorkerClient, type WorkerClient } from '../../../renderer/src/workers/workerClient'

// The one helper every worker of the app talks through: calls matched to answers by id,
// buffers moved rather than copied, calls cancelled, errors carried back in words, and a
// crashed worker answering every waiting call instead of leaving it waiting forever.

type TestProtocol = {
  echo: { request: { text: string; delayMs: number }; response: string }
  sum: { request: Uint8Array<ArrayBuffer>; response: { total: number; received: number } }
  bytes: { request: number; response: Uint8Array<ArrayBuffer> }
  fail: { request: string; response: never }
  wait: { request: undefined; response: 'aborted' }
}
type TestEvent = { type: 'started' }

/** The worker's side, with what it was asked to give up on. */
function testService(aborted: string[]): ServiceFactory<TestProtocol, TestEvent> {
  return (emit) => ({
    handlers: {
      echo: ({ text, delayMs }) => new Promise((resolve) => setTimeout(() => resolve(text), delayMs)),
      sum: (bytes) => ({ total: bytes.reduce((sum, byte) => sum + byte, 0), received: bytes.byteLength }),
      bytes(length) {
        const bytes = new Uint8Array(length).fill(7)
        return transferring(bytes, [bytes.buffer])
      },
      fail(why) {
        throw new Error(`The record "${why}" has no title: add one and try again.`)
      },
      wait: (_request, signal) =>
        new Promise((resolve) => {
          emit({ type: 'started' })
          signal.addEventListener('abort', () => {
            aborted.push('wait')
            resolve('aborted')
          })
        }),
    },
  })
}

/** A real MessageChannel between the two sides, so answers are cloned and buffers really move. */
function channelPort(service: ServiceFactory<TestProtocol, TestEvent>, ended: boolean[]): WorkerPort {
  const { port1, port2 } = new MessageChannel()
  serveWorker(service, { postMessage: (message, options) => port2.postMessage(message, options), addEventListener: (type, listener) => port2.addEventListener(type, listener) })
  port2.start()
  port1.start()
  const index = ended.push(false) - 1
  return {
    postMessage: (message, options) => port1.postMessage(message, options),
    addEventListener: (type, listener) => port1.addEventListener(type, listener),
    removeEventListener: (type, listener) => port1.removeEventListener(type, listener),
    terminate() {
      ended[index] = true
      port1.close()
      port2.close()
    },
    onerror: null,
    onmessageerror: null,
  }
}

const clients: WorkerClient<TestProtocol>[] = []
afterEach(() => clients.splice(0).forEach((client) => client.dispose()))

function clientOver(start: () => WorkerPort, events: TestEvent[] = []): WorkerClient<TestProtocol> {
  const client = createWorkerClient<TestProtocol, TestEvent>({ start, crashMessage: (reason) => `The test worker stopped (${reason}).`, onEvent: (event) => events.push(event) })
  clients.push(client)
  return client
}

describe('the worker helper', () => {
  it('matches each answer to its own call by id, whatever order they come back in', async () => {
    const client = clientOver(() => channelPort(testService([]), []))
    const answers = await Promise.all([client.call('echo', { text: 'slow', delayMs: 30 }), client.call('echo', { text: 'fast', delayMs: 0 }), client.call('echo', { text: 'middle', delayMs: 10 })])
    expect(answers).toEqual(['slow', 'fast', 'middle'])
  })

  it('moves the buffers named in a transfer list instead of copying them, both ways', async () => {
    const client = clientOver(() => channelPort(testService([]), []))
    const sent = new Uint8Array([1, 2, 3, 4])
    expect(await client.call('sum', sent, { transfer: [sent.buffer] })).toEqual({ total: 10, received: 4 })
    expect(sent.byteLength).toBe(0)
    const received = await client.call('bytes', 1024)
    expect(received.byteLength).toBe(1024)
    expect(received[1023]).toBe(7)
  })

  it('carries a handler\'s error back as data, in its words, and the worker keeps answering', async () => {
    const client = clientOver(() => channelPort(testService([]), []))
    await expect(client.call('fail', 'smith2020')).rejects.toThrow('The record "smith2020" has no title: add one and try again.')
    expect(await client.call('echo', { text: 'still here', delayMs: 0 })).toBe('still here')
  })

  it('cancels a call: it rejects with the signal\'s reason at once and the worker\'s handler is aborted', async () => {
    const aborted: string[] = []
    const events: TestEvent[] = []
    const client = clientOver(() => channelPort(testService(aborted), []), events)
    const controller = new AbortController()
    const waiting = client.call('wait', undefined, { signal: controller.signal })
    await expect.poll(() => events).toEqual([{ type: 'started' }])
    controller.abort(new Error('The search was replaced by a newer one.'))
    await expect(waiting).rejects.toThrow('The search was replaced by a newer one.')
    await expect.poll(() => aborted).toEqual(['wait'])
    await expect(client.call('echo', { text: 'next', delayMs: 0 }, { signal: new AbortController().signal })).resolves.toBe('next')
    await expect(client.call('echo', { text: 'never sent', delayMs: 0 }, { signal: AbortSignal.abort(new Error('cancelled before sending')) })).rejects.toThrow('cancelled before sending')
  })

  it('rejects every waiting call when the worker crashes, ends it, and starts a fresh one for the next call', async () => {
    const ended: boolean[] = []
    const ports: WorkerPort[] = []
    const client = clientOver(() => {
      const port = channelPort(testService([]), ended)
      ports.push(port)
      return port
    })
    const first = client.call('wait', undefined)
    const second = client.call('echo', { text: 'never', delayMs: 60_000 })
    ports[0]!.onerror?.(new ErrorEvent('error', { message: 'Uncaught RangeError: out of memory', cancelable: true }))
    await expect(first).rejects.toThrow('The test worker stopped (Uncaught RangeError: out of memory).')
    await expect(second).rejects.toThrow('The test worker stopped (Uncaught RangeError: out of memory).')
    expect(ended).toEqual([true])
    expect(await client.call('echo', { text: 'fresh', delayMs: 0 })).toBe('fresh')
    expect(ended).toEqual([true, false])
    ports[1]!.onmessageerror?.(new MessageEvent('messageerror'))
    await expect(client.call('echo', { text: 'third worker', delayMs: 0 })).resolves.toBe('third worker')
    expect(ended).toEqual([true, true, false])
  })

  it('runs the same service on the page\'s thread where there are no workers, in the order sent', async () => {
    const events: TestEvent[] = []
    const client = clientOver(() => inThreadWorker(async () => testService([])), events)
    expect(await Promise.all([client.call('echo', { text: 'a', delayMs: 5 }), client.call('sum', new Uint8Array([5, 5]))])).toEqual(['a', { total: 10, received: 2 }])
    await expect(client.call('fail', 'x')).rejects.toThrow('The record "x" has no title')
  })

  it('says in words why a waiting call ended when the client is disposed, and when the in-thread service cannot load', async () => {
    const client = clientOver(() => channelPort(testService([]), []))
    const waiting = client.call('wait', undefined)
    client.dispose()
    await expect(waiting).rejects.toThrow('The worker was closed before it answered.')
    const broken = clientOver(() => inThreadWorker<TestProtocol, TestEvent>(() => Promise.reject(new Error('chunk missing'))))
    await expect(broken.call('echo', { text: 'x', delayMs: 0 })).rejects.toThrow('The test worker stopped (it could not be loaded (chunk missing)).')
  })
})
