import { createHash } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { realFileSystem } from '../../electron/main/services/fileSystem'
import { createIntegrityService, type AttachmentRef, type IntegrityFinding } from '../../electron/main/services/integrity'
import type { HashRange } from '../../electron/main/services/integrityRange'
import { makeTempDir } from '../support/paths'

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

async function storeFile(library: string, content: string): Promise<string> {
  const hash = sha256(content)
  await mkdir(join(library, 'files', hash.slice(0, 2)), { recursive: true })
  await writeFile(join(library, 'files', hash.slice(0, 2), `${hash}.pdf`), content)
  return hash
}

/**
 * A real library folder of 60 PDFs and their records: 3 PDFs deleted, 1 overwritten, one held
 * by two records, 4 files no record points to, a partial copy and stray files at both levels.
 */
async function damagedLibrary(): Promise<{ library: string; refs: AttachmentRef[] }> {
  const library = await makeTempDir('integrity-parts')
  made.push(library)
  const hashes: string[] = []
  for (let index = 0; index < 60; index++) hashes.push(await storeFile(library, `paper ${index}`))
  const refs: AttachmentRef[] = hashes.map((hash, index) => ({ attachmentId: `att-${index}`, paperId: `paper-${index}`, hash }))
  refs.push({ attachmentId: 'att-shared', paperId: 'paper-shared', hash: hashes[30]! })
  for (const hash of [hashes[3]!, hashes[17]!, hashes[44]!]) await rm(join(library, 'files', hash.slice(0, 2), `${hash}.pdf`))
  await writeFile(join(library, 'files', hashes[9]!.slice(0, 2), `${hashes[9]}.pdf`), 'overwritten')
  for (let index = 0; index < 4; index++) await storeFile(library, `orphan ${index}`)
  await writeFile(join(library, 'files', '.import-123.tmp'), 'partial')
  await writeFile(join(library, 'files', 'notes.txt'), 'stray')
  await writeFile(join(library, 'files', hashes[20]!.slice(0, 2), 'copy.pdf'), 'stray')
  return { library, refs }
}

/** The records in hash order, cut into parts of about `size` as the renderer cuts them (a hash's records stay together). */
function parts(refs: readonly AttachmentRef[], size: number): { refs: AttachmentRef[]; range: HashRange }[] {
  const sorted = [...refs].sort((a, b) => (a.hash < b.hash ? -1 : 1))
  const cut: { refs: AttachmentRef[]; range: HashRange }[] = []
  let after: string | undefined
  while (sorted.length > 0) {
    const part = sorted.splice(0, size)
    while (sorted[0]?.hash === part.at(-1)?.hash) part.push(sorted.shift()!)
    const through = sorted.length > 0 ? part.at(-1)!.hash : undefined
    cut.push({ refs: part, range: { ...(after !== undefined && { after }), ...(through !== undefined && { through }) } })
    after = through
  }
  return cut
}

const sorted = (findings: readonly IntegrityFinding[]) => findings.map((finding) => JSON.stringify(finding)).sort()

async function service() {
  const library = await makeTempDir('integrity-range')
  made.push(library)
  return createIntegrityService({ fs: realFileSystem, root: join(library, 'Library') })
}

describe('one part of the library check', () => {
  it.each([false, true])('parts that cover every hash once find together what one whole check finds (verifying hashes: %s)', async (verifyHashes) => {
    const { library, refs } = await damagedLibrary()
    const checker = createIntegrityService({ fs: realFileSystem, root: library })
    const whole = await checker.check(refs, { verifyHashes })
    const cut = parts(refs, 7)
    expect(cut.length).toBeGreaterThanOrEqual(9)
    const reports = []
    for (const part of cut) reports.push(await checker.check(part.refs, { verifyHashes, range: part.range }))
    expect(reports.reduce((sum, report) => sum + report.checkedFiles, 0)).toBe(whole.checkedFiles)
    expect(sorted(reports.flatMap((report) => report.findings))).toEqual(sorted(whole.findings))
    const kinds = whole.findings.map((finding) => finding.kind).sort()
    expect(kinds).toEqual([...(verifyHashes ? ['mismatch'] : []), 'missing', 'missing', 'missing', 'orphan', 'orphan', 'orphan', 'orphan', 'temp', 'unexpected', 'unexpected'])
  })

  it('refuses, in words and checking nothing, a record outside the part it was asked for', async () => {
    const check = (await service()).check([{ attachmentId: 'att-7', paperId: 'p', hash: 'f'.repeat(64) }], { verifyHashes: false, range: { after: '1'.repeat(64), through: '8'.repeat(64) } })
    await expect(check).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/att-7 \(ffffffffffff…\) lies outside the part of the library this check covers/) })
  })

  it('refuses a part that holds no hash at all', async () => {
    const check = (await service()).check([], { range: { after: '8'.repeat(64), through: '1'.repeat(64) } })
    await expect(check).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('which is no hash at all') })
  })
})
