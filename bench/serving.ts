import { spawn } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

/** A server process started by a bench, and the address it printed. */
export interface ServingProcess {
  url: string
  /** Stops it; resolves once it has exited. */
  close(): Promise<void>
}

/** Starts `command` in the project folder and resolves once it prints an http://127.0.0.1 address (with any query it has). */
export async function startServing(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServingProcess> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let printed = ''
      child.stdout.on('data', (chunk: Buffer) => {
        printed += chunk.toString()
        // the whole address up to the end of its line: the browser host's carries its token (?token=…)
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)\s/.exec(printed)
        if (match?.[1]) resolve(match[1])
      })
      child.once('exit', (code) => reject(new Error(`${command} exited with ${code} before serving`)))
    })
    return { url, close }
  } catch (error) {
    await close()
    throw error
  }
}

/** `npm run start:browser`'s host (electron/browser-host/main.ts) with its data in `dataDir`. */
export function startBrowserHostProcess(dataDir: string): Promise<ServingProcess> {
  return startServing(join(ROOT, 'node_modules/.bin/tsx'), ['electron/browser-host/main.ts', '--data-dir', dataDir])
}
