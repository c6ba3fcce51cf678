import { chmod, lstat, mkdir, readFile, readdir, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/ipc/contract'
import { createMainServices } from '../../../electron/main/services'
import type { DialogPort } from '../../../electron/main/services/dialogPort'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { makeTempDir } from '../../support/paths'

const THESIS = { source: { kind: 'collection' as const, id: 'c-thesis' }, format: 'bibtex' as const, name: 'Thesis' }
const REVIEW = { source: { kind: 'savedSearch' as const, id: 's-review' }, format: 'csl-json' as const, name: 'Gut review' }
const LONG_AGO = new Date('2020-01-01T00:00:00Z')

/** A queued dialog port that also keeps what each save dialog was asked to suggest. */
function recordingDialog() {
  const queued = createQueuedDialogPort()
  const asked: Parameters<DialogPort['saveFile']>[0][] = []
  const dialog: DialogPort = { ...queued, saveFile: (options) => (asked.push(options), queued.saveFile(options)) }
  return { dialog, answer: queued.answerSaveFile, asked }
}

async function host() {
  const dir = await makeTempDir('autoexport')
  const { dialog, answer, asked } = recordingDialog()
  const services = createMainServices({ host: 'cli', userDataDir: dir, appVersion: '1', dialog })
  return { dir, services, answer, asked, restart: () => createMainServices({ host: 'cli', userDataDir: dir, appVersion: '1', dialog }) }
}

describe('auto-export bindings', () => {
  it('keeps two files, each rewritten only with its own papers, and remembers both', async () => {
    const { dir, services, answer, asked, restart } = await host()
    const thesis = join(dir, 'thesis', 'thesis.bib')
    const review = join(dir, 'review', 'review.json')
    await mkdir(join(dir, 'thesis'))
    await mkdir(join(dir, 'review'))
    answer(thesis)
    const [first] = await services.autoExport.add(THESIS)
    answer(review)
    const both = await services.autoExport.add(REVIEW)
    expect(asked.map((options) => options.defaultName)).toEqual(['Thesis.bib', 'Gut review.json'])
    expect(both.map(({ source, path, format, folderMissing }) => ({ source, path, format, folderMissing }))).toEqual([
      { source: THESIS.source, path: thesis, format: 'bibtex', folderMissing: false },
      { source: REVIEW.source, path: review, format: 'csl-json', folderMissing: false },
    ])
    const second = both[1]
    if (!first || !second) throw new Error('two bindings expected')

    expect(await services.autoExport.write(first.id, '@article{maes2008gut,}\n')).toEqual({ written: true, bytes: 23 })
    expect(await services.autoExport.write(second.id, '[{"id":"berk2013"}]')).toEqual({ written: true, bytes: 19 })
    await utimes(review, LONG_AGO, LONG_AGO)
    await services.autoExport.write(first.id, '@article{maes2008gut, title={Leaky gut}}\n')
    expect(await readFile(thesis, 'utf8')).toContain('Leaky gut')
    expect(await readFile(review, 'utf8')).toBe('[{"id":"berk2013"}]')
    expect((await stat(review)).mtime).toEqual(LONG_AGO)
    expect(await readdir(join(dir, 'thesis'))).toEqual(['thesis.bib'])

    expect((await restart().autoExport.list()).map((binding) => binding.id)).toEqual([first.id, second.id])
  })

  it('leaves a file that already holds the text untouched: written false, modification time unchanged', async () => {
    const { dir, services, answer } = await host()
    const thesis = join(dir, 'thesis.bib')
    answer(thesis)
    const [binding] = await services.autoExport.add(THESIS)
    if (!binding) throw new Error('binding expected')
    await services.autoExport.write(binding.id, '@article{maes2008gut,}\n')
    await utimes(thesis, LONG_AGO, LONG_AGO)
    expect(await services.autoExport.write(binding.id, '@article{maes2008gut,}\n')).toEqual({ written: false, bytes: 23 })
    expect((await stat(thesis)).mtime).toEqual(LONG_AGO)
  })

  it('says when a bound file\'s folder is gone, in the list and when writing, and clears it once the file is chosen again', async () => {
    const { dir, services, answer } = await host()
    const folder = join(dir, 'Dropbox', 'thesis')
    await mkdir(folder, { recursive: true })
    answer(join(folder, 'thesis.bib'))
    const [binding] = await services.autoExport.add(THESIS)
    if (!binding) throw new Error('binding expected')
    await rm(join(dir, 'Dropbox'), { recursive: true })

    expect((await services.autoExport.list())[0]).toMatchObject({ id: binding.id, folderMissing: true })
    const gone = `The folder of thesis.bib (${folder}) is gone: choose the file again or remove the binding.`
    await expect(services.autoExport.write(binding.id, '@article{a,}\n')).rejects.toMatchObject({ code: 'IO_ERROR', message: gone })
    expect((await services.autoExport.list())[0]).toMatchObject({ folderMissing: true, lastError: gone })

    const moved = join(dir, 'thesis.bib')
    answer(moved)
    const [again] = await services.autoExport.add(THESIS)
    expect(again).toMatchObject({ path: join(folder, 'thesis.bib') })
    expect((await services.autoExport.remove(binding.id)).map((each) => each.path)).toEqual([moved])
  })

  it('turns the old single-file setting into one binding of the whole library', async () => {
    const { dir, answer, restart } = await host()
    const old = join(dir, 'library.bib')
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ autoExport: { path: old, format: 'biblatex' } }))
    const services = restart()
    expect(await services.autoExport.list()).toEqual([{ id: 'library', source: { kind: 'library' }, path: old, format: 'biblatex', folderMissing: false }])
    await services.autoExport.write('library', '@article{a,}\n')
    expect(await readFile(old, 'utf8')).toBe('@article{a,}\n')

    answer(join(dir, 'thesis.bib'))
    await services.autoExport.add(THESIS)
    const stored = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>
    expect(stored.autoExport).toBeUndefined()
    expect(stored.autoExports).toMatchObject([{ id: 'library', path: old }, { source: THESIS.source }])
  })

  it('takes the path only from the save dialog: cancel leaves the list, the page cannot name a file', async () => {
    const { dir, services, answer, asked } = await host()
    answer(null)
    expect(await services.autoExport.add({ ...THESIS, name: '../../etc/passwd: notes' })).toEqual([])
    expect(asked[0]?.defaultName).toBe('-..-etc-passwd- notes.bib')
    expect(contract.addAutoExport.input.safeParse({ ...THESIS, path: join(dir, 'x.bib') }).success).toBe(false)
    expect(contract.writeAutoExport.input.safeParse({ id: 'library', text: 'x', path: join(dir, 'x.bib') }).success).toBe(false)
    await expect(services.autoExport.write('nobody', 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await readdir(dir)).toEqual([])
  })

  it('says which file it could not update and what to do', async () => {
    const { dir, services, answer } = await host()
    // a folder where the file should be: reading and replacing it both fail
    await mkdir(join(dir, 'thesis.bib'))
    answer(join(dir, 'thesis.bib'))
    const [binding] = await services.autoExport.add(THESIS)
    await expect(services.autoExport.write(binding?.id ?? '', 'x')).rejects.toThrow(/^Could not update thesis\.bib \(EISDIR\)\. .*choose the file again/)
    expect((await services.autoExport.list())[0]?.lastError).toMatch(/^Could not update thesis\.bib/)
  })

  it.skipIf(process.platform === 'win32')('writes through a symbolic link to the real .bib, keeping the link and the file\'s mode', async () => {
    const { dir, services, answer } = await host()
    const real = join(dir, 'thesis', 'refs.bib')
    await mkdir(join(dir, 'thesis'))
    await writeFile(real, '% the old library\n')
    await chmod(real, 0o640)
    const link = join(dir, 'library.bib')
    await symlink(real, link)
    answer(link)
    const [binding] = await services.autoExport.add(THESIS)
    await services.autoExport.write(binding?.id ?? '', '@article{maes2008gut, title={The gut-brain barrier}}\n')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readlink(link)).toBe(real)
    expect(await readFile(real, 'utf8')).toContain('maes2008gut')
    expect((await stat(real)).mode & 0o777).toBe(0o640)
    expect(await readdir(join(dir, 'thesis'))).toEqual(['refs.bib'])
  })
})
