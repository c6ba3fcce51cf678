import { createHash } from 'node:crypto'
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { realFileSystem } from '../../electron/main/services/fileSystem'
import { createIntegrityService, type IntegrityFinding } from '../../electron/main/services/integrity'
import { createPdfStore } from '../../electron/main/services/pdfStore'
import { corpusPdf, hasPdfCorpus } from './pdf/corpus'
import { makeTempDir } from '../support/paths'

const PDFS = ['metadata/hindawi-PMC4745305.pdf', 'metadata/hindawi-PMC4739473.pdf', 'metadata/hindawi-PMC4745327.pdf', 'metadata/hindawi-PMC4738698.pdf']
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const relPath = (hash: string): string => `files/${hash.slice(0, 2)}/${hash}.pdf`

describe.skipIf(!hasPdfCorpus('integrity'))('library integrity check', () => {
  let work: string
  let library: string
  let hashes: string[]

  beforeEach(async () => {
    work = await makeTempDir('integrity')
    library = join(work, 'Library')
    const store = createPdfStore({ fs: realFileSystem, root: library })
    hashes = []
    for (const pdf of PDFS) hashes.push((await store.store(corpusPdf(pdf))).hash)
  })
  afterEach(async () => {
    await rm(work, { recursive: true, force: true })
  })

  const service = () => createIntegrityService({ fs: realFileSystem, root: library, clock: () => 1_700_000_000_000 })
  const byKind = (findings: IntegrityFinding[], kind: IntegrityFinding['kind']) => findings.filter((finding) => finding.kind === kind)

  it('finds nothing wrong in a healthy library', async () => {
    const report = await service().check(hashes.map((hash, index) => ({ paperId: `p${index}`, hash })))
    expect(report).toEqual({ checkedFiles: 4, findings: [] })
  })

  it('finds missing, damaged, orphaned, temp and stray files, each with a repair', async () => {
    const [missing = '', damaged = '', orphan = '', healthy = ''] = hashes
    await rm(join(library, relPath(missing)))
    await writeFile(join(library, relPath(damaged)), 'overwritten by a sync tool')
    await writeFile(join(library, 'files', orphan.slice(0, 2), `.${orphan}.pdf.abc123.tmp`), 'partial')
    await writeFile(join(library, 'files', 'my paper.pdf'), '%PDF-1.4 dropped here by hand')
    const refs = [missing, damaged, healthy].map((hash, index) => ({ paperId: `p${index}`, hash }))
    const { findings } = await service().check(refs)
    expect(byKind(findings, 'missing')).toEqual([expect.objectContaining({ hash: missing, paperIds: ['p0'], path: relPath(missing), repairs: ['relink', 're-import'] })])
    expect(byKind(findings, 'mismatch')).toEqual([expect.objectContaining({ hash: damaged, paperIds: ['p1'], actualHash: sha256(Buffer.from('overwritten by a sync tool')), repairs: ['relink', 're-import', 'trash'] })])
    expect(byKind(findings, 'orphan')).toEqual([expect.objectContaining({ hash: orphan, paperIds: [], attachmentIds: [], repairs: ['re-import', 'trash'] })])
    expect(byKind(findings, 'temp')).toEqual([expect.objectContaining({ path: `files/${orphan.slice(0, 2)}/.${orphan}.pdf.abc123.tmp`, repairs: ['clean'] })])
    expect(byKind(findings, 'unexpected')).toEqual([expect.objectContaining({ path: 'files/my paper.pdf', repairs: ['re-import', 'trash'] })])
    for (const finding of findings) expect(finding.message.length).toBeGreaterThan(20)
  })

  it('a quick check without hashing still finds missing and orphaned files', async () => {
    const [missing = '', orphan = ''] = hashes
    await rm(join(library, relPath(missing)))
    const { findings } = await service().check([{ paperId: 'p0', hash: missing }, ...hashes.slice(2).map((hash) => ({ paperId: 'p', hash }))], { verifyHashes: false })
    expect(findings.map((finding) => [finding.kind, finding.hash])).toEqual([
      ['orphan', orphan],
      ['missing', missing],
    ])
  })

  it('moves files to the library trash, never deleting them, and never overwrites the trash', async () => {
    const [orphan = ''] = hashes
    const bytes = await readFile(join(library, relPath(orphan)))
    const integrity = service()
    expect(await integrity.moveToLibraryTrash(orphan)).toEqual({ trashedTo: `trash/${orphan}.pdf` })
    expect((await readFile(join(library, 'trash', `${orphan}.pdf`))).equals(bytes)).toBe(true)
    await createPdfStore({ fs: realFileSystem, root: library }).store(corpusPdf(PDFS[0]!))
    expect(await integrity.moveToLibraryTrash(orphan)).toEqual({ trashedTo: `trash/${orphan}.1700000000000.pdf` })
    expect((await readdir(join(library, 'trash'))).sort()).toEqual([`${orphan}.1700000000000.pdf`, `${orphan}.pdf`])
    await expect(integrity.moveToLibraryTrash(orphan)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(integrity.moveToLibraryTrash('../../etc/passwd')).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(integrity.moveFileToLibraryTrash('../outside.pdf')).rejects.toMatchObject({ code: 'PATH_NOT_ALLOWED' })
    await expect(integrity.moveFileToLibraryTrash(`files/${hashes[1]!.slice(0, 2)}`)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await readdir(join(library, 'files', hashes[1]!.slice(0, 2)))).toEqual([`${hashes[1]}.pdf`])
  })

  it('names the attachment records behind each finding', async () => {
    const [missing = ''] = hashes
    await rm(join(library, relPath(missing)))
    const refs = [
      { attachmentId: 'a1', paperId: 'p1', hash: missing },
      { attachmentId: 'a2', paperId: 'p2', hash: missing },
      ...hashes.slice(1).map((hash, index) => ({ attachmentId: `b${index}`, paperId: `q${index}`, hash })),
    ]
    const { findings } = await service().check(refs, { verifyHashes: false })
    expect(findings).toEqual([expect.objectContaining({ kind: 'missing', paperIds: ['p1', 'p2'], attachmentIds: ['a1', 'a2'] })])
  })

  it('relinks a lost PDF from a copy found elsewhere, after checking it is the same file', async () => {
    const [lost = '', other = ''] = hashes
    await rm(join(library, relPath(lost)))
    const found = join(work, 'Downloads', 'paper (1).pdf')
    await mkdir(join(work, 'Downloads'))
    await copyFile(corpusPdf(PDFS[0]!), found)
    const wrong = join(work, 'Downloads', 'other.pdf')
    await copyFile(corpusPdf(PDFS[1]!), wrong)
    const integrity = service()
    await expect(integrity.relink(lost, wrong)).rejects.toThrow(/other\.pdf is not the PDF the library lost/)
    expect(await integrity.relink(lost, found)).toEqual({ status: 'relinked', path: join(library, relPath(lost)) })
    expect(sha256(await readFile(join(library, relPath(lost))))).toBe(lost)
    expect(await readFile(found)).toBeTruthy()
    expect(await integrity.relink(other, wrong)).toMatchObject({ status: 'already-present' })
  })

  it('relinking over a damaged file moves the damaged one to the trash first', async () => {
    const [damaged = ''] = hashes
    await writeFile(join(library, relPath(damaged)), 'garbage')
    const copy = join(work, 'copy.pdf')
    await copyFile(corpusPdf(PDFS[0]!), copy)
    const result = await service().relink(damaged, copy)
    expect(result).toMatchObject({ status: 'relinked', trashed: `trash/${damaged}.pdf` })
    expect(await readFile(join(library, 'trash', `${damaged}.pdf`), 'utf8')).toBe('garbage')
    expect(sha256(await readFile(join(library, relPath(damaged))))).toBe(damaged)
    expect((await service().check([{ paperId: 'p', hash: damaged }], {})).findings.filter((finding) => finding.kind !== 'orphan')).toEqual([])
  })
})
