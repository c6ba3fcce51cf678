import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { AppError } from '../../../shared/ipc/result'
import { makeTempDir } from '../../support/paths'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'

const corpus = hasPdfCorpus('pdf import service')
const running: MainServices[] = []

async function setUp() {
  const userDataDir = await makeTempDir('import')
  const dialog = createQueuedDialogPort()
  const services = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog })
  running.push(services)
  const library = join(userDataDir, 'Library')
  return { services, dialog, userDataDir, library }
}
afterAll(() => Promise.all(running.map((services) => services.close())))

describe.skipIf(!corpus)('importing a PDF in the main process', () => {
  it('refuses a path the user did not choose, and stores one they did, leaving the original alone', async () => {
    const { services, dialog, library } = await setUp()
    const original = corpusPdf('metadata/hindawi-PMC4745305.pdf')
    await expect(services.pdfImport.storeFile(original)).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === 'PATH_NOT_ALLOWED')
    const before = await stat(original)
    dialog.answerOpenFiles([original])
    await services.dialog.openFiles({ title: '', multiple: true, filters: [] }).then((paths) => services.grants.grant(paths ?? []))
    const stored = await services.pdfImport.storeFile(original)
    expect(stored).toMatchObject({ originalName: 'hindawi-PMC4745305.pdf', newlyStored: true, size: before.size })
    const copy = join(library, 'files', stored.hash.slice(0, 2), `${stored.hash}.pdf`)
    expect(await readFile(copy)).toEqual(await readFile(original))
    expect((await stat(original)).mtimeMs).toBe(before.mtimeMs)
    expect(await services.pdfImport.storeFile(original)).toMatchObject({ hash: stored.hash, newlyStored: false })
  })

  it('stores dropped bytes under the same hash as the file, leaving no temporary file', async () => {
    const { services, library } = await setUp()
    const bytes = await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'))
    const first = await services.pdfImport.storeData('dropped.pdf', bytes)
    const again = await services.pdfImport.storeData('again.pdf', bytes)
    expect(first.newlyStored).toBe(true)
    expect(again).toMatchObject({ hash: first.hash, newlyStored: false, originalName: 'again.pdf' })
    expect(await readdir(join(library, 'files'))).toEqual([first.hash.slice(0, 2)])
  })

  it('tells exactly one of ten concurrent imports of the same bytes that it stored them (newlyStored)', async () => {
    const { services } = await setUp()
    const bytes = await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'))
    const answers = await Promise.all(Array.from({ length: 10 }, (_, index) => services.pdfImport.storeData(`drop-${index}.pdf`, bytes)))
    expect(answers.filter((answer) => answer.newlyStored)).toHaveLength(1)
  })

  it("reads a real paper's metadata off the main thread", async () => {
    const { services } = await setUp()
    const bytes = await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'))
    const { hash } = await services.pdfImport.storeData('paper.pdf', bytes)
    const result = await services.pdfImport.extractMetadata(hash, 'paper.pdf')
    expect(result.item.title).toBe('Concomitant Use of Topiramate Inducing Neutropenia in a Schizophrenic Male Stabilized on Clozapine')
    expect(result.item.DOI?.toLowerCase()).toBe('10.1155/2016/6086839')
    expect(result.item.author?.[0]?.family).toBe('Sharma')
    expect(result.noTextLayer).toBe(false)
    const text = await services.pdfImport.extractFullText(hash)
    expect(text.text).toMatch(/clozapine/i)
  })

  it("titles a scan from the user's file name, not the stored hash name", async () => {
    const { services } = await setUp()
    const bytes = await readFile(corpusPdf('hostile/jabref-scanned-image-only.pdf'))
    const { hash } = await services.pdfImport.storeData('Smith 2019 microglia scan.pdf', bytes)
    const result = await services.pdfImport.extractMetadata(hash, 'Smith 2019 microglia scan.pdf')
    expect(result).toMatchObject({ noTextLayer: true, item: { title: 'Smith 2019 microglia scan' } })
  })

  it('refuses what is not a PDF before storing it, naming the file and saying why, and discards a stored copy on request', async () => {
    const { services, library } = await setUp()
    // Before, the HTML was stored as files/ab/<hash>.pdf and refused only when read (the contract promises INVALID_INPUT).
    const html = Buffer.from('<!DOCTYPE html><html><body>Sign in to read this article</body></html>')
    await expect(services.pdfImport.storeData('article.pdf', html)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^article\.pdf: .*HTML/i) })
    expect(await readdir(join(library, 'files')).catch(() => [])).toEqual([])
    const { hash } = await services.pdfImport.storeData('paper.pdf', await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf')))
    expect(await services.pdfImport.discard(hash)).toEqual({ removed: true })
    expect(await readdir(join(library, 'files', hash.slice(0, 2)))).toEqual([])
  })

  it('hands the reader the exact stored bytes by hash, and says to run the integrity check when they are gone', async () => {
    const { services, library } = await setUp()
    const bytes = await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'))
    const { hash } = await services.pdfImport.storeData('paper.pdf', bytes)
    const read = await services.pdfImport.readStored(hash)
    expect(read.size).toBe(bytes.length)
    expect(Buffer.from(read.base64, 'base64').equals(bytes)).toBe(true)
    await rm(join(library, 'files', hash.slice(0, 2), `${hash}.pdf`))
    await expect(services.pdfImport.readStored(hash)).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === 'NOT_FOUND' && /integrity check/.test(error.message),
    )
  })
})

