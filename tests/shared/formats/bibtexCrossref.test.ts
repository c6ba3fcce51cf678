import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { assignCitationKeys, isAcceptableCitationKey } from '../../../shared/citekeys'
import { exportBibliography, importBibliography, type CslItem, type ImportResult } from '../../../shared/formats'
import { corpusText, HAS_CORPUS, toRecords } from './corpus'

// biber is the reference for BibLaTeX inheritance and for what a key may be: it runs here.
const HAS_BIBER = !spawnSync('biber', ['--version'], { encoding: 'utf8' }).error
if (!HAS_BIBER) console.warn('biber is not installed (apt-get install -y biber): the crossref and key tests that compare with it are skipped.')

const workDir = mkdtempSync(join(tmpdir(), 'axisref-crossref-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

/** Runs biber in tool mode on a .bib text; its resolved output, status and log. */
function biber(name: string, text: string, args: string[]): { status: number | null; output: string; log: string } {
  writeFileSync(join(workDir, name), text)
  const result = spawnSync('biber', ['--tool', '--quiet', `--output-file=${name}.out`, ...args, name], { cwd: workDir, encoding: 'utf8', timeout: 120_000 })
  const output = result.status === 0 ? readFileSync(join(workDir, `${name}.out`), 'utf8') : ''
  return { status: result.status, output, log: `${result.stdout}${result.stderr}${readFileSync(join(workDir, `${name}.blg`), 'utf8')}` }
}

// Each child type with its parent, an xdata entry, and two entries whose LaTeX citation-js
// cannot decode: they make the file convert in halves, which used to part `chapfar` from
// its parent and lose every inherited field.
const FIXTURE = String.raw`@book{parentbook,
  author = {Knuth, Donald E.}, editor = {Smith, John}, title = {The Big Book}, subtitle = {Volume Things},
  year = {1997}, publisher = {Addison-Wesley}, location = {Reading, MA}, volume = {2},
}
@InBook{chap, Author = {Doe, Jane}, Title = {A Chapter}, Pages = {10--20}, Crossref = {parentbook}}
@collection{coll, editor = {Brown, Alice}, title = {Collected Papers}, year = {2001}, publisher = {Springer}}
@incollection{incoll, author = {Green, Bob}, title = {A Paper in a Collection}, crossref = {coll}}
@proceedings{procs, editor = {White, Carol}, title = {Proceedings of the Conference}, year = {2010}, eventtitle = {Conf 2010}, organization = {ACM}}
@inproceedings{inproc, author = {Black, Dan}, title = {A Talk}, year = {2011}, crossref = {procs}}
@xdata{pubinfo, publisher = {MIT Press}, location = {Cambridge, MA}}
@book{xbook, author = {Grey, Eve}, title = {Uses Xdata}, year = {2005}, xdata = {pubinfo}}
@mvbook{works, author = {Kant, Immanuel}, title = {Collected Works}, publisher = {de Gruyter}, year = {1968}}
@book{volume5, title = {Critiques}, volume = {5}, crossref = {works}}
@periodical{journal, title = {Journal of Things}, subtitle = {Quarterly}, year = {2020}, volume = {7}}
@article{art, author = {Stone, Fay}, title = {An Article}, pages = {1--2}, crossref = {journal}}
@misc{undecodable1, title = {One}, note = {\enquote*{x}}}
@misc{undecodable2, title = {Two}, note = {\enquote*{y}}}
@inbook{chapfar, author = {Roe, Rick}, title = {Another Chapter}, crossref = {parentbook}}
`
const CHILDREN = ['chapfar', 'chap', 'incoll', 'inproc', 'xbook', 'volume5', 'art']

function byKey(result: ImportResult): Map<string, CslItem> {
  return new Map(result.entries.map((entry) => [entry.citationKey ?? '', entry.item]))
}

describe.skipIf(!HAS_BIBER)('BibLaTeX crossref and xdata, compared with biber', () => {
  it('every child inherits what biber resolves for it (title→booktitle/maintitle/journaltitle, author→bookauthor, same-name fields), wherever the parent is', () => {
    const resolved = biber('fixture.bib', FIXTURE, ['--output-resolve-crossrefs', '--output-resolve-xdata'])
    expect(resolved.status, resolved.log).toBe(0)
    const reference = byKey(importBibliography(resolved.output))
    const ours = byKey(importBibliography(FIXTURE))
    for (const key of CHILDREN) expect(ours.get(key), key).toEqual(reference.get(key))
    // The case that used to fail: an @inbook parted from its @book parent.
    expect(ours.get('chapfar')).toMatchObject({ 'container-title': 'The Big Book: Volume Things', publisher: 'Addison-Wesley', volume: '2', issued: { 'date-parts': [[1997]] } })
    expect(ours.get('chapfar')?.editor?.[0]?.family).toBe('Smith')
    expect(ours.get('xbook')?.publisher).toBe('MIT Press')
  })

  it('keeps crossref and xdata on BibLaTeX export, and biber resolves the exported file as it did the original', () => {
    const imported = importBibliography(FIXTURE)
    expect(imported.entries.find((entry) => entry.citationKey === 'chap')?.extension).toMatchObject({ crossref: 'parentbook' })
    const exported = exportBibliography(toRecords(imported), 'biblatex')
    expect(exported).toMatch(/@in\w+\{chap,\n(?:.*\n)*? {2}crossref = \{parentbook\}/)
    expect(exported).toMatch(/@book\{xbook,\n(?:.*\n)*? {2}xdata = \{pubinfo\}/)
    expect(exported).toMatch(/@inproceedings\{inproc,\n(?:.*\n)*? {2}crossref = \{procs\}/)
    const resolved = biber('exported.bib', exported, ['--output-resolve-crossrefs'])
    expect(resolved.status, resolved.log).toBe(0)
    expect(resolved.log).not.toMatch(/^ERROR/m)
    const again = byKey(importBibliography(exported))
    const first = byKey(imported)
    for (const key of CHILDREN) expect(again.get(key)?.['container-title'], key).toBe(first.get(key)?.['container-title'])
  })

  it('does not copy a parent\'s over-long value into the child, and says so', () => {
    const abstract = 'word '.repeat(30_000)
    const result = importBibliography(`@book{big, title = {Big}, year = {2000}, abstract = {${abstract}}}\n@inbook{part, title = {Part}, crossref = {big}}\n`)
    const [big, part] = result.entries
    expect(big?.item.abstract?.length).toBeGreaterThan(100_000)
    expect(part?.item).toMatchObject({ 'container-title': 'Big', issued: { 'date-parts': [[2000]] } })
    expect(part?.item.abstract).toBeUndefined()
    expect(result.errors.map((error) => error.message)).toEqual([expect.stringMatching(/@inbook\{part\} is imported without "abstract" from its crossref or xdata parent/)])
  })

  it('writes crossref only to a parent in the same file, so a partial export has no dangling reference', () => {
    const records = toRecords(importBibliography(FIXTURE)).filter((record) => record.citationKey === 'chap')
    const exported = exportBibliography(records, 'biblatex')
    expect(exported).not.toMatch(/crossref/)
    expect(exported).toMatch(/booktitle = \{The Big Book: Volume Things\}/)
  })
})

/** An item with names reduced to family names: LaTeX decoding of given names (`{\\d{d}}`) is another matter. */
function comparable(item: CslItem | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item ?? {}).map(([field, value]) => [field, Array.isArray(value) && field !== 'issued' ? value.map((name: { family?: string; literal?: string }) => name.family ?? name.literal) : value]),
  )
}

describe.skipIf(!HAS_BIBER || !HAS_CORPUS)('crossref and xdata children in the corpus, compared with biber', () => {
  it('every child in the corpus\'s .bib files gets the fields biber resolves for it', { timeout: 120_000 }, () => {
    // The corpus's .bib files with crossref or xdata children (`grep -ril crossref` over bibtex/).
    const files = [
      'bibtex/biblatex/biblatex-examples.bib',
      'bibtex/jabref/testbib/crossref.bib',
      'bibtex/jabref/testbib/biblatex-software.bib',
      'bibtex/bbt-import/BBT does not import groups from JabRef 5.1 #1641.bib',
      'bibtex/bbt-import/Crossrefd incollection items are missing date on import #3514.bib',
      'bibtex/bbt-import/Better BibLaTeX import improvements #549.bib',
      'bibtex/bbt-import/Better BibTeX.010.bib',
      'bibtex/bbt-import/Better BibTeX.011.bib',
    ]
    let compared = 0
    for (const [index, file] of files.entries()) {
      const text = corpusText(file)
      const resolved = biber(`corpus${index}.bib`, text, ['--output-resolve-crossrefs', '--output-resolve-xdata'])
      // biber refuses a crossref loop (citation-js's own test file has one); we import it and say so.
      if (resolved.status !== 0 && /Circular inheritance/.test(resolved.log)) continue
      expect(resolved.status, `${file}: ${resolved.log}`).toBe(0)
      const reference = byKey(importBibliography(resolved.output))
      for (const entry of importBibliography(text).entries) {
        if (!entry.extension.crossref && !entry.extension.xdata) continue
        expect(comparable(entry.item), `${file}: ${entry.citationKey ?? ''}`).toEqual(comparable(reference.get(entry.citationKey ?? '')))
        compared++
      }
    }
    expect(compared).toBeGreaterThanOrEqual(20)
  })

  it('says so when a parent is missing or the crossref chain loops', () => {
    const result = importBibliography(corpusText('bibtex/citation-js/input/crossref.bib'))
    expect(result.entries).toHaveLength(6)
    expect(result.errors.map((error) => error.message)).toContain('Entry @book{b} is imported, but its crossref chain "b" → "b" loops, which biber refuses; inheritance stops at the loop.')
    const dangling = importBibliography('@inproceedings{talk, title = {Talk}, crossref = {conf/2010}}')
    expect(dangling.entries[0]?.extension.crossref).toBe('conf/2010')
    expect(dangling.errors[0]?.message).toMatch(/@inproceedings\{talk\} is imported, but "conf\/2010", which it inherits from .* is not in this file/)
  })
})

describe('citation keys a user already has', () => {
  const FILE = String.raw`@article{王_肠道菌群_2019, author = {王, 小明}, title = {肠道菌群与抑郁症}, journal = {中华医学杂志}, year = {2019}}
@article{李_炎症_2019, author = {李, 华}, title = {炎症与抑郁}, journal = {中华医学杂志}, year = {2019}}
@article{Müller2020, author = {Müller, Hans}, title = {Entzündung}, journal = {Nervenarzt}, year = {2020}}
`

  it('keeps non-ASCII keys through import, while keys AxisRef makes stay ASCII', () => {
    const imported = importBibliography(FILE)
    expect(imported.entries.map((entry) => entry.citationKey)).toEqual(['王_肠道菌群_2019', '李_炎症_2019', 'Müller2020'])
    const keys = assignCitationKeys(imported.entries)
    expect(keys.map((key) => key.key)).toEqual(['王_肠道菌群_2019', '李_炎症_2019', 'Müller2020'])
    expect(keys.every((key) => key.source === 'imported')).toBe(true)
    const generated = assignCitationKeys([{ item: imported.entries[2]?.item ?? { id: 'x', type: 'article' } }])
    expect(generated[0]?.key).toBe('muller2020entzundung')
  })

  it('still replaces keys that break a .bib file or \\cite{}, saying why', () => {
    for (const bad of ['has space', 'a,b', 'a{b}', 'a#b', 'a%b', 'a~b', 'a"b', "a'b", 'a\\b', '__']) expect(isAcceptableCitationKey(bad), bad).toBe(false)
    const [assigned] = assignCitationKeys([{ item: { id: '1', type: 'book', title: 'Gut', issued: { 'date-parts': [[2019]] } }, citationKey: 'has space' }])
    expect(assigned).toMatchObject({ key: '2019gut', source: 'generated', reason: '"has space" has characters LaTeX cannot take in a key' })
  })

  it.skipIf(!HAS_BIBER)('biber reads the BibLaTeX export with the user’s non-ASCII keys', () => {
    const exported = exportBibliography(toRecords(importBibliography(FILE)), 'biblatex')
    expect(exported).toContain('@article{王_肠道菌群_2019,')
    const result = biber('keys.bib', exported, [])
    expect(result.status, result.log).toBe(0)
    expect(result.log).not.toMatch(/^(ERROR|WARN)/m)
    expect(result.output).toContain('@ARTICLE{王_肠道菌群_2019,')
    expect(result.output).toContain('@ARTICLE{李_炎症_2019,')
  })
})
