import { fork, type Serializable } from 'node:child_process'
import type { PdfWorkerEntry } from './workerEntry'

/** What a reader process tells the pool. */
export interface ReaderEvents {
  message(message: unknown): void
  /** The process ended: its exit code, or the signal that ended it. */
  exit(cause: number | string): void
  error(error: Error): void
  /** What it printed (stdout and stderr). */
  output(chunk: string): void
}

/** A PDF reader process as the pool sees it, whoever started it. */
export interface ReaderProcess {
  send(message: Serializable): void
  /** Whether main's event loop should stay alive for this process (while it has work). */
  hold(busy: boolean): void
  /** Ends it at once (a reader stuck in a loop answers nothing gentler); resolves once it is gone. */
  kill(): Promise<void>
}

/**
 * Starts a process running the reader `entry`, with `execArgv` (Node and V8 flags) of its
 * own. Node's `child_process.fork` here; the desktop app passes Electron's `utilityProcess`
 * instead (electron/main/utilityReader.ts), as its packaged build turns the RunAsNode fuse
 * off and fork would not start.
 */
export type LaunchReader = (entry: PdfWorkerEntry, execArgv: readonly string[], events: ReaderEvents) => ReaderProcess

export const forkReader: LaunchReader = (entry, execArgv, events) => {
  const child = fork(entry.script, [], {
    // Not the parent's flags: a dev parent runs under tsx, whose hooks would slow the reader down.
    execArgv: [...(entry.execArgv ?? []), ...execArgv],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  })
  child.stdout?.on('data', (chunk: Buffer) => events.output(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => events.output(chunk.toString()))
  child.on('message', (message) => events.message(message))
  child.on('error', (error) => events.error(error))
  child.on('exit', (code, signal) => events.exit(code ?? signal ?? 'no exit code'))
  const hold = (busy: boolean): void => {
    // the process, its IPC channel and its pipes each keep the loop alive while referenced
    for (const handle of [child, child.channel, child.stdout, child.stderr]) {
      if (!isReferenced(handle)) continue
      if (busy) handle.ref()
      else handle.unref()
    }
  }
  return {
    send: (message) => void child.send(message),
    hold,
    kill: () => {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
      return new Promise((resolve) => {
        // an idle reader is unreferenced: without this, main could exit before it hears the end
        hold(true)
        child.once('exit', () => resolve())
        child.kill('SIGKILL')
      })
    },
  }
}

/** Pipes are sockets at run time, though typed as plain streams: they hold the loop too. */
function isReferenced(handle: unknown): handle is { ref(): unknown; unref(): unknown } {
  if (typeof handle !== 'object' || handle === null || !('ref' in handle && 'unref' in handle)) return false
  return typeof handle.ref === 'function' && typeof handle.unref === 'function'
}

/** The part of Electron's `process.parentPort` (in a utility process) the reader uses. */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void
  postMessage(message: unknown): void
}

/** `process.parentPort` in an Electron utility process; undefined under Node's fork, which has no such port. */
function parentPortOf(host: object): ParentPort | undefined {
  const port = 'parentPort' in host ? host.parentPort : undefined
  return isParentPort(port) ? port : undefined
}

function isParentPort(port: unknown): port is ParentPort {
  if (typeof port !== 'object' || port === null || !('on' in port && 'postMessage' in port)) return false
  return typeof port.on === 'function' && typeof port.postMessage === 'function'
}

/** The reader's side of the channel: Electron's utility process has `process.parentPort`, Node's fork `process.send`. */
export function channelToMain(): { send(message: Serializable): void; onMessage(listener: (message: unknown) => void): void } {
  const parentPort = parentPortOf(process)
  if (parentPort) return { send: (message) => parentPort.postMessage(message), onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)) }
  const send = process.send?.bind(process)
  if (!send) throw new Error('the PDF reader must run as a child process with a channel to main')
  return { send: (message) => void send(message), onMessage: (listener) => void process.on('message', listener) }
}
