import { createHash } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { createRouter } from '../../../electron/main/ipc/router'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { makeTempDir } from '../../support/paths'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'
import { buildLibrary } from './library'

const running: MainServices[] = []
afterAll(() => Promise.all(running.map((services) => services.close())))

async function host() {
  const userDataDir = await makeTempDir('restore-channel')
  const dialog = createQueuedDialogPort()
  const services = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog })
  running.push(services)
  return { userDataDir, dialog, library: join(userDataDir, 'Library'), route: createRouter(createHandlers(services), { checkOutput: true }) }
}

describe.skipIf(!hasPdfCorpus('restore channel'))('restoreLibraryArchive', () => {
  it('restores an archive chosen in the dialog into an empty library and answers its snapshot', async () => {
    const source = await host()
    const { snapshot, hashes } = await buildLibrary(source.library, [corpusPdf('metadata/hindawi-PMC4745305.pdf'), corpusPdf('metadata/hindawi-PMC4739473.pdf')])
    const zip = join(source.userDataDir, 'library.zip')
    source.dialog.answerSaveFile(zip)
    expect(await source.route('exportLibraryArchive', { snapshot })).toMatchObject({ ok: true, value: { canceled: false } })

    const target = await host()
    target.dialog.answerOpenFiles(null)
    expect(await target.route('restoreLibraryArchive', undefined)).toEqual({ ok: true, value: { canceled: true } })
    target.dialog.answerOpenFiles([zip])
    const restored = await target.route('restoreLibraryArchive', undefined)
    expect(restored).toEqual({ ok: true, value: { canceled: false, restored: { snapshot, files: 2, missing: [], archive: 'library.zip' } } })
    for (const hash of hashes) {
      const bytes = await readFile(join(target.library, 'files', hash.slice(0, 2), `${hash}.pdf`))
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash)
    }

    // a second restore would write over the first: refused, naming what is in the way
    target.dialog.answerOpenFiles([zip])
    expect(await target.route('restoreLibraryArchive', undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/is not empty.*restore into a new, empty folder/) } })
    expect((await readdir(target.library)).sort()).toEqual(['files', 'snapshots'])
  })
})