describe('the watched folder', () => {
  it('offers each new PDF until its import is confirmed, across restarts, and again when the file changes', async () => {
    const { services, dialog, userDataDir } = await setUp()
    const watched = join(userDataDir, 'Downloads')
    await mkdir(join(watched, 'nested'), { recursive: true })
    await writeFile(join(watched, 'a.pdf'), '%PDF-1.4 a')
    await writeFile(join(watched, 'nested', 'b.PDF'), '%PDF-1.4 b')
    await writeFile(join(watched, 'notes.txt'), 'not a pdf')
    dialog.answerChooseFolder(watched)
    expect(await services.watchedFolder.choose()).toEqual({ path: watched })
    const first = await services.watchedFolder.scan()
    expect(first.paths.sort()).toEqual([join(watched, 'a.pdf'), join(watched, 'nested', 'b.PDF')])
    expect(services.grants.isAllowed(join(watched, 'a.pdf'), join(userDataDir, 'Library'))).toBe(true)
    expect(await services.watchedFolder.scan()).toEqual({ paths: [] })
    expect(await services.watchedFolder.confirmImported(first.paths)).toEqual({ confirmed: 2 })

    const restarted = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog })
    expect(await restarted.watchedFolder.get()).toEqual({ path: watched })
    expect(await restarted.watchedFolder.scan()).toEqual({ paths: [] })
    await writeFile(join(watched, 'a.pdf'), '%PDF-1.4 a, second version')
    expect(await restarted.watchedFolder.scan()).toEqual({ paths: [join(watched, 'a.pdf')] })
    expect(await restarted.watchedFolder.stop()).toEqual({ path: null })
    await restarted.close()
  })

  it('offers again after a restart a file whose import was never confirmed (a crash, a closed window), but not one confirmed', async () => {
    const { services, dialog, userDataDir } = await setUp()
    const watched = join(userDataDir, 'Downloads')
    await mkdir(watched)
    await writeFile(join(watched, 'imported.pdf'), '%PDF-1.4 imported')
    await writeFile(join(watched, 'cut-short.pdf'), '%PDF-1.4 the window closed during its import')
    dialog.answerChooseFolder(watched)
    await services.watchedFolder.choose()
    expect((await services.watchedFolder.scan()).paths.sort()).toEqual([join(watched, 'cut-short.pdf'), join(watched, 'imported.pdf')])
    // the renderer confirms only the file whose paper it wrote; a path it was never offered is refused, nothing noted
    await expect(services.watchedFolder.confirmImported([join(watched, 'imported.pdf'), join(userDataDir, 'elsewhere.pdf')])).rejects.toMatchObject({ code: 'PATH_NOT_ALLOWED' })
    expect(await services.watchedFolder.confirmImported([join(watched, 'imported.pdf')])).toEqual({ confirmed: 1 })
    expect(await services.watchedFolder.scan()).toEqual({ paths: [] })

    const restarted = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog })
    expect(await restarted.watchedFolder.scan()).toEqual({ paths: [join(watched, 'cut-short.pdf')] })
    expect(await restarted.watchedFolder.confirmImported([join(watched, 'cut-short.pdf')])).toEqual({ confirmed: 1 })
    const again = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog })
    expect(await again.watchedFolder.scan()).toEqual({ paths: [] })
    await Promise.all([restarted.close(), again.close()])
  })

  it('says in words when its list of imported files cannot be read, and starts the list anew when it is damaged', async () => {
    const { services, dialog, userDataDir } = await setUp()
    const watched = join(userDataDir, 'Downloads')
    await mkdir(watched)
    await writeFile(join(watched, 'a.pdf'), '%PDF-1.4 a')
    dialog.answerChooseFolder(watched)
    await services.watchedFolder.choose()
    const ledger = join(userDataDir, 'watched-folder.json')
    // a folder where the list should be: a read failure that is not "no list yet"
    await mkdir(ledger)
    await expect(services.watchedFolder.scan()).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining(ledger) })
    await rm(ledger, { recursive: true })
    await writeFile(ledger, '{"a.pdf": "12')
    const offered = await services.watchedFolder.scan()
    expect(offered.paths).toEqual([join(watched, 'a.pdf')])
    expect(await services.watchedFolder.confirmImported(offered.paths)).toEqual({ confirmed: 1 })
    expect(Object.keys(JSON.parse(await readFile(ledger, 'utf8')))).toEqual(['a.pdf'])
  })

  it('says so when the watched folder has gone', async () => {
    const { services, dialog, userDataDir } = await setUp()
    const watched = join(userDataDir, 'USB stick')
    await mkdir(watched)
    dialog.answerChooseFolder(watched)
    await services.watchedFolder.choose()
    await rm(watched, { recursive: true })
    await expect(services.watchedFolder.scan()).rejects.toThrow(/is gone\. Choose it again in Settings/)
  })
})
