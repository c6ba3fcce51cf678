import { plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../electron/cli/cli'
import { LOCALES } from '../../shared/formats/locales'

/**
 * The CSL test suite's processor fixtures (../shared/corpus/csl-processor) run two ways: through
 * AxisRef's `cli cite`, and through citation-js's own citeproc called directly, each time on
 * the same locale data (see runCslFixtures). Shared by
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

/** AxisRef's answer: `cli cite --format html [--locale <file.xml>]` in process, the style in a temp .csl file. */
export async function runAxisRef(fixture: CslFixture, localeFile?: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'axisref-csl-'))
  try {
    const style = join(folder, 'style.csl')
    writeFileSync(style, fixture.csl)
    const request = JSON.stringify({ items: fixture.input, ...(fixture.clusters ? { citations: fixture.clusters } : {}) })
    let stdout = ''
    let stderr = ''
    const args = ['cite', '--style', style, '--format', 'html', ...(localeFile ? ['--locale', localeFile] : []), ...(fixture.mode === 'bibliography' ? ['--bibliography'] : [])]
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

/** One locale configuration: both processors on the same locale data. */
export interface ConfigurationRun {
  axisRefPassed: string[]
  citationJsPassed: string[]
  /** Fixtures AxisRef fails, with what each side printed. */
  failing: Array<{ name: string; expected: string; axisRef: string; citationJs: string }>
}

export interface FixtureRun {
  total: number
  /** AxisRef's bundled CSL locales (locales/vendor), registered with citation-js for its run too. */
  bundled: ConfigurationRun
  /** citation-js's own (older) locales as installed; AxisRef reads the one citation-js uses (en-US, or the style's fr-FR) through `--locale <file.xml>`. */
  citationJsLocales: ConfigurationRun
}

function passing(fixtures: readonly CslFixture[], outputs: readonly string[]): string[] {
  return fixtures.filter((fixture, index) => normalised(outputs[index] ?? '') === normalised(fixture.result)).map((fixture) => fixture.name)
}

function compare(fixtures: readonly CslFixture[], axisRef: readonly string[], citationJs: readonly string[]): ConfigurationRun {
  const axisRefPassed = passing(fixtures, axisRef)
  const failing = fixtures
    .map((fixture, index) => ({ name: fixture.name, expected: fixture.result.trim(), axisRef: (axisRef[index] ?? '').trim(), citationJs: (citationJs[index] ?? '').trim() }))
    .filter((failure) => !axisRefPassed.includes(failure.name))
  return { axisRefPassed, citationJsPassed: passing(fixtures, citationJs), failing }
}

/** citation-js's own locales, as its package ships them (id → CSL locale XML). */
export function citationJsOwnLocales(): Record<string, string> {
  const path = createRequire(import.meta.url).resolve('@citation-js/plugin-csl/lib/locales.json')
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
  if (parsed === null || typeof parsed !== 'object' || !('en-US' in parsed)) throw new Error(`${path}: expected citation-js's locales by id`)
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}

function registerLocales(locales: ReadonlyArray<readonly [string, string]>): void {
  for (const [id, xml] of locales) plugins.config.get('@csl').locales.add(id, xml)
}

async function runAllAxisRef(fixtures: readonly CslFixture[]): Promise<string[]> {
  const outputs: string[] = []
  for (const fixture of fixtures) outputs.push(await runAxisRef(fixture))
  return outputs
}

/** The locale citation-js formats a fixture in when given no lang: the style's default-locale (fr-FR in one fixture), else en-US. */
export function citationJsLocaleOf(fixture: CslFixture): string {
  return /<style\b[^>]*\bdefault-locale="([^"]+)"/.exec(fixture.csl)?.[1] ?? 'en-US'
}

/**
 * Both processors over every fixture, in two locale configurations, so that a difference in
 * locale data (upstream en-US now writes era terms as " BC") is never read as a processing
 * one. citation-js's own locales: stock citation-js (its locales re-registered first, as
 * AxisRef replaces them on first use), then AxisRef given the locale citation-js used (its en-US,
 * or the style's default-locale) as a `--locale` file.
 * Bundled locales: AxisRef as shipped, then citation-js with every bundled locale registered.
 */
export async function runCslFixtures(folder: string): Promise<FixtureRun> {
  const fixtures = readCslFixtures(folder)
  const own = citationJsOwnLocales()
  registerLocales(Object.entries(own))
  const citationJsOwn = fixtures.map((fixture, index) => runCitationJs(fixture, `csl-fixture-own-${index}`))
  const temp = mkdtempSync(join(tmpdir(), 'axisref-csl-locale-'))
  try {
    const files = new Map<string, string>()
    for (const [id, xml] of Object.entries(own)) {
      files.set(id, join(temp, `citation-js-${id}.xml`))
      writeFileSync(join(temp, `citation-js-${id}.xml`), xml)
    }
    const axisRefOwn: string[] = []
    for (const fixture of fixtures) axisRefOwn.push(await runAxisRef(fixture, files.get(citationJsLocaleOf(fixture)) ?? files.get('en-US')))
    const axisRefBundled = await runAllAxisRef(fixtures)
    registerLocales(LOCALES.map((locale) => [locale.id, locale.xml] as const))
    const citationJsBundled = fixtures.map((fixture, index) => runCitationJs(fixture, `csl-fixture-bundled-${index}`))
    return { total: fixtures.length, bundled: compare(fixtures, axisRefBundled, citationJsBundled), citationJsLocales: compare(fixtures, axisRefOwn, citationJsOwn) }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}
