import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportArchive, restoreArchive } from '../../../electron/main/services/backup'
import type { Snapshot } from '../../../shared/backup/snapshot'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'
import { makeTempDir } from '../../support/paths'
import { buildLibrary } from './library'

const PDFS = ['metadata/hindawi-PMC4745305.pdf', 'metadata/hindawi-PMC4739473.pdf', 'metadata/bmc-trials-16-1-12.pdf', 'metadata/cermine-test5.pdf', 'metadata/zotero-recognizePDF_test_DOI.pdf']
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const pdfPath = (root: string, hash: string): string => join(root, 'files', hash.slice(0, 2), `${hash}.pdf`)

describe.skipIf(!hasPdfCorpus('backup archive'))('library archive', () => {
  let work: string
  let library: string
  let snapshot: Snapshot
  let hashes: string[]
  let archive: string

  beforeAll(async () => {
    work = await makeTempDir('archive')
    library = join(work, 'Library')
    ;({ snapshot, hashes } = await buildLibrary(library, PDFS.map(corpusPdf)))
    archive = join(work, 'backup.axisref.zip')
    await exportArchive(library, snapshot, archive)
  })

  afterAll(async () => {
    await rm(work, { recursive: true, force: true })
  })

  /** A zip with the given entries, built without AxisRef's exporter (as an attacker would). */
  async function craftedArchive(name: string, entries: Record<string, Uint8Array>): Promise<string> {
    const path = join(work, name)
    await writeFile(path, zipSync(entries, { level: 0 }))
    return path
  }

  const snapshotBytes = (value: Snapshot = snapshot): Uint8Array => strToU8(JSON.stringify(value))

  it('restores into an empty folder with every record equal and every PDF byte-identical', async () => {
    const target = join(work, 'Restored')
    const result = await restoreArchive(archive, target)
    expect(result.snapshot).toEqual(snapshot)
    expect(result.files).toBe(hashes.length)
    expect(result.missing).toEqual([])
    for (const hash of hashes) {
      const restored = await readFile(pdfPath(target, hash))
      expect(sha256(restored)).toBe(hash)
      expect(restored.equals(await readFile(pdfPath(library, hash)))).toBe(true)
    }
    // The restored library has its snapshot on disk too, and nothing else beside the files.
    expect((await readdir(target)).sort()).toEqual(['files', 'snapshots'])
    expect(JSON.parse(await readFile(result.snapshotPath, 'utf8'))).toEqual(snapshot)
  })

  it('refuses to restore into a folder that is not empty', async () => {
    const target = join(work, 'NotEmpty')
    await mkdir(target)
    await writeFile(join(target, 'my thesis.docx'), 'precious')
    await expect(restoreArchive(archive, target)).rejects.toThrow(/not empty.*my thesis\.docx/)
    expect(await readFile(join(target, 'my thesis.docx'), 'utf8')).toBe('precious')
  })

  it('refuses an archive whose PDF bytes were changed, and leaves the folder empty', async () => {
    const bytes = await readFile(archive)
    const at = bytes.indexOf('%PDF', 200)
    bytes[at + 200] = (bytes[at + 200] ?? 0) ^ 0xff
    const damaged = join(work, 'flipped.zip')
    await writeFile(damaged, bytes)
    const target = join(work, 'FromFlipped')
    await expect(restoreArchive(damaged, target)).rejects.toThrow(/cannot be restored: .*(damaged|does not match)/)
    expect(await readdir(target)).toEqual([])
  })

  it('refuses a PDF whose content does not match the hash in its name, even with a valid checksum', async () => {
    const [first = '', ...rest] = hashes
    const entries: Record<string, Uint8Array> = { 'snapshot.json': snapshotBytes() }
    for (const hash of rest) entries[`files/${hash.slice(0, 2)}/${hash}.pdf`] = await readFile(pdfPath(library, hash))
    entries[`files/${first.slice(0, 2)}/${first}.pdf`] = strToU8('%PDF-1.4 not the paper you stored')
    const target = join(work, 'FromSwapped')
    await expect(restoreArchive(await craftedArchive('swapped.zip', entries), target)).rejects.toThrow(`files/${first.slice(0, 2)}/${first}.pdf does not match its name`)
    expect(await readdir(target)).toEqual([])
  })

  it('refuses a zip-slip path and writes nothing outside the library', async () => {
    const path = await craftedArchive('slip.zip', { 'snapshot.json': snapshotBytes(), '../x': strToU8('escaped') })
    const target = join(work, 'FromSlip')
    await expect(restoreArchive(path, target)).rejects.toThrow('unsafe path "../x", which would be written outside the library folder')
    expect(existsSync(join(work, 'x'))).toBe(false)
    const nested = await craftedArchive('slip2.zip', { 'snapshot.json': snapshotBytes(), 'files/../../y.pdf': strToU8('x') })
    await expect(restoreArchive(nested, join(work, 'FromSlip2'))).rejects.toThrow(/unsafe path/)
  })

  it('refuses archives whose files and snapshot disagree, or that are not archives at all', async () => {
    const [first = ''] = hashes
    const onlyOne = await craftedArchive('partial.zip', { 'snapshot.json': snapshotBytes(), [`files/${first.slice(0, 2)}/${first}.pdf`]: await readFile(pdfPath(library, first)) })
    await expect(restoreArchive(onlyOne, join(work, 'FromPartial'))).rejects.toThrow(/listed in its snapshot, is not in the archive/)
    const extra = await craftedArchive('extra.zip', { 'snapshot.json': snapshotBytes({ ...snapshot, attachments: [] }), [`files/${first.slice(0, 2)}/${first}.pdf`]: await readFile(pdfPath(library, first)) })
    await expect(restoreArchive(extra, join(work, 'FromExtra')).catch((error: Error) => error.message)).resolves.toMatch(/is not listed in its snapshot/)
    const stranger = await craftedArchive('stranger.zip', { 'snapshot.json': snapshotBytes({ ...snapshot, attachments: [] }), 'run.sh': strToU8('rm -rf ~') })
    await expect(restoreArchive(stranger, join(work, 'FromStranger'))).rejects.toThrow(/"run.sh", which is not part of an AxisRef archive/)
    const notZip = join(work, 'notes.zip')
    await writeFile(notZip, 'just some text, not a zip\n'.repeat(10))
    await expect(restoreArchive(notZip, join(work, 'FromText'))).rejects.toThrow(/not a zip archive/)
    const badSnapshot = await craftedArchive('bad-snapshot.zip', { 'snapshot.json': strToU8('{"format":"something else"}') })
    await expect(restoreArchive(badSnapshot, join(work, 'FromBad'))).rejects.toThrow(/Not an AxisRef snapshot/)
  })

  it('refuses to export when a PDF is missing, unless told to, and then restores what there is', async () => {
    const partialLibrary = join(work, 'PartialLibrary')
    const built = await buildLibrary(partialLibrary, PDFS.slice(0, 2).map(corpusPdf))
    const [lost = ''] = built.hashes
    await rm(pdfPath(partialLibrary, lost))
    await expect(exportArchive(partialLibrary, built.snapshot, join(work, 'partial-export.zip'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(existsSync(join(work, 'partial-export.zip'))).toBe(false)
    const summary = await exportArchive(partialLibrary, built.snapshot, join(work, 'partial-export.zip'), { allowMissing: true })
    expect(summary).toMatchObject({ files: 1, missing: [lost] })
    const restored = await restoreArchive(summary.path, join(work, 'FromPartialExport'))
    expect(restored.missing).toEqual([lost])
    expect(restored.snapshot).toEqual(built.snapshot)
  })

  it('refuses to export a damaged library file rather than archive it under its name', async () => {
    const damagedLibrary = join(work, 'DamagedLibrary')
    const built = await buildLibrary(damagedLibrary, PDFS.slice(0, 1).map(corpusPdf))
    const [hash = ''] = built.hashes
    await writeFile(pdfPath(damagedLibrary, hash), 'overwritten by something')
    await expect(exportArchive(damagedLibrary, built.snapshot, join(work, 'damaged.zip'))).rejects.toThrow(/no longer matches its content hash/)
    expect((await readdir(work)).filter((name) => name.includes('damaged.zip'))).toEqual([])
  })
})
