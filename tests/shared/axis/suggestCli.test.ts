import { execFile } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/cli'
import { REPO_ROOT } from '../../support/paths'

function capture(stdin: string) {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: (text: string) => void out.push(text), stderr: (text: string) => void err.push(text), readStdin: async () => stdin, env: {} },
    lines: () => out.join('').split('\n').filter((line) => line !== '').map((line): unknown => JSON.parse(line)),
    stderr: () => err.join(''),
  }
}

/** Runs the CLI as a user would, feeding stdin; resolves whatever the exit code. */
function runAsUser(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('npx', ['tsx', 'electron/cli/main.ts', ...args], { cwd: REPO_ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
    child.stdin?.end(stdin)
  })
}

describe('axisref suggest', () => {
  it('answers each JSON line with nodes, pathways and study type', async () => {
    const cli = capture('{"title":"Gut microbiota and depression"}\n{"title":"A meta-analysis of cytokines in major depression"}\n')
    expect(await runCli(['suggest'], cli.io)).toBe(0)
    const [first, second] = cli.lines()
    expect(first).toMatchObject({
      nodes: expect.arrayContaining([
        { id: 'microbiota', score: expect.any(Number), evidence: [{ term: 'gut microbiota', field: 'title' }] },
        { id: 'depression', score: expect.any(Number), evidence: [{ term: 'depression', field: 'title' }] },
      ]),
      pathways: [],
      studyType: null,
    })
    expect(second).toMatchObject({ studyType: { id: 'meta-analysis' }, nodes: expect.arrayContaining([expect.objectContaining({ id: 'immune.cytokines' })]) })
  })

  it('reports a bad line by its number on stdout and stderr, and goes on with the rest', async () => {
    const cli = capture('{"title":"IL-6 in depression"}\nnot json\n\n{"abstract":"no title"}\n{"title":"Microglia in depression"}\n')
    expect(await runCli(['suggest'], cli.io)).toBe(0)
    const lines = cli.lines()
    expect(lines).toHaveLength(4)
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('line 2') })
    expect(lines[2]).toMatchObject({ line: 4, error: expect.stringContaining('"title"') })
    expect(lines[3]).toMatchObject({ nodes: expect.arrayContaining([expect.objectContaining({ id: 'glia.microglia' })]) })
    expect(cli.stderr()).toContain('axisref suggest: line 2')
    expect(cli.stderr()).toContain('axisref suggest: line 4')
  })

  it('exits 2 with its usage on arguments it does not take', async () => {
    const cli = capture('')
    expect(await runCli(['suggest', 'papers.jsonl'], cli.io)).toBe(2)
    expect(cli.stderr()).toContain('Usage: npm run --silent cli -- suggest')
  })

  it('works end to end from the shell, reading stdin', async () => {
    const result = await runAsUser(['suggest'], '{"title":"Leaky gut and LPS in major depression: a case-control study"}\n')
    expect(result.code).toBe(0)
    const answer: unknown = JSON.parse(result.stdout.trim())
    expect(answer).toMatchObject({
      studyType: { id: 'case-control' },
      nodes: expect.arrayContaining([expect.objectContaining({ id: 'gut.barrier' }), expect.objectContaining({ id: 'gut.translocation' })]),
    })
  })
})
