import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/cli'

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'formats', 'years-types-journals.bib')

async function convert(to: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(['convert', FIXTURE, '--to', to], { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: async () => '', env: {} })
  return { code, out: out.join(''), err: err.join('') }
}

describe('axisref convert to BibTeX and BibLaTeX (issue 16, item 7)', () => {
  it('keeps an @article without a journal and says on stderr what is missing', async () => {
    for (const to of ['biblatex', 'bibtex']) {
      const { code, out, err } = await convert(to)
      expect(code).toBe(0)
      expect(out).toContain('@article{nojournal,')
      expect(err).toBe(`${FIXTURE}: @article{nojournal} has no journal; it is kept as an article, and BibTeX and biber will warn about the missing journal: add it in AxisRef.\n`)
    }
  })

  it('says nothing more when converting to a format without that warning', async () => {
    expect((await convert('ris')).err).toBe('')
  })
})
