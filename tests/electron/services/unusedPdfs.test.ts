import { mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import type { ShellPort } from '../../../electron/main/services/shellPort'
import { articlePage, makePdf } from '../pdf/makePdf'
import { makeTempDir } from '../../support/paths'

/** A desktop shell whose system trash is a folder of the test's temp dir. */
function shellWithTrash(trashDir: string): ShellPort {
  return {
    openPath: async () => '',
    showItemInFolder: () => undefined,
    trashItem: async (path) => {
      await mkdir(trashDir, { recursive: true })
      await rename(path, join(trashDir, path.split('/').pop() ?? 'file'))
    },
  }
}

async function libraryWithTwoPdfs(shell?: ShellPort) {
  const dir = await makeTempDir('unused-pdfs')
  const services = createMainServices({ host: shell ? 'electron' : 'browser', userDataDir: dir, appVersion: '1', dialog: createQueuedDialogPort(), ...(shell ? { shell } : {}) })
  const root = (await services.libraryLocation.get()).path
  const stored = [
    await services.pdfImport.storeData('one.pdf', makePdf({ pages: [articlePage([{ text: 'One', x: 50, top: 500, size: 9 }])] })),
    await services.pdfImport.storeData('two.pdf', makePdf({ pages: [articlePage([{ text: 'Two', x: 50, top: 500, size: 9 }])] })),
  ]
  const file = (hash: string) => join(root, 'files', hash.slice(0, 2), `${hash}.pdf`)
  return { dir, root, services, hashes: stored.map((pdf) => pdf.hash), file }
}

describe('removing the PDFs of an emptied trash', () => {
  it("moves them to the library's trash folder by default, leaving the others", async () => {
    const { root, services, hashes, file } = await libraryWithTwoPdfs()
    const [gone, kept] = hashes as [string, string]
    const bytes = await readFile(file(gone))
    expect(await services.unusedPdfs.destination()).toEqual({ destination: 'library-trash', systemTrashAvailable: false })
    expect(await services.unusedPdfs.remove([gone])).toEqual({ removed: [{ hash: gone, to: 'library-trash' }], failed: [] })
    expect(existsSync(file(gone))).toBe(false)
    expect(existsSync(file(kept))).toBe(true)
    expect(await readFile(join(root, 'trash', `${gone}.pdf`))).toEqual(bytes)
    const check = await services.integrity.check([], { verifyHashes: true })
    expect(check.findings.map((finding) => finding.hash)).toEqual([kept])
  })

  it('sends them to the system trash when Settings says so, and refuses that where the host has none', async () => {
    const trash = join(await makeTempDir('system-trash'), 'Trash')
    const { services, hashes, file, root } = await libraryWithTwoPdfs(shellWithTrash(trash))
    expect(await services.unusedPdfs.setDestination('system-trash')).toEqual({ destination: 'system-trash', systemTrashAvailable: true })
    expect(await services.unusedPdfs.remove(hashes)).toMatchObject({ removed: [{ to: 'system-trash' }, { to: 'system-trash' }], failed: [] })
    expect((await readdir(trash)).sort()).toEqual(hashes.map((hash) => `${hash}.pdf`).sort())
    for (const hash of hashes) expect(existsSync(file(hash))).toBe(false)
    expect(existsSync(join(root, 'trash'))).toBe(false)

    const { services: browser } = await libraryWithTwoPdfs()
    await expect(browser.unusedPdfs.setDestination('system-trash')).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('browser') })
  })

  it('names each file it could not remove and why, and removes the rest; a link planted in the store is never followed', async () => {
    const { dir, services, hashes, file } = await libraryWithTwoPdfs()
    const [present] = hashes as [string, string]
    const missing = 'c'.repeat(64)
    const outside = join(dir, 'not-in-the-library.pdf')
    await writeFile(outside, '%PDF-1.4 the user’s own file')
    const linked = 'd'.repeat(64)
    await mkdir(join(file(linked), '..'), { recursive: true })
    await symlink(outside, file(linked))
    const answer = await services.unusedPdfs.remove([missing, linked, present])
    expect(answer.removed).toEqual([{ hash: present, to: 'library-trash' }])
    expect(answer.failed).toEqual([
      { hash: missing, message: expect.stringMatching(/is no longer in the library folder/) },
      { hash: linked, message: expect.stringMatching(/link to a file outside the library's store.*left where it is/) },
    ])
    expect(await readFile(outside, 'utf8')).toBe('%PDF-1.4 the user’s own file')
  })
})
