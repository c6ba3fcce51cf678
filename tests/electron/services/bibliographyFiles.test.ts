import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { readBibliographyFile } from '../../../electron/main/services/bibliographyFiles'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { AppError } from '../../../shared/ipc/result'
import { makeTempDir } from '../../support/paths'

const running: MainServices[] = []
afterAll(() => Promise.all(running.map((services) => services.close())))

/** Main's services with `paths` chosen in the (queued) open dialog, as a user would. */
async function servicesWithChosen(paths: string[]): Promise<MainServices> {
  const dialog = createQueuedDialogPort()
  const services = createMainServices({ host: 'cli', userDataDir: await makeTempDir('bibfiles'), appVersion: '1', dialog })
  running.push(services)
  dialog.answerOpenFiles(paths)
  services.grants.grant((await services.dialog.openFiles({ title: '', multiple: true, filters: [] })) ?? [])
  return services
}

describe('reading a bibliography the user picked', () => {
  it('says a picked folder is a folder and what to pick, instead of EISDIR', async () => {
    const dir = await makeTempDir('picked')
    const folder = join(dir, 'references.bib')
    await mkdir(folder)
    const services = await servicesWithChosen([folder])
    const refused = await readBibliographyFile(services, folder).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(AppError)
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      message: `${folder} is a folder; pick a bibliography file inside it (.bib, .ris, .nbib, .txt, .json, .xml or .enw).`,
    })
  })

  it('still reads a picked file', async () => {
    const dir = await makeTempDir('picked')
    const file = join(dir, 'references.bib')
    await writeFile(file, '@article{a, title = {T}}\n')
    const services = await servicesWithChosen([file])
    expect(await readBibliographyFile(services, file)).toEqual({ name: 'references.bib', text: '@article{a, title = {T}}\n' })
  })
})
