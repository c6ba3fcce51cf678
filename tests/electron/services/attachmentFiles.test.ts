import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import type { ShellPort } from '../../../electron/main/services/shellPort'
import { makePdf, articlePage } from '../pdf/makePdf'
import { makeTempDir } from '../../support/paths'

function recordingShell(failure = ''): ShellPort & { opened: string[]; shown: string[] } {
  const opened: string[] = []
  const shown: string[] = []
  return { opened, shown, openPath: async (path) => (opened.push(path), failure), showItemInFolder: (path) => void shown.push(path) }
}

async function libraryWithPdf(shell?: ShellPort) {
  const dir = await makeTempDir('attachment-files')
  const dialog = createQueuedDialogPort()
  const services = createMainServices({ host: 'cli', userDataDir: dir, appVersion: '1', dialog, shell })
  const bytes = makePdf({ pages: [articlePage()] })
  const stored = await services.pdfImport.storeData('scan0001.pdf', bytes)
  const libraryPath = (await services.libraryLocation.get()).path
  return { dir, dialog, services, bytes, hash: stored.hash, file: join(libraryPath, 'files', stored.hash.slice(0, 2), `${stored.hash}.pdf`) }
}

describe('attachment files on the desktop', () => {
  it('opens and shows the library copy found from its hash', async () => {
    const shell = recordingShell()
    const { services, hash, file } = await libraryWithPdf(shell)
    expect(await services.attachmentFiles.open(hash)).toEqual({ opened: true })
    expect(await services.attachmentFiles.showInFolder(hash)).toEqual({ shown: true })
    expect(shell.opened).toEqual([file])
    expect(shell.shown).toEqual([file])
  })

  it('says the file is missing, or why the system could not open it', async () => {
    const { services, hash, file } = await libraryWithPdf(recordingShell('No application is associated with the file'))
    await expect(services.attachmentFiles.open(hash)).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('No application') })
    await rm(file)
    await expect(services.attachmentFiles.showInFolder(hash)).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('missing from the library folder') })
  })

  it('answers UNAVAILABLE in a host without a shell', async () => {
    const { services, hash } = await libraryWithPdf()
    await expect(services.attachmentFiles.open(hash)).rejects.toMatchObject({ code: 'UNAVAILABLE' })
  })

  it('saves a copy where the save dialog says, suggesting the display name', async () => {
    const { dir, dialog, services, hash, bytes } = await libraryWithPdf()
    const target = join(dir, 'Maes_2008_Leaky-gut.pdf')
    dialog.answerSaveFile(target)
    expect(await services.attachmentFiles.saveCopy(hash, 'Maes_2008_Leaky-gut.pdf')).toEqual({ canceled: false, path: target })
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
    dialog.answerSaveFile(null)
    expect(await services.attachmentFiles.saveCopy(hash, 'x.pdf')).toEqual({ canceled: true })
  })
})
