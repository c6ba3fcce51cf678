import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/cli'
import { CITEPROC_BASE_LOCALES } from '../../shared/formats/locales/bases'
import { makeTempDir, REPO_ROOT } from '../support/paths'

const run = promisify(execFile)

const ITEMS = [
  { id: 'maes2008', type: 'article-journal', title: 'The gut-brain barrier in major depression', author: [{ family: 'Maes', given: 'Michael' }, { family: 'Kubera', given: 'Marta' }, { family: 'Leunis', given: 'Jean-Claude' }], issued: { 'date-parts': [[2008]] }, 'container-title': 'Neuro Endocrinology Letters' },
  { id: 'dantzer2008', type: 'book', title: 'Sickness', author: [{ family: 'Dantzer', given: 'Robert' }], issued: { 'date-parts': [['2008']] }, 'odd-field': { from: 'the CSL test suite' } },
]

async function cite(args: string[], stdin: string) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(['cite', ...args], { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: async () => stdin, env: {} })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('cli cite', () => {
  it('prints each citation on its own line, numbered across the document', async () => {
    const request = { items: ITEMS, citations: [[{ id: 'dantzer2008' }], [{ id: 'maes2008', locator: '12', label: 'page' }], [{ id: 'dantzer2008' }]] }
    expect(await cite(['--style', 'ieee'], JSON.stringify(request))).toEqual({ code: 0, stdout: '[1]\n[2, p. 12]\n[1]\n', stderr: '' })
  })

  it('without citations cites all items together, in input order; --locale changes the terms', async () => {
    expect(await cite(['--style', 'apa'], JSON.stringify({ items: ITEMS }))).toMatchObject({ code: 0, stdout: '(Dantzer, 2008; Maes et al., 2008)\n' })
    const german = await cite(['--style', 'apa', '--locale', 'de-DE'], JSON.stringify({ items: ITEMS, citations: [[{ id: 'maes2008', locator: '3', label: 'page' }]] }))
    expect(german.stdout).toMatch(/^\(Maes et al\., 2008, S\.\s3\)\n$/)
  })

  it('--bibliography --format html prints citeproc’s csl-bib-body markup, in citation order for a numeric style', async () => {
    const request = { items: ITEMS, citations: [[{ id: 'dantzer2008' }]] }
    const { code, stdout } = await cite(['--style', 'ieee', '--bibliography', '--format', 'html'], JSON.stringify(request))
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<div class="csl-bib-body">\n {2}<div class="csl-entry">\n {4}<div class="csl-left-margin">\[1\]<\/div><div class="csl-right-inline">R\. Dantzer, <i>Sickness<\/i>\. 2008\.<\/div>/)
    expect(stdout).toMatch(/\[2\]<\/div><div class="csl-right-inline">M\. Maes/)
    expect(stdout.trimEnd().endsWith('</div>')).toBe(true)
  })

  it('reads a user .csl file, and one without <bibliography> formats citations only', async () => {
    const folder = await makeTempDir('cli-cite')
    const style = join(folder, 'names-only.csl')
    await writeFile(style, '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>Names</title></info><citation><layout delimiter="; "><names variable="author"><name form="short"/></names></layout></citation></style>')
    expect(await cite(['--style', style], JSON.stringify({ items: ITEMS }))).toMatchObject({ code: 0, stdout: 'Maes, Kubera, Leunis; Dantzer\n' })
    const bibliography = await cite(['--style', style, '--bibliography'], JSON.stringify({ items: ITEMS }))
    expect(bibliography).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('only formats citations: it has no <bibliography> section') })
  })

  it('--locale reads a user’s CSL locale file: its terms are used, en-US fills the rest, and each file gets its own engine', async () => {
    const folder = await makeTempDir('cli-cite-locale')
    const locale = (terms: string, language = 'sv-SE') => `<?xml version="1.0" encoding="utf-8"?>\n<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="${language}"><terms>${terms}</terms></locale>`
    const first = join(folder, 'house.xml')
    await writeFile(first, locale('<term name="et-al">m.fl.</term><term name="page" form="short"><single>sid.</single><multiple>sidor</multiple></term>'))
    const request = JSON.stringify({ items: ITEMS, citations: [[{ id: 'maes2008', locator: '3', label: 'page' }]] })
    expect(await cite(['--style', 'apa', '--locale', first], request)).toEqual({ code: 0, stdout: '(Maes m.fl., 2008, sid. 3)\n', stderr: '' })
    // the same path rewritten, and a second file: no cached engine keeps the old terms
    await writeFile(first, locale('<term name="et-al">och andra</term>'))
    const second = join(folder, 'other.xml')
    await writeFile(second, locale('<term name="et-al">med flera</term>'))
    expect((await cite(['--style', 'apa', '--locale', first], request)).stdout).toBe('(Maes och andra, 2008, p. 3)\n')
    expect((await cite(['--style', 'apa', '--locale', second], request)).stdout).toBe('(Maes med flera, 2008, p. 3)\n')
    // the file keeps its language for citeproc: APA's own <locale xml:lang="de"> (et al.) still wins over a German file
    const german = join(folder, 'german.xml')
    await writeFile(german, locale('<term name="et-al">u.a.</term><term name="page" form="short"><single>Seite</single><multiple>Seiten</multiple></term>', 'de-DE'))
    expect((await cite(['--style', 'apa', '--locale', german], request)).stdout).toBe('(Maes et al., 2008, Seite 3)\n')
    // bundled ids are untouched by the user files
    expect((await cite(['--style', 'apa', '--locale', 'en-US'], request)).stdout).toBe('(Maes et al., 2008, p. 3)\n')
  })

  it('a locale file that is broken, missing or not a locale is refused in words naming the file', async () => {
    const folder = await makeTempDir('cli-cite-locale')
    const broken = join(folder, 'broken.xml')
    await writeFile(broken, '<locale xmlns="http://purl.org/net/xbiblio/csl" xml:lang="en-US">\n  <terms><term name="et-al">u.a.</terms>\n</locale>')
    const request = JSON.stringify({ items: ITEMS })
    expect(await cite(['--style', 'apa', '--locale', broken], request)).toEqual({ code: 1, stdout: '', stderr: expect.stringMatching(new RegExp(`^axisref cite: ${broken.replace(/[.\\/]/g, '\\$&')}: The CSL locale file is not well-formed XML: .*\\(line 2, column \\d+\\)`)) })
    const style = join(folder, 'style.xml')
    await writeFile(style, '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><citation><layout/></citation></style>')
    expect(await cite(['--style', 'apa', '--locale', style], request)).toMatchObject({ code: 1, stderr: expect.stringContaining(`${style}: This is not a CSL locale file: its root element is <style>, not <locale>. It looks like a CSL style: pass it with --style.`) })
    const foreign = join(folder, 'foreign.xml')
    await writeFile(foreign, '<locale xml:lang="en-US"><terms/></locale>')
    expect((await cite(['--style', 'apa', '--locale', foreign], request)).stderr).toContain(`${foreign}: This is not a CSL locale file: <locale> must be in the namespace http://purl.org/net/xbiblio/csl.`)
    const nameless = join(folder, 'nameless.xml')
    await writeFile(nameless, '<locale xmlns="http://purl.org/net/xbiblio/csl"><terms/></locale>')
    expect((await cite(['--style', 'apa', '--locale', nameless], request)).stderr).toContain(`${nameless}: The CSL locale file does not say its language: <locale> needs an xml:lang attribute`)
    expect(await cite(['--style', 'apa', '--locale', join(folder, 'absent.xml')], request)).toMatchObject({ code: 1, stderr: expect.stringContaining(`${join(folder, 'absent.xml')} was not found`) })
  })

  it('a locale file of a language AxisRef does not bundle works, on citeproc’s own table of base locales', async () => {
    // citeproc loads the language's base locale (sv → sv-SE) beneath a file and fails without it
    const citeproc: unknown = createRequire(import.meta.url)('citeproc')
    const bases = citeproc !== null && typeof citeproc === 'object' && 'LANG_BASES' in citeproc ? citeproc.LANG_BASES : undefined
    expect(Object.fromEntries(Object.entries(bases ?? {}).map(([language, base]) => [language, String(base).replace('_', '-')]))).toEqual(CITEPROC_BASE_LOCALES)
    const folder = await makeTempDir('cli-cite-locale')
    const request = JSON.stringify({ items: ITEMS, citations: [[{ id: 'maes2008' }]] })
    for (const language of ['fi-FI', 'pt-PT', 'tlh']) {
      const file = join(folder, `${language}.xml`)
      await writeFile(file, `<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="${language}"><terms><term name="et-al">${language}</term></terms></locale>`)
      expect(await cite(['--style', 'apa', '--locale', file], request)).toEqual({ code: 0, stdout: `(Maes ${language}, 2008)\n`, stderr: '' })
    }
  })

  it('bad JSON says where (line and column), and exits 1', async () => {
    const result = await cite(['--style', 'apa'], '{"items": [\n  {"id": "a",}\n]}')
    expect(result).toEqual({ code: 1, stdout: '', stderr: expect.stringMatching(/^axisref cite: request\.json is not valid JSON: .*\(line 2, column 14\)/) })
    expect((await cite(['--style', 'apa'], '{"items": [')).stderr).toMatch(/JSON ends too early \(line 1, column 12\)/)
  })

  it('a request of the wrong shape names the field', async () => {
    const wrongId = await cite(['--style', 'apa'], JSON.stringify({ items: ITEMS, citations: [[{ id: 'maes2008' }], [{ id: 7 }]] }))
    expect(wrongId).toMatchObject({ code: 1, stderr: expect.stringMatching(/^axisref cite: request\.json: citations\[1\]\[0\]\.id: .*expected string/) })
    const noId = await cite(['--style', 'apa'], JSON.stringify({ items: [{ title: 'x' }] }))
    expect(noId.stderr).toMatch(/request\.json: items\[0\]\.id: /)
    const typo = await cite(['--style', 'apa'], JSON.stringify({ items: ITEMS, citation: [] }))
    expect(typo.stderr).toMatch(/request\.json: .*"citation"/)
  })

  it('reads items leniently, as CSL processors do: numbers for text, a name or a date as text, odd fields', async () => {
    const items = [{ id: 1, type: 'book', title: 1984, author: 'World Health Organization', issued: '2008-03-02', volume: 3, 'custom-odd': { x: [1] } }]
    const result = await cite(['--style', 'apa', '--bibliography'], JSON.stringify({ items }))
    expect(result).toEqual({ code: 0, stdout: 'World Health Organization. (2008). 1984 (Vol. 3).\n', stderr: '' })
    expect(await cite(['--style', 'apa'], JSON.stringify({ items, citations: [[{ id: '1' }]] }))).toMatchObject({ code: 0, stdout: '(World Health Organization, 2008)\n' })
  })

  it('refuses, naming the field, what would break citeproc: names, dates or text that are not', async () => {
    const bad = async (item: Record<string, unknown>) => (await cite(['--style', 'apa'], JSON.stringify({ items: [{ id: 'a', ...item }] }))).stderr
    expect(await bad({ author: [null] })).toMatch(/request\.json: items\[0\]\.author\[0\]: expected a name .*got null/)
    expect(await bad({ editor: [{ family: { a: 1 } }] })).toMatch(/items\[0\]\.editor\[0\]\.family: expected text, got an object/)
    expect(await bad({ issued: { 'date-parts': 'soon' } })).toMatch(/items\[0\]\.issued\.date-parts: expected a list of \[year, month, day\] lists/)
    expect(await bad({ issued: { raw: {} } })).toMatch(/items\[0\]\.issued\.raw: expected text, got an object/)
    expect(await bad({ title: ['a'] })).toMatch(/items\[0\]\.title: expected text, got a list/)
    expect(await bad({ id: 'constructor' })).toMatch(/"constructor" cannot be an item's id/)
    expect((await cite(['--style', 'apa'], JSON.stringify({ items: [{ id: 'a' }, { id: 'a' }] }))).stderr).toMatch(/Two items have the id "a"/)
  })

  it('an unknown id, locale or style is an error in words', async () => {
    expect(await cite(['--style', 'apa'], JSON.stringify({ items: ITEMS, citations: [[{ id: 'nobody' }]] }))).toMatchObject({ code: 1, stderr: expect.stringContaining('Citation 1 cites "nobody", which is not among the items given') })
    expect(await cite(['--style', 'apa', '--locale', 'tlh'], JSON.stringify({ items: ITEMS }))).toMatchObject({ code: 1, stderr: expect.stringContaining('Unknown locale "tlh". Bundled locales: en-US, en-GB') })
    expect(await cite(['--style', 'turabian'], '{}')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown style "turabian"; use apa, vancouver') })
    expect(await cite(['--style', 'missing.csl'], '{}')).toMatchObject({ code: 1, stderr: expect.stringContaining('missing.csl was not found') })
  })

  it('usage errors exit 2 with the synopsis', async () => {
    expect(await cite([], '{}')).toMatchObject({ code: 2, stderr: expect.stringContaining('give --style') })
    expect(await cite(['--style', 'apa', '--format', 'rtf'], '{}')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be text or html') })
    expect(await cite(['--style', 'apa', 'request.json'], '{}')).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run --silent cli -- cite --style') })
  })

  it('runs through npm with the request on standard input, as the README says', async () => {
    const child = run('npm', ['run', '--silent', 'cli', '--', 'cite', '--style', 'apa'], { cwd: REPO_ROOT })
    child.child.stdin?.end(JSON.stringify({ items: ITEMS, citations: [[{ id: 'maes2008', 'suppress-author': true }]] }))
    expect((await child).stdout).toBe('(2008)\n')
  })
})
