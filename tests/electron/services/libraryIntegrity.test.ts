import { copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { createRouter } from '../../../electron/main/ipc/router'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { createPdfStore } from '../../../electron/main/services/pdfStore'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { realFileSystem } from '../../../electron/main/services/fileSystem'
import { makeTempDir } from '../../support/paths'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'

const corpus = hasPdfCorpus('library integrity channels')
const running: MainServices[] = []
afterAll(() => Promise.all(running.map((services) => services.close())))

const PDF_A = 'metadata/hindawi-PMC4745305.pdf'
const PDF_B = 'metadata/hindawi-PMC4739473.pdf'

async function setUp() {
  const userDataDir = await makeTempDir('integrity-ipc')
  const dialog = createQueuedDialogPort()
  const services = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog, clock: () => 1_700_000_000_000 })
  running.push(services)
  const library = join(userDataDir, 'Library')
  const store = createPdfStore({ fs: realFileSystem, root: library })
  const a = (await store.store(corpusPdf(PDF_A))).hash
  const b = (await store.store(corpusPdf(PDF_B))).hash
  const route = createRouter(createHandlers(services), { checkOutput: true })
  return { userDataDir, dialog, library, route, a, b, pathOf: (hash: string) => join(library, 'files', hash.slice(0, 2), `${hash}.pdf`) }
}

describe.skipIf(!corpus)('the integrity channels', () => {
  it('finds a deleted PDF, refuses a different file to relink it, and relinks the right copy from a dialog', async () => {
    const { userDataDir, dialog, route, a, b, pathOf } = await setUp()
    await rm(pathOf(a))
    const refs = [
      { attachmentId: 'att-a', paperId: 'paper-a', hash: a },
      { attachmentId: 'att-b', paperId: 'paper-b', hash: b },
    ]
    const checked = await route('checkLibraryIntegrity', { attachments: refs })
    expect(checked).toEqual({ ok: true, value: { checkedFiles: 1, findings: [expect.objectContaining({ kind: 'missing', hash: a, paperIds: ['paper-a'], attachmentIds: ['att-a'] })] } })

    const downloads = join(userDataDir, 'Downloads')
    await mkdir(downloads)
    await copyFile(corpusPdf(PDF_B), join(downloads, 'wrong.pdf'))
    await copyFile(corpusPdf(PDF_A), join(downloads, 'found.pdf'))
    dialog.answerOpenFiles([join(downloads, 'wrong.pdf')])
    expect(await route('relinkLibraryFile', { hash: a })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('wrong.pdf is not the PDF the library lost') } })
    dialog.answerOpenFiles(null)
    expect(await route('relinkLibraryFile', { hash: a })).toEqual({ ok: true, value: { canceled: true } })
    dialog.answerOpenFiles([join(downloads, 'found.pdf')])
    expect(await route('relinkLibraryFile', { hash: a })).toEqual({ ok: true, value: { canceled: false, status: 'relinked' } })
    expect(await readFile(pathOf(a))).toEqual(await readFile(corpusPdf(PDF_A)))
    expect(await readFile(join(downloads, 'found.pdf'))).toEqual(await readFile(corpusPdf(PDF_A)))
    expect(await route('checkLibraryIntegrity', { attachments: refs })).toEqual({ ok: true, value: { checkedFiles: 2, findings: [] } })
  })

  it('moves a file no paper points to into the library trash, and nothing outside files/', async () => {
    const { library, route, a, b } = await setUp()
    const checked = await route('checkLibraryIntegrity', { attachments: [{ attachmentId: 'x', paperId: 'p', hash: a }], verifyHashes: false })
    const orphan = checked.ok ? (checked.value as { findings: { kind: string; path: string }[] }).findings.find((finding) => finding.kind === 'orphan') : undefined
    expect(orphan?.path).toBe(`files/${b.slice(0, 2)}/${b}.pdf`)
    expect(await route('moveLibraryFileToTrash', { path: orphan?.path })).toEqual({ ok: true, value: { trashedTo: `trash/${b}.pdf` } })
    expect(await readdir(join(library, 'trash'))).toEqual([`${b}.pdf`])
    expect(await route('moveLibraryFileToTrash', { path: 'files/../settings.json' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await route('moveLibraryFileToTrash', { path: orphan?.path })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
