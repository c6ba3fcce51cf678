import { readFile } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { createRouter } from '../../../electron/main/ipc/router'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { makeTempDir } from '../../support/paths'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'
import { articlePage, makePdf } from '../pdf/makePdf'

const running: MainServices[] = []
afterAll(() => Promise.all(running.map((services) => services.close())))

async function startServices(): Promise<MainServices> {
  const services = createMainServices({ host: 'cli', userDataDir: await makeTempDir('pdf-failures'), appVersion: '1', dialog: createQueuedDialogPort() })
  running.push(services)
  return services
}

describe('PDFs the app cannot read for their structure, through the main process service', () => {
  it('names the file and says it is nested too deeply, or has no pages, in words', async () => {
    const services = await startServices()
    const deep = await services.pdfImport.storeData('deep.pdf', makePdf({ pages: [articlePage()], trailerExtra: `/Deep ${'['.repeat(100_000)}${']'.repeat(100_000)}` }))
    const empty = await services.pdfImport.storeData('empty.pdf', makePdf({ pages: [] }))
    await expect(services.pdfImport.extractMetadata(deep.hash, 'deep.pdf')).rejects.toMatchObject({
      code: 'DAMAGED_PDF',
      message: "deep.pdf: This PDF's structure is nested too deeply to read; it may be damaged. Open it in a PDF reader, save a copy (or print it to PDF) and import that.",
    })
    await expect(services.pdfImport.extractMetadata(empty.hash, 'empty.pdf')).rejects.toMatchObject({
      code: 'NO_PAGES',
      message: 'empty.pdf: This PDF has no pages, so there is nothing to read or import; it may be damaged or unfinished. Open it in a PDF reader to check, and import a complete copy.',
    })
  }, 60_000)
})

describe('a PDF that cannot be read, through the IPC channels', () => {
  it('answers the channel\'s own ok: false with the reader\'s code and the words, never an ok: true around a failure', async () => {
    const services = await startServices()
    const route = createRouter(createHandlers(services), { checkOutput: true })
    const empty = await services.pdfImport.storeData('empty.pdf', makePdf({ pages: [] }))
    const message = 'empty.pdf: This PDF has no pages, so there is nothing to read or import; it may be damaged or unfinished. Open it in a PDF reader to check, and import a complete copy.'
    expect(await route('extractPdfMetadata', { hash: empty.hash, originalName: 'empty.pdf' })).toEqual({ ok: false, error: { code: 'NO_PAGES', message } })
    expect(await route('extractPdfFullText', { hash: empty.hash })).toMatchObject({ ok: false, error: { code: 'NO_PAGES' } })
    const readable = await services.pdfImport.storeData('paper.pdf', makePdf({ pages: [articlePage()] }))
    const metadata = await route('extractPdfMetadata', { hash: readable.hash, originalName: 'paper.pdf' })
    expect(metadata).toMatchObject({ ok: true, value: { pageCount: 1, noTextLayer: false } })
    expect(metadata.ok && 'ok' in Object(metadata.value)).toBe(false)
  }, 60_000)
})

describe.skipIf(!hasPdfCorpus('pdf password in the app'))('an encrypted PDF imported in the app', () => {
  it('is reported in words that do not ask for a password the app has no way to take', async () => {
    const services = await startServices()
    const { hash } = await services.pdfImport.storeData('locked.pdf', await readFile(corpusPdf('hostile/pdfjs-pr6531_2.pdf')))
    await expect(services.pdfImport.extractMetadata(hash, 'locked.pdf')).rejects.toMatchObject({
      code: 'PASSWORD_PROTECTED',
      message:
        'locked.pdf: This PDF is password-protected, so its title and text cannot be read. Save an unprotected copy from a PDF reader (or print it to PDF) and import that.',
    })
  }, 60_000)
})
