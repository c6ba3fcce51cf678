import { readFile } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { makeTempDir } from '../../support/paths'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'

const running: MainServices[] = []
afterAll(() => Promise.all(running.map((services) => services.close())))

describe.skipIf(!hasPdfCorpus('pdf password in the app'))('an encrypted PDF imported in the app', () => {
  it('is reported in words that do not ask for a password the app has no way to take', async () => {
    const services = createMainServices({ host: 'cli', userDataDir: await makeTempDir('password'), appVersion: '1', dialog: createQueuedDialogPort() })
    running.push(services)
    const { hash } = await services.pdfImport.storeData('locked.pdf', await readFile(corpusPdf('hostile/pdfjs-pr6531_2.pdf')))
    const result = await services.pdfImport.extractMetadata(hash, 'locked.pdf')
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'PASSWORD_PROTECTED',
        message:
          'locked.pdf: This PDF is password-protected, so its title and text cannot be read. Save an unprotected copy from a PDF reader (or print it to PDF) and import that.',
      },
    })
  }, 60_000)
})
