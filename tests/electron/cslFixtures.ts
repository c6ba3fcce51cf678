import { plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../electron/cli/cli'

/**
 * The CSL test suite's processor fixtures (../shared/corpus/csl-processor) run two ways: through
 * AxisRef's `cli cite`, and through citation-js's own citeproc called directly. Shared by
 * tests/electron/cliCiteFixtures.test.ts and `npm run eval:csl`.
 */

export interface CslFixture {
  name: string
  mode: 'citation' | 'bibliography'
  /** The expected rendering, one citation per line (CITATIONS' `..[0]` markers removed). */
  result: string
  csl: string
  input: Array<Record<string, unknown>>
  /** CITATION-ITEMS, or each CITATIONS cluster's citationItems, in order. */
  clusters: Array<Array<Record<string, unknown>>> | undefined
}

function section(text: string, name: string): string | undefined {
  return new RegExp(`>>=+ ${name} =+>>\\r?\\n([\\s\\S]*?)<<=+ ${name} =+<<`).exec(text)?.[1]
}

function isRecordList(value: unknown): value is Array<Record<string, unknown>> {
  return Array.isArray(value) && value.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry))
}

function clustersOf(text: string): CslFixture['clusters'] {
  const items = section(text, 'CITATION-ITEMS')
  const citations = section(text, 'CITATIONS')
  const parsed: unknown = JSON.parse(items ?? citations ?? 'null')
  if (!Array.isArray(parsed)) return undefined
  if (items !== undefined) return parsed.filter(isRecordList)
  // CITATIONS: [citation, citationsPre, citationsPost] triples; their citations' items, in order
  return parsed.map(citationItemsOf).filter(isRecordList)
}

function citationItemsOf(triple: unknown): unknown {
  const citation: unknown = Array.isArray(triple) ? triple[0] : undefined
  return citation !== null && typeof citation === 'object' && 'citationItems' in citation ? citation.citationItems : undefined
}

/** Reads one fixture file of the CSL test-suite format. */
export function readCslFixture(path: string, name: string): CslFixture {
  const text = readFileSync(path, 'utf8')
  const mode = section(text, 'MODE')?.trim()
  const input: unknown = JSON.parse(section(text, 'INPUT') ?? '[]')
  if ((mode !== 'citation' && mode !== 'bibliography') || !isRecordList(input)) throw new Error(`${name}: not a citation or bibliography fixture`)
  const result = (section(text, 'RESULT') ?? '').replace(/^(?:\.\.|>>)\[\d+\] /gm, '')
  return { name, mode, result, csl: section(text, 'CSL') ?? '', input, clusters: clustersOf(text) }
}

export function readCslFixtures(folder: string): CslFixture[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readCslFixture(join(folder, file), file.replace(/\.txt$/, '')))
}

/** Whitespace-normalised, as the comparison reads both outputs; citation-js's entry ids are markup, not text. */
export function normalised(text: string): string {
  return text.replace(/ data-csl-entry-id="[^"]*"/g, '').replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim()
}

/** AxisRef's answer: `cli cite --format html` in process, the style in a temp .csl file. */
export async function runAxisRef(fixture: CslFixture): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'axisref-csl-'))
  try {
    const style = join(folder, 'style.csl')
    writeFileSync(style, fixture.csl)
    const request = JSON.stringify({ items: fixture.input, ...(fixture.clusters ? { citations: fixture.clusters } : {}) })
    let stdout = ''
    let stderr = ''
    const args = ['cite', '--style', style, '--format', 'html', ...(fixture.mode === 'bibliography' ? ['--bibliography'] : [])]
    const code = await runCli(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), readStdin: async () => request, env: {} })
    return code === 0 ? stdout : `exit ${code}: ${stderr}`
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** citation-js's own run: plugins.output.format with each cluster and its neighbours as citationsPre/Post. */
export function runCitationJs(fixture: CslFixture, template: string): string {
  try {
    plugins.config.get('@csl').templates.add(template, fixture.csl)
    const format = (name: 'citation' | 'bibliography', options: Record<string, unknown> = {}) =>
      plugins.output.format(name, structuredClone(fixture.input), { template, format: 'html', ...options })
    if (fixture.mode === 'bibliography') return format('bibliography')
    // citeproc writes into the cite items it is given: hand it copies
    const clusters = fixture.clusters && structuredClone(fixture.clusters)
    if (!clusters) return format('citation')
    return clusters.map((entry, index) => format('citation', { entry, citationsPre: clusters.slice(0, index), citationsPost: clusters.slice(index + 1) })).join('\n')
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`
  }
}

export interface FixtureRun {
  total: number
  axisRefPassed: string[]
  /** citation-js as installed, with its own (older) en-US, de-DE, fr-FR, es-ES, nl-NL locales. */
  citationJsPassed: string[]
  /** citation-js again once AxisRef's bundled locales are registered: the same locale data as AxisRef. */
  citationJsBundledLocalesPassed: string[]
  failing: Array<{ name: string; expected: string; axisRef: string; citationJs: string }>
}

function passing(fixtures: readonly CslFixture[], outputs: readonly string[]): string[] {
  return fixtures.filter((fixture, index) => normalised(outputs[index] ?? '') === normalised(fixture.result)).map((fixture) => fixture.name)
}

/**
 * Both runs over every fixture. citation-js goes first: AxisRef registers its bundled
 * locales on first use, replacing citation-js's own; citation-js then runs a second time on
 * AxisRef's locale data, which tells a locale difference from a processing one.
 */
export async function runCslFixtures(folder: string): Promise<FixtureRun> {
  const fixtures = readCslFixtures(folder)
  const citationJs = fixtures.map((fixture, index) => runCitationJs(fixture, `csl-fixture-${index}`))
  const axisRef: string[] = []
  for (const fixture of fixtures) axisRef.push(await runAxisRef(fixture))
  const citationJsBundled = fixtures.map((fixture, index) => runCitationJs(fixture, `csl-fixture-bundled-${index}`))
  const axisRefPassed = passing(fixtures, axisRef)
  const failing = fixtures
    .map((fixture, index) => ({ name: fixture.name, expected: fixture.result.trim(), axisRef: (axisRef[index] ?? '').trim(), citationJs: (citationJs[index] ?? '').trim() }))
    .filter((failure) => !axisRefPassed.includes(failure.name))
  return { total: fixtures.length, axisRefPassed, citationJsPassed: passing(fixtures, citationJs), citationJsBundledLocalesPassed: passing(fixtures, citationJsBundled), failing }
}
