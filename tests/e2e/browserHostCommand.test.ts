import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOST_TOKEN_HEADER } from '../../shared/ipc/hostToken'
import { builtRendererDir, makeTempDir, REPO_ROOT } from '../support/paths'

// `npm run start:browser`'s second half (the build is done): the host's entry as a user runs it.
const run = promisify(execFile)
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx')
const MAIN = 'electron/browser-host/main.ts'

let occupied: Server
let takenPort: number

beforeAll(async () => {
  builtRendererDir()
  occupied = createServer().listen(0, '127.0.0.1')
  await once(occupied, 'listening')
  const address = occupied.address()
  if (address === null || typeof address === 'string') throw new Error('the stand-in server has no port')
  takenPort = address.port
})
afterAll(() => new Promise<void>((resolve) => occupied.close(() => resolve())))

describe('npm run start:browser', () => {
  it('on a port that is taken, says so in words, without a stack, and exits non-zero', async () => {
    const failure = run(TSX, [MAIN, '--port', String(takenPort), '--data-dir', await makeTempDir('host-command')], { cwd: REPO_ROOT })
    await expect(failure).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`Port ${takenPort} is in use by another program. Choose another with --port, or omit --port and AxisRef picks a free one.`),
    })
    await expect(failure).rejects.toMatchObject({ stderr: expect.not.stringMatching(/\n\s+at /) })
  })

  it('refuses a --port that is not a port, in words', async () => {
    const failure = run(TSX, [MAIN, '--port', 'eighty', '--data-dir', await makeTempDir('host-command')], { cwd: REPO_ROOT })
    await expect(failure).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--port eighty is not a port: give a number from 1 to 65535') })
  })

  it('prints an address with its token, which answers the app\'s calls', async () => {
    const child = spawn(TSX, [MAIN, '--data-dir', await makeTempDir('host-command')], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    try {
      const printed = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const match = /AxisRef is running at (\S+)/.exec(out)
          if (match?.[1]) resolve(match[1])
        })
        child.once('exit', (code) => reject(new Error(`the host exited with ${code} before printing its address`)))
      })
      const url = new URL(printed)
      expect(url.searchParams.get('token')).toMatch(/^[\w-]{43}$/)
      const answer = await fetch(`${url.origin}/api/getAppInfo`, { method: 'POST', headers: { origin: url.origin, [HOST_TOKEN_HEADER]: url.searchParams.get('token') ?? '' } })
      expect(await answer.json()).toMatchObject({ ok: true, value: { host: 'browser' } })
    } finally {
      child.kill('SIGTERM')
      await once(child, 'exit')
    }
  })
})
