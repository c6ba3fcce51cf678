import { createHash } from 'node:crypto'
import { copyFile, mkdir, readdir, readFile, stat, symlink } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { createRouter, type Route } from '../../../electron/main/ipc/router'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { nodeOnlineDeps } from '../../../electron/main/services/online'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { CHANNELS, contract, type Channel } from '../../../shared/ipc/contract'
import { makeTempDir } from '../../support/paths'
import { VALID_PAYLOADS } from '../../support/payloads'
import { localOnlyFetch, startReplayServer, type ReplayServer } from '../../support/replayServer'
import { fakeTime } from '../services/online/fakeTime'
import { replayEnvironment } from '../services/online/lookupHarness'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'

// Every string (or enum) a channel takes is a way a compromised renderer could name a file.
// The fields are found by walking the contract, so a new channel is covered the day it is
// added. A field whose name says it holds a path, a hash or a file must refuse every hostile
// value; any other string (a display name, a title, a BibTeX text) may be accepted, but no
// call may read or write anything outside the library folder and the paths the user granted.

const PATH_LIKE = /path|hash|file|dir|folder|target|root|location/i

interface Field {
  channel: Channel
  /** Where the string sits in the payload: keys, and 0 for "the first element". */
  at: (string | 0)[]
  pathLike: boolean
}

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap() as z.ZodType)
  if (schema instanceof z.ZodDefault) return unwrap(schema.def.innerType as z.ZodType)
  return schema
}

function stringFields(channel: Channel, schema: z.ZodType, at: (string | 0)[] = [], depth = 0): Field[] {
  const inner = unwrap(schema)
  if (inner instanceof z.ZodString || inner instanceof z.ZodEnum) return [{ channel, at, pathLike: PATH_LIKE.test(String(at.filter((key) => key !== 0).at(-1) ?? '')) }]
  if (depth > 4) return []
  if (inner instanceof z.ZodArray) return stringFields(channel, inner.element as z.ZodType, [...at, 0], depth + 1)
  if (inner instanceof z.ZodObject) return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => stringFields(channel, field, [...at, key], depth + 1))
  // a union's options (a synced row of each table): every field any of them has, once
  if (inner instanceof z.ZodUnion) {
    const fields = (inner.options as z.ZodType[]).flatMap((option) => stringFields(channel, option, at, depth))
    return fields.filter((field, index) => fields.findIndex((other) => other.at.join('.') === field.at.join('.')) === index)
  }
  return []
}

/** The valid payload with one string replaced; undefined when the valid payload has nothing there (an empty list). */
function withValue(channel: Channel, at: (string | 0)[], value: string): unknown {
  const payload: unknown = structuredClone(VALID_PAYLOADS[channel])
  let node = payload as Record<string | number, unknown> | undefined
  for (const key of at.slice(0, -1)) {
    node = node?.[key] as Record<string | number, unknown> | undefined
    if (node === undefined || node === null) return undefined
  }
  const last = at.at(-1)
  if (node === undefined || last === undefined || !(last in node)) return undefined
  node[last] = value
  return payload
}

const FIELDS = CHANNELS.flatMap((channel) => stringFields(channel, contract[channel].input as z.ZodType))

let work: string
let library: string
let outside: string
let granted: string
let canaryHash: string
let services: MainServices
let route: Route
let replay: ReplayServer | undefined

