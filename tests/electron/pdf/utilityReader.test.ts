import { fork, type ChildProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { UtilityProcess } from 'electron'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPdfParser } from '../../../electron/main/services/pdf/parser'
import { sourceWorkerEntry } from '../../../electron/main/services/pdf/workerEntry'
import { utilityProcessLauncher, type UtilityProcessModule } from '../../../electron/main/utilityReader'
import { articlePage, makePdf } from './makePdf'

const SHIM = pathToFileURL(join(import.meta.dirname, 'fixtures/parentPortShim.mjs')).href

/** Electron's utilityProcess as far as the launcher uses it, over a Node child with process.parentPort. */
class StandInUtilityProcess extends EventEmitter {
  readonly stdout: ChildProcess['stdout']
  readonly stderr: ChildProcess['stderr']
  forkedWith: string[] = []
  readonly exited: Promise<number | null>

  constructor(private readonly child: ChildProcess) {
    super()
    this.stdout = child.stdout
    this.stderr = child.stderr
    child.on('message', (message) => this.emit('message', message))
    child.on('exit', (code) => this.emit('exit', code ?? 1))
    this.exited = new Promise((resolve) => child.once('exit', resolve))
  }

  postMessage(message: unknown): void {
    this.child.send(message as never)
  }

  kill(): boolean {
    return this.child.kill()
  }
}

const forks: StandInUtilityProcess[] = []
const utilityProcess: UtilityProcessModule = {
  fork(modulePath, args, options) {
    const child = fork(modulePath, args, { execArgv: ['--import', SHIM, ...options.execArgv], stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'advanced' })
    const process = new StandInUtilityProcess(child)
    process.forkedWith = options.execArgv
    forks.push(process)
    return process as unknown as UtilityProcess
  },
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'axisref-utility-'))
  await writeFile(join(dir, 'paper.pdf'), makePdf({ pages: [articlePage()] }))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe("PDF readers as Electron utility processes", () => {
  it('reads a PDF through process.parentPort, with the reader flags, and ends the process on close', async () => {
    const parser = createPdfParser({ workers: 1, entry: sourceWorkerEntry(join(import.meta.dirname, '../../../electron/main/services/pdf/worker.ts')), launch: utilityProcessLauncher(utilityProcess) })
    try {
      const result = await parser.extract(join(dir, 'paper.pdf'))
      expect(result.ok && result.item.title).toBe('Microglial priming links gut dysbiosis to depressive behaviour in mice')
      expect(forks).toHaveLength(1)
      expect(forks[0]?.forkedWith).toEqual(expect.arrayContaining(['--single-threaded-gc', '--max-old-space-size=1024']))
    } finally {
      await parser.close()
    }
    // killed by close(): no reader is left running
    await expect(forks[0]?.exited).resolves.not.toBe(0)
  })
})
