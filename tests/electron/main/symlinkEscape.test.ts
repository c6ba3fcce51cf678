import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { createRouter, type Route } from '../../../electron/main/ipc/router'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import type { Channel } from '../../../shared/ipc/contract'
import { makeTempDir } from '../../support/paths'

// A symbolic link planted in the library folder (a synced folder can carry one), or in a folder
// the user picked, must never lead a channel to a file elsewhere: every channel that names a
// file (by path, or by a hash main turns into a path) is tried with a link to a folder outside
// and a link to a file outside. Each is refused, and nothing outside is read, moved or changed.

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const pdf = (text: string): Buffer => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`)

let work: string
let library: string
let outside: string
let picked: string
let route: Route
let services: MainServices
/** A file outside named as if stored: reached through a linked `files/<ab>` folder. */
let viaFolder: { hash: string; path: string }
/** A file outside reached through a link that stands where a stored file would. */
let viaFile: { hash: string; path: string }

async function fingerprint(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {}
  for (const name of await readdir(dir, { recursive: true })) {
    const stats = await stat(join(dir, name))
    found[name] = stats.isFile() ? `${sha256(await readFile(join(dir, name)))}:${stats.mtimeMs}` : 'dir'
  }
  return found
}

beforeEach(async () => {
  work = await makeTempDir('symlinks')
  const userDataDir = join(work, 'userData')
  library = join(userDataDir, 'Library')
  outside = join(work, 'outside')
  picked = join(work, 'picked')
  await mkdir(join(library, 'files'), { recursive: true })
  await mkdir(outside)
  await mkdir(picked)
  const secret = pdf('a private file of another project')
  viaFolder = { hash: sha256(secret), path: '' }
  viaFolder.path = join(outside, `${viaFolder.hash}.pdf`)
  await writeFile(viaFolder.path, secret)
  await writeFile(join(outside, 'notes.bib'), '@article{secret, title={Not for AxisRef}}\n')
  const other = pdf('another private file')
  viaFile = { hash: sha256(other), path: join(outside, 'private.pdf') }
  await writeFile(viaFile.path, other)
  if (viaFile.hash.slice(0, 2) === viaFolder.hash.slice(0, 2)) throw new Error('the two test files share a folder; change one')

  // links in the library: a folder where files/<ab> should be, a file where files/<cd>/<hash>.pdf should be
  await symlink(outside, join(library, 'files', viaFolder.hash.slice(0, 2)))
  await mkdir(join(library, 'files', viaFile.hash.slice(0, 2)))
  await symlink(viaFile.path, join(library, 'files', viaFile.hash.slice(0, 2), `${viaFile.hash}.pdf`))
  // and in a folder the user picked
  await symlink(outside, join(picked, 'linked-folder'))
  await symlink(viaFile.path, join(picked, 'linked.pdf'))

  const dialog = createQueuedDialogPort()
  services = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog })
  services.grants.grant([picked])
  route = createRouter(createHandlers(services))
})

const refused = { ok: false, error: { code: 'PATH_NOT_ALLOWED' } }

async function expectRefusedAndUntouched(calls: Array<[Channel, unknown]>): Promise<void> {
  const before = await fingerprint(outside)
  for (const [channel, input] of calls) expect(await route(channel, input), `${channel} ${JSON.stringify(input)}`).toMatchObject(refused)
  expect(await fingerprint(outside)).toEqual(before)
  const copies = (await readdir(join(library, 'files'), { recursive: true })).filter((name) => !name.startsWith(viaFolder.hash.slice(0, 2)))
  expect(copies).toEqual([viaFile.hash.slice(0, 2), join(viaFile.hash.slice(0, 2), `${viaFile.hash}.pdf`)])
  expect(await readdir(library)).toEqual(['files'])
  await services.close()
}

describe('symbolic links never lead a channel out of the library', () => {
  it('moveLibraryFileToTrash: refuses a file reached through a linked folder or a link to a file outside', async () => {
    await expectRefusedAndUntouched([
      ['moveLibraryFileToTrash', { path: `files/${viaFolder.hash.slice(0, 2)}/${viaFolder.hash}.pdf` }],
      ['moveLibraryFileToTrash', { path: `files/${viaFolder.hash.slice(0, 2)}/notes.bib` }],
      ['moveLibraryFileToTrash', { path: `files/${viaFile.hash.slice(0, 2)}/${viaFile.hash}.pdf` }],
    ])
  })

  it('storePdfFile and readBibliographyFile: refuse links in the library and in a picked folder', async () => {
    const calls: Array<[Channel, unknown]> = []
    for (const path of [
      join(library, 'files', viaFolder.hash.slice(0, 2), `${viaFolder.hash}.pdf`),
      join(library, 'files', viaFile.hash.slice(0, 2), `${viaFile.hash}.pdf`),
      join(picked, 'linked-folder', `${viaFolder.hash}.pdf`),
      join(picked, 'linked.pdf'),
    ]) {
      calls.push(['storePdfFile', { path }])
    }
    calls.push(['readBibliographyFile', { path: join(picked, 'linked-folder', 'notes.bib') }])
    calls.push(['readBibliographyFile', { path: join(library, 'files', viaFolder.hash.slice(0, 2), 'notes.bib') }])
    await expectRefusedAndUntouched(calls)
  })

  it('every channel that names a stored file by hash: refuses both links', async () => {
    const calls: Array<[Channel, unknown]> = []
    for (const { hash } of [viaFolder, viaFile]) {
      calls.push(['readStoredPdf', { hash }], ['discardStoredPdf', { hash }], ['extractPdfMetadata', { hash, originalName: 'paper.pdf' }], ['extractPdfFullText', { hash }])
      calls.push(['openAttachment', { hash }], ['showAttachmentInFolder', { hash }], ['saveAttachmentCopy', { hash, name: 'paper.pdf' }])
    }
    await expectRefusedAndUntouched(calls)
  })

  it('storePdfData and storePdfFile: never write a new PDF through a linked files/<ab> folder', async () => {
    // a PDF whose hash falls in the linked folder: it would be written to the folder outside
    let bytes = pdf('candidate 0')
    for (let index = 1; sha256(bytes).slice(0, 2) !== viaFolder.hash.slice(0, 2); index++) bytes = pdf(`candidate ${index}`)
    await writeFile(join(picked, 'new.pdf'), bytes)
    await expectRefusedAndUntouched([
      ['storePdfData', { name: 'new.pdf', bytes: new Uint8Array(bytes) }],
      ['storePdfFile', { path: join(picked, 'new.pdf') }],
    ])
  })

  it('still reads what really is in a picked folder and in the library (the refusals are not blanket)', async () => {
    const bytes = pdf('a paper the user picked')
    await writeFile(join(picked, 'chosen.pdf'), bytes)
    await writeFile(join(picked, 'refs.bib'), '@article{a, title={Picked}}\n')
    expect(await route('storePdfFile', { path: join(picked, 'chosen.pdf') })).toMatchObject({ ok: true, value: { hash: sha256(bytes), newlyStored: true } })
    expect(await route('readBibliographyFile', { path: join(picked, 'refs.bib') })).toMatchObject({ ok: true, value: { name: 'refs.bib' } })
    expect(await route('readStoredPdf', { hash: sha256(bytes) })).toMatchObject({ ok: true, value: { size: bytes.length } })
    const stored = `files/${sha256(bytes).slice(0, 2)}/${sha256(bytes)}.pdf`
    expect(await route('moveLibraryFileToTrash', { path: stored })).toMatchObject({ ok: true, value: { trashedTo: `trash/${sha256(bytes)}.pdf` } })
    await services.close()
  })
})
