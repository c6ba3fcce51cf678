import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLookupService, nodeOnlineDeps, type LookupService, type LookupServiceDeps, type OnlineDeps } from '../../../../electron/main/services/online'
import { realFileSystem } from '../../../../electron/main/services/fileSystem'
import { createSettingsStore, type SettingsStore } from '../../../../electron/main/services/settingsStore'
import type { ServiceBaseUrls } from '../../../../electron/main/services/online'
import { makeTempDir } from '../../../support/paths'
import { ONLINE_CORPUS_DIR } from '../../../support/replayServer'
import { fakeTime } from './fakeTime'

/** The four AXISREF_*_URL variables pointing at one server, as a user behind a mirror sets them. */
export function replayEnvironment(urls: ServiceBaseUrls): Record<string, string> {
  return { AXISREF_CROSSREF_URL: urls.crossref, AXISREF_DOI_URL: urls.doi, AXISREF_EUTILS_URL: urls.eutils, AXISREF_IDCONV_URL: urls.idconv }
}

export interface LookupHarness {
  service: LookupService
  settings: SettingsStore
  /** The pauses the client asked for (retries, rate limits), on a clock that never really waits. */
  waits: number[]
  warnings: string[]
}

/** The lookup service over a fresh settings file, the given addresses, and a fake clock. */
export async function lookupHarness(urls: ServiceBaseUrls, fetchThrough?: OnlineDeps['fetch'], clientOptions?: LookupServiceDeps['clientOptions']): Promise<LookupHarness> {
  const settings = createSettingsStore({ fs: realFileSystem, file: join(await makeTempDir('lookup'), 'settings.json'), clock: () => 1 })
  const time = fakeTime(Date.parse('2026-01-01T00:00:00Z'))
  const warnings: string[] = []
  const online: OnlineDeps = { ...nodeOnlineDeps(), now: time.now, sleep: time.sleep, ...(fetchThrough ? { fetch: fetchThrough } : {}) }
  const service = createLookupService({ online, settings, env: replayEnvironment(urls), version: '0.1.0', warn: (message) => warnings.push(message), ...(clientOptions ? { clientOptions } : {}) })
  return { service, settings, waits: time.waits, warnings }
}

/** A recorded response, read by path, to write expectations from the registry's own words. */
export function recorded(relative: string): string {
  return readFileSync(join(ONLINE_CORPUS_DIR, relative), 'utf8')
}

/** Crossref's `message` of a recorded work. */
export function crossrefMessage(relative: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(recorded(relative))
  if (!parsed || typeof parsed !== 'object' || !('message' in parsed) || !parsed.message || typeof parsed.message !== 'object') throw new Error(`${relative} is not a Crossref answer`)
  return Object.fromEntries(Object.entries(parsed.message))
}

/** The text of every `<tag …>…</tag>` in recorded XML, in order (entities decoded). */
export function xmlTexts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => decodeEntities(match[1] ?? ''))
}

export function xmlText(xml: string, tag: string): string {
  const text = xmlTexts(xml, tag)[0]
  if (text === undefined) throw new Error(`no <${tag}> in the recorded XML`)
  return text
}

/** MeSH headings of recorded efetch XML, read straight from MeshHeading elements. */
export function xmlMesh(xml: string): { descriptor: string; major: boolean }[] {
  return [...xml.matchAll(/<DescriptorName[^>]*MajorTopicYN="([YN])"[^>]*>([^<]*)<\/DescriptorName>/g)].map((match) => ({ descriptor: decodeEntities(match[2] ?? ''), major: match[1] === 'Y' }))
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}
