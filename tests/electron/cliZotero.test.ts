import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/cli'
import { makeTempDir, REPO_ROOT } from '../support/paths'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: (text: string) => void out.push(text), stderr: (text: string) => void err.push(text), readStdin: async () => '', env: {} },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  }
}

describe('axisref convert with JSON input', () => {
  it('converts a Zotero library export to BibTeX with its types, authors, years and journals', async () => {
    const dir = await makeTempDir('cli-zotero')
    const input = join(dir, 'My Library.json')
    await writeFile(input, await readFile(join(REPO_ROOT, 'tests', 'fixtures', 'formats', 'zotero-library.json')))
    const cli = capture()
    expect(await runCli(['convert', input, '--to', 'bibtex'], cli.io)).toBe(0)
    const bib = cli.stdout()
    expect(bib).toMatch(/@article\{[^,]+,[^@]*author = \{Souza, Ana and Watanabe, Kenji and \{Depression Trials Consortium\}\}/)
    expect(bib).toMatch(/journal = \{Journal of Affective Disorders\}/)
    expect(bib).toMatch(/@incollection\{keller2019trauma,[^@]*booktitle = \{Handbook of Trauma Care\}/)
    expect(bib).toMatch(/@phdthesis\{[^@]*school = \{Uppsala University\}/)
    expect(bib).toMatch(/year = \{2022\}/)
    expect(cli.stderr()).toContain(`${input}:1: 1 standalone Zotero note(s) or attachment(s) are not references and were skipped.`)
  })

  it('refuses a JSON file that is no bibliography, naming the file', async () => {
    const dir = await makeTempDir('cli-zotero')
    const input = join(dir, 'package.json')
    await writeFile(input, JSON.stringify({ name: 'my-app', version: '1.0.0' }))
    const cli = capture()
    expect(await runCli(['convert', input, '--to', 'bibtex'], cli.io)).toBe(1)
    expect(cli.stderr()).toContain(`${input}:1: This JSON is neither CSL-JSON nor a Zotero/Better BibTeX JSON export`)
    expect(cli.stdout()).toBe('')
  })
})
