import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../electron/main/services'
import { openFileDialog } from '../../../electron/main/services/fileDialog'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { isInside } from '../../../electron/main/services/pathGrants'
import { makeTempDir } from '../../support/paths'

describe('the open-file dialog', () => {
  it('describes the chosen files and grants exactly those paths to the session', async () => {
    const dir = await makeTempDir('dialog')
    const chosen = join(dir, 'paper.pdf')
    await writeFile(chosen, '%PDF-1.4 test')
    const dialog = createQueuedDialogPort()
    const services = createMainServices({ host: 'cli', userDataDir: dir, appVersion: '1', dialog })
    dialog.answerOpenFiles([chosen])
    const answer = await openFileDialog(services, { purpose: 'pdf' })
    expect(answer).toEqual({ canceled: false, files: [{ path: chosen, name: 'paper.pdf', size: 13 }] })
    const library = join(dir, 'Library')
    expect(services.grants.isAllowed(chosen, library)).toBe(true)
    expect(services.grants.isAllowed(join(dir, 'other.pdf'), library)).toBe(false)
    expect(services.grants.isAllowed(join(library, 'files/ab/x.pdf'), library)).toBe(true)
    expect(services.grants.isAllowed(join(library, '../../etc/passwd'), library)).toBe(false)
  })

  it('answers canceled with no files when the user cancels', async () => {
    const dialog = createQueuedDialogPort()
    const services = createMainServices({ host: 'cli', userDataDir: await makeTempDir('dialog'), appVersion: '1', dialog })
    dialog.answerOpenFiles(null)
    expect(await openFileDialog(services, { purpose: 'any' })).toEqual({ canceled: true, files: [] })
  })
})

describe('isInside', () => {
  it('sees through .. and does not confuse a sibling with a shared prefix', () => {
    expect(isInside('/lib/files/a.pdf', '/lib')).toBe(true)
    expect(isInside('/lib', '/lib')).toBe(true)
    expect(isInside('/lib/../etc/passwd', '/lib')).toBe(false)
    expect(isInside('/library-evil/a.pdf', '/lib')).toBe(false)
  })
})
