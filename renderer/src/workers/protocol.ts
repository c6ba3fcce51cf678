/**
 * A worker's protocol: each request's name maps to what the page sends and what the worker
 * answers. Both sides are typed from the one map, so a request and its answer cannot drift.
 */
export type Protocol = Record<string, { request: unknown; response: unknown }>

/** The name of a request of `P`. */
export type RequestName<P extends Protocol> = keyof P & string

/** A call from the page. `id` 0 is a notice: the worker answers it only if it fails. */
export type CallMessage = { id: number; type: string; request: unknown }
/** The page no longer waits for call `cancel`: the worker aborts its handler's signal. */
export type CancelMessage = { cancel: number }
export type PageMessage = CallMessage | CancelMessage

/** Errors cross as data, in words: the page rejects the call with `message`. */
export type AnswerMessage = { id: number; ok: true; response: unknown } | { id: number; ok: false; message: string }
/** Something the worker reports on its own (index progress), not an answer to a call. */
export type EventMessage<E> = { event: E }
export type WorkerMessage<E> = AnswerMessage | EventMessage<E>

const TRANSFER = Symbol('transfer')

/** An answer whose buffers are moved to the page, not copied (a large snapshot's bytes). */
export interface Transferring<T> {
  readonly value: T
  readonly [TRANSFER]: Transferable[]
}

/** Marks `value` to be answered with `transfer` moved, not copied. */
export function transferring<T>(value: T, transfer: Transferable[]): Transferring<T> {
  return { value, [TRANSFER]: transfer }
}

/** The value to post and the buffers to move with it. */
export function unwrapAnswer(answer: unknown): { value: unknown; transfer: Transferable[] } {
  if (typeof answer === 'object' && answer !== null && TRANSFER in answer && 'value' in answer) {
    const transfer: unknown = answer[TRANSFER]
    return { value: answer.value, transfer: Array.isArray(transfer) ? transfer : [] }
  }
  return { value: answer, transfer: [] }
}

type Answer<T> = T | Transferring<T>

/** The worker's side: one handler per request; `signal` aborts when the page cancels. */
export type Handlers<P extends Protocol> = {
  [K in keyof P]: (request: P[K]['request'], signal: AbortSignal) => Answer<P[K]['response']> | Promise<Answer<P[K]['response']>>
}

/** Handlers that answer plain values (no transfers), callable without a signal, as tests call them. */
export type PlainHandlers<P extends Protocol> = {
  [K in keyof P]: (request: P[K]['request'], signal?: AbortSignal) => P[K]['response'] | Promise<P[K]['response']>
}

/** What a worker runs: its handlers, and how it lets go of what it holds when ended. */
export interface WorkerService<P extends Protocol> {
  handlers: Handlers<P>
  close?(): void
}

/** Makes a worker's service; `emit` reports events of its own to the page. */
export type ServiceFactory<P extends Protocol, E = never> = (emit: (event: E) => void) => WorkerService<P>

/** The part of a Worker the page uses (a real Worker, the in-thread stand-in, a test's fake). */
export interface WorkerPort {
  postMessage(message: PageMessage, options?: StructuredSerializeOptions): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  terminate?(): void
  /** An uncaught error in the worker (it may have run out of memory): a crash. */
  onerror?: ((event: ErrorEvent) => void) | null
  /** A message from the worker that could not be read: a crash too. */
  onmessageerror?: ((event: MessageEvent) => void) | null
}

/** Why a worker stopped, in words: an ErrorEvent's message, else what kind of failure it was. */
export function workerFailureReason(event: Event): string {
  if ('message' in event && typeof event.message === 'string' && event.message) return event.message
  return event.type === 'messageerror' ? 'it sent an answer that could not be read' : 'it stopped with an error'
}