/** Every file below `dir` with its content hash, size and time: what "unchanged" means. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {}
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name)
    const stats = await stat(path)
    found[name] = stats.isFile() ? `${createHash('sha256').update(await readFile(path)).digest('hex')}:${stats.size}:${stats.mtimeMs}` : 'dir'
  }
  return found
}

function hostileValues(): { value: string; label: string }[] {
  const secret = join(outside, 'secret.pdf')
  const fromLibrary = relative(library, secret)
  const raw = [
    '../../../../../../../../etc/passwd',
    '..\\..\\..\\..\\..\\Windows\\win.ini',
    '/etc/passwd',
    'C:\\Windows\\System32\\drivers\\etc\\hosts',
    'C:/Windows/win.ini',
    '\\\\server\\share\\paper.pdf',
    '%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '..%2f..%2f..%2fetc%2fpasswd',
    '%252e%252e%252fetc%252fpasswd',
    '..%c0%af..%c0%afetc%c0%afpasswd',
    '....//....//....//etc/passwd',
    'file:///etc/passwd',
    '~/secret.pdf',
    '/etc/passwd\0.pdf',
    `${'a'.repeat(64)}\0`,
    `${'a'.repeat(64)}/../../../secret`,
    `files/${'a'.repeat(2)}/../../../outside/secret.pdf`,
    'files/../../outside/secret.pdf',
    'files/..\\..\\outside\\secret.pdf',
    secret,
    `${secret}\0`,
    fromLibrary,
    `files/${relative(join(library, 'files'), secret)}`,
    join(granted, '..', 'outside', 'secret.pdf'),
    `${granted}/../outside/secret.pdf`,
    join(library, '..', 'outside', 'secret.pdf'),
  ]
  return raw.map((value) => ({ value, label: JSON.stringify(value) }))
}

beforeAll(async () => {
  work = await makeTempDir('traversal')
  const userDataDir = join(work, 'userData')
  library = join(userDataDir, 'Library')
  outside = join(work, 'outside')
  granted = join(work, 'granted')
  await mkdir(outside, { recursive: true })
  await mkdir(granted, { recursive: true })
  // a real PDF, so a channel that wrongly read it would succeed and leave a copy behind
  await copyFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'), join(outside, 'secret.pdf'))
  await copyFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'), join(granted, 'chosen.pdf'))
  canaryHash = createHash('sha256').update(await readFile(join(outside, 'secret.pdf'))).digest('hex')
  // the lookup channels send their text to the registries: here, to the replay server on 127.0.0.1
  replay = await startReplayServer()
  // (on a clock that moves only when the rate limiter waits, so hundreds of calls take no time)
  const online = { ...nodeOnlineDeps(), ...fakeTime(), fetch: localOnlyFetch(fetch) }
  services = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog: createQueuedDialogPort(), env: replayEnvironment(replay.baseUrls), online })
  services.grants.grant([join(granted, 'chosen.pdf')])
  route = createRouter(createHandlers(services))
})

afterAll(async () => {
  await services?.close()
  await replay?.close()
})

describe.skipIf(!hasPdfCorpus('path traversal'))('path traversal through every channel', () => {
  it('finds the string inputs of the channels (the walk keeps up with the contract)', () => {
    const pathLike = FIELDS.filter((field) => field.pathLike).map((field) => `${field.channel}.${field.at.join('.')}`)
    expect(pathLike).toEqual(expect.arrayContaining(['storePdfFile.path', 'readBibliographyFile.path', 'discardStoredPdf.hash', 'extractPdfMetadata.hash', 'moveLibraryFileToTrash.path', 'relinkLibraryFile.hash', 'checkLibraryIntegrity.attachments.0.hash', 'exportLibraryArchive.snapshot.attachments.0.hash']))
    // every channel that takes input has at least one field here, or takes none at all, or only bytes, or only flags and numbers
    for (const channel of CHANNELS) {
      const input = contract[channel].input as z.ZodType
      const takesInput = !(input instanceof z.ZodUndefined)
      const onlyBytes = input instanceof z.ZodObject && Object.values(input.shape as Record<string, z.ZodType>).every((field) => field instanceof z.ZodCustom)
      const noText = input instanceof z.ZodObject && Object.values(input.shape as Record<string, z.ZodType>).every((field) => field instanceof z.ZodBoolean || field instanceof z.ZodNumber)
      expect(!takesInput || onlyBytes || noText || FIELDS.some((field) => field.channel === channel), channel).toBe(true)
    }
  })

  it.each(CHANNELS.filter((channel) => FIELDS.some((field) => field.channel === channel)))('%s: refuses hostile paths and touches nothing outside the library', async (channel) => {
    const before = { outside: await fingerprint(outside), granted: await fingerprint(granted) }
    for (const field of FIELDS.filter((candidate) => candidate.channel === channel)) {
      for (const { value, label } of hostileValues()) {
        const payload = withValue(channel, field.at, value)
        if (payload === undefined) continue
        const result = await route(channel, payload)
        const where = `${channel}.${field.at.join('.')} = ${label}`
        if (field.pathLike) {
          expect(result.ok ? 'accepted' : result.error.code, where).toMatch(/^(INVALID_INPUT|PATH_NOT_ALLOWED)$/)
        } else if (result.ok) {
          // a label may be accepted, but an answer never carries the secret file's content
          expect(JSON.stringify(result.value), where).not.toContain(canaryHash)
        }
      }
    }
    expect({ outside: await fingerprint(outside), granted: await fingerprint(granted) }).toEqual(before)
    const stored = await readdir(join(library, 'files'), { recursive: true }).catch(() => [])
    expect(stored.filter((name) => name.includes(canaryHash))).toEqual([])
    // nothing new beside the library's own data folder
    expect((await readdir(work)).filter((name) => !['outside', 'granted', 'userData'].includes(name))).toEqual([])
  })

  it('a symbolic link inside the library folder does not lead out of it', async () => {
    await mkdir(join(library, 'files'), { recursive: true })
    await symlink(join(outside, 'secret.pdf'), join(library, 'files', 'link.pdf'))
    await symlink(outside, join(library, 'linked-folder'))
    for (const path of [join(library, 'files', 'link.pdf'), join(library, 'linked-folder', 'secret.pdf')]) {
      expect(await route('storePdfFile', { path }), path).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } })
      expect(await route('readBibliographyFile', { path }), path).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } })
    }
    expect((await readdir(join(library, 'files'), { recursive: true })).filter((name) => name.includes(canaryHash))).toEqual([])
  })

  it('still accepts what the user granted and what is inside the library (the refusals are not blanket)', async () => {
    expect(await route('storePdfFile', { path: join(granted, 'chosen.pdf') })).toMatchObject({ ok: true, value: { hash: canaryHash } })
    expect(await route('storePdfFile', { path: join(granted, '..', 'granted', 'chosen.pdf') })).toMatchObject({ ok: true })
    expect(await route('discardStoredPdf', { hash: canaryHash })).toMatchObject({ ok: true })
  })
})
