import type { UtilityProcess } from 'electron'
import type { LaunchReader } from './services/pdf/readerProcess'

/** The part of Electron's `utilityProcess` module used here; a test passes a stand-in. */
export interface UtilityProcessModule {
  fork(modulePath: string, args: string[], options: { execArgv: string[]; stdio: 'pipe'; serviceName: string }): UtilityProcess
}

/**
 * PDF readers as Electron utility processes: the packaged app turns the RunAsNode fuse off,
 * so Node's fork (which runs the Electron binary as Node) cannot start them there. The
 * reader talks to main over `process.parentPort` (see readerProcess.channelToMain).
 */
export function utilityProcessLauncher(utility: UtilityProcessModule): LaunchReader {
  return (entry, execArgv, events) => {
    const child = utility.fork(entry.script, [], { execArgv: [...(entry.execArgv ?? []), ...execArgv], stdio: 'pipe', serviceName: 'AxisRef PDF reader' })
    let exited = false
    child.stdout?.on('data', (chunk: Buffer) => events.output(chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => events.output(chunk.toString()))
    child.on('message', (message: unknown) => events.message(message))
    child.on('exit', (code: number) => {
      exited = true
      events.exit(code)
    })
    return {
      send: (message) => child.postMessage(message),
      // Electron's main process lives as long as the app, busy or not
      hold: () => undefined,
      kill: () =>
        exited
          ? Promise.resolve()
          : new Promise((resolve) => {
              child.once('exit', () => resolve())
              child.kill()
            }),
    }
  }
}
