import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { runCli } from '../../electron/cli/cli'
import { makeTempDir, REPO_ROOT } from '../support/paths'

const run = promisify(execFile)

function capture(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: (text: string) => void out.push(text), stderr: (text: string) => void err.push(text), readStdin: async () => '', env },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  }
}

describe('the CLI', () => {
  it('prints the version through npm, as the README says to run it', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'cli', '--', '--version'], { cwd: REPO_ROOT })
    expect(stdout.trim()).toBe(packageJson.version)
  })

  it('exits non-zero with the usage on stderr for an unknown command', async () => {
    const failure = run('npm', ['run', '--silent', 'cli', '--', 'frobnicate'], { cwd: REPO_ROOT })
    await expect(failure).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') })
    await expect(failure).rejects.toMatchObject({ stderr: expect.stringContaining('Usage: npm run --silent cli --') })
  })

  it('lists its commands in --help', async () => {
    const cli = capture()
    expect(await runCli(['--help'], cli.io)).toBe(0)
    expect(cli.stdout()).toMatch(/Commands:\n\s+info/)
  })

  it('info reports the library folder from the same services as the app', async () => {
    const dataDir = await makeTempDir('cli')
    const cli = capture({ AXISREF_DATA_DIR: dataDir })
    expect(await runCli(['info'], cli.io)).toBe(0)
    expect(JSON.parse(cli.stdout())).toMatchObject({ dataFolder: dataDir, library: { path: `${dataDir}/Library`, isDefault: true } })
  })

  it('a usage error names the command and its synopsis', async () => {
    const cli = capture()
    expect(await runCli(['info', 'extra'], cli.io)).toBe(2)
    expect(cli.stderr()).toContain('axisref info: info takes no arguments')
  })
})
