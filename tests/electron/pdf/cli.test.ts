import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/cli'
import type { CliIo } from '../../../electron/cli/command'
import { corpusPdf, hasPdfCorpus } from './corpus'
import { articlePage, makePdf } from './makePdf'

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return { out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: async () => '', env: {} }
}

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'axisref-cli-'))
  await writeFile(join(dir, 'paper.pdf'), makePdf({ pages: [articlePage()] }))
  await writeFile(join(dir, 'saved-page.pdf'), '<html><body>Sign in</body></html>')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('axisref extract', () => {
  it('prints one JSON line per file, in order, and exits 0 when every file was handled', async () => {
    const io = captureIo()
    const files = [join(dir, 'paper.pdf'), join(dir, 'saved-page.pdf')]
    const code = await runCli(['extract', ...files], io)
    expect(code).toBe(0)
    const lines = io.out.join('').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({
      file: files[0],
      ok: true,
      item: { title: 'Microglial priming links gut dysbiosis to depressive behaviour in mice', issued: { 'date-parts': [[2021]] } },
      fields: { title: { source: 'layout' } },
    })
    expect(lines[1]).toMatchObject({ file: files[1], ok: false, error: { code: 'NOT_A_PDF' } })
  }, 60_000)

  it('shows the usage and exits non-zero without files', async () => {
    const io = captureIo()
    expect(await runCli(['extract'], io)).toBe(2)
    expect(io.err.join('')).toContain('Usage: npm run --silent cli -- extract [--password <password>] <file.pdf>')
  })
})

describe.skipIf(!hasPdfCorpus('cli password'))('axisref extract --password', () => {
  const locked = corpusPdf('hostile/pdfjs-pr6531_2.pdf')
  const extract = async (args: string[]) => {
    const io = captureIo()
    const code = await runCli(['extract', ...args], io)
    return { code, line: JSON.parse(io.out.join('').trim()) as Record<string, unknown>, err: io.err.join('') }
  }

  it('says how to give the password in the CLI, and opens the file with --password or --password=', async () => {
    const without = await extract([locked])
    expect(without.line).toMatchObject({ ok: false, error: { code: 'PASSWORD_PROTECTED', message: expect.stringContaining('Run extract again with --password <password>') as unknown } })
    expect((await extract(['--password', 'asdfasdf', locked])).line).toMatchObject({ ok: true, item: { title: 'pdfjs pr6531 2' } })
    expect((await extract([`--password=asdfasdf`, locked])).line).toMatchObject({ ok: true })
    const wrong = await extract(['--password', 'qwerty', locked])
    expect(wrong.line).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_PROTECTED', message: 'This PDF is password-protected and the password given does not open it. Check the password given with --password.' },
    })
  }, 60_000)

  it('opens a revision-6 file with the password as printed, SASLprep-normalised ("SªSL\\u00adprep")', async () => {
    const typed = 'S\u00aaSL\u00adprep'
    expect((await extract(['--password', typed, corpusPdf('hostile/pdfjs-saslprep-r6.pdf')])).line).toMatchObject({ ok: true })
  }, 60_000)

  it('refuses --password without a value', async () => {
    const io = captureIo()
    expect(await runCli(['extract', locked, '--password'], io)).toBe(2)
    expect(io.err.join('')).toContain("--password needs a value (the PDF's password).")
  })
})
