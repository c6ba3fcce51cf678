import { createHash } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { realFileSystem, type FileSystem } from '../../electron/main/services/fileSystem'
import { createPdfStore } from '../../electron/main/services/pdfStore'
import { AppError } from '../../shared/ipc/result'

const PDF = new Uint8Array(Buffer.from('%PDF-1.4\n% a small but real-looking PDF body\n%%EOF\n'))
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

let work: string
let library: string
let original: string

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'axisref-store-'))
  library = join(work, 'Library')
  original = join(work, 'Downloads', 'paper.pdf')
  await nodeFs.mkdir(join(work, 'Downloads'))
  await writeFile(original, PDF)
})

afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

/** The real file system, counting the files opened for writing. */
function countingFs(): FileSystem & { writes: number } {
  const fs = {
    ...realFileSystem,
    writes: 0,
    open: (async (path: string, flags?: string) => {
      if (flags && /[wa]/.test(flags)) fs.writes += 1
      return realFileSystem.open(path, flags)
    }) as FileSystem['open'],
  }
  return fs
}

describe('PDF store', () => {
  it('stores a PDF under files/ab/<sha256>.pdf with the same bytes', async () => {
    const store = createPdfStore({ fs: realFileSystem, root: library })
    const result = await store.store(original)
    const hash = sha256(PDF)
    expect(result).toEqual({ status: 'stored', hash, path: join(library, 'files', hash.slice(0, 2), `${hash}.pdf`), size: PDF.length })
    expect(new Uint8Array(await readFile(result.path))).toEqual(PDF)
  })

  it('reports the same bytes a second time as existing and writes nothing', async () => {
    const fs = countingFs()
    const store = createPdfStore({ fs, root: library })
    await store.store(original)
    const writesAfterFirst = fs.writes
    const copy = join(work, 'Downloads', 'paper (1).pdf')
    await writeFile(copy, PDF)
    expect(await store.store(copy)).toMatchObject({ status: 'exists', hash: sha256(PDF) })
    expect(fs.writes).toBe(writesAfterFirst)
  })

  it("never moves or changes the user's original", async () => {
    const before = await stat(original)
    await createPdfStore({ fs: realFileSystem, root: library }).store(original)
    const after = await stat(original)
    expect(new Uint8Array(await readFile(original))).toEqual(PDF)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(after.ino).toBe(before.ino)
  })

  it('leaves no partial file when the final rename fails', async () => {
    const failingRename: FileSystem = { ...realFileSystem, rename: async () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) }
    const store = createPdfStore({ fs: failingRename, root: library })
    await expect(store.store(original)).rejects.toMatchObject({ code: 'IO_ERROR' })
    const folder = join(library, 'files', sha256(PDF).slice(0, 2))
    expect(await readdir(folder)).toEqual([])
  })

  it('stores dropped bytes once (one file written, flushed, renamed) and the same bytes again as existing', async () => {
    const fs = countingFs()
    const store = createPdfStore({ fs, root: library })
    const first = await store.storeBytes(PDF, 'dropped.pdf')
    expect(first).toMatchObject({ status: 'stored', hash: sha256(PDF), size: PDF.byteLength })
    expect(new Uint8Array(await readFile(first.path))).toEqual(PDF)
    expect(fs.writes).toBe(1)
    expect(await store.storeBytes(PDF, 'again.pdf')).toMatchObject({ status: 'exists', hash: sha256(PDF) })
    expect(fs.writes).toBe(1)
    expect(await readdir(join(library, 'files', sha256(PDF).slice(0, 2)))).toEqual([`${sha256(PDF)}.pdf`])
  })

  it('leaves no partial file from dropped bytes when the final rename fails, and names the file', async () => {
    const failingRename: FileSystem = { ...realFileSystem, rename: async () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) }
    const store = createPdfStore({ fs: failingRename, root: library })
    await expect(store.storeBytes(PDF, 'dropped.pdf')).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('dropped.pdf') })
    expect(await readdir(join(library, 'files', sha256(PDF).slice(0, 2)))).toEqual([])
  })

  it('cleans temp files a crash left behind, and only those', async () => {
    const store = createPdfStore({ fs: realFileSystem, root: library })
    const { path } = await store.store(original)
    const folder = join(path, '..')
    await writeFile(join(folder, `.${sha256(PDF)}.pdf.0123456789ab.tmp`), PDF.subarray(0, 10))
    await writeFile(join(library, 'files', '.incoming-0123456789abcdef.tmp'), PDF)
    expect(await store.cleanTempFiles()).toBe(2)
    expect(await readdir(folder)).toEqual([`${sha256(PDF)}.pdf`])
    expect(await readdir(join(library, 'files'))).toEqual([sha256(PDF).slice(0, 2)])
  })

  it('keeps temp files younger than the given age (a copy may still be running)', async () => {
    const store = createPdfStore({ fs: realFileSystem, root: library, clock: () => Date.now() })
    const folder = join(library, 'files', 'ab')
    await nodeFs.mkdir(folder, { recursive: true })
    await writeFile(join(folder, '.abc.pdf.000000000000.tmp'), 'partial')
    expect(await store.cleanTempFiles({ olderThanMs: 60_000 })).toBe(0)
    expect(await createPdfStore({ fs: realFileSystem, root: join(work, 'empty') }).cleanTempFiles()).toBe(0)
  })

  it('answers "stored" to exactly one of ten concurrent stores of the same bytes, the others "exists"', async () => {
    // The importer removes a file it was told it stored when its PDF cannot be read: only one import may hear that.
    const store = createPdfStore({ fs: realFileSystem, root: library })
    const fromBytes = await Promise.all(Array.from({ length: 10 }, (_, index) => store.storeBytes(PDF, `dropped-${index}.pdf`)))
    expect(fromBytes.filter((result) => result.status === 'stored')).toHaveLength(1)
    expect(fromBytes.filter((result) => result.status === 'exists')).toHaveLength(9)

    const other = new Uint8Array(Buffer.from('%PDF-1.7\nanother paper\n%%EOF\n'))
    const copies = await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        const copy = join(work, 'Downloads', `copy-${index}.pdf`)
        await writeFile(copy, other)
        return copy
      }),
    )
    // one store object per call, as the import service makes them: the one writer is per file, not per object
    const fromFiles = await Promise.all(copies.map((copy) => createPdfStore({ fs: realFileSystem, root: library }).store(copy)))
    expect(fromFiles.map((result) => result.status).sort()).toEqual([...Array<string>(9).fill('exists'), 'stored'])
    expect(new Uint8Array(await readFile(fromFiles[0]!.path))).toEqual(other)
    expect((await readdir(join(library, 'files'), { recursive: true })).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('refuses empty bytes and a text file as INVALID_INPUT, naming the file, and stores nothing', async () => {
    const store = createPdfStore({ fs: realFileSystem, root: library })
    await expect(store.storeBytes(new Uint8Array(0), 'empty.pdf')).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^empty\.pdf: .*empty/) })
    const text = new Uint8Array(Buffer.from('Dear reviewer, thank you for your comments.\n'))
    await expect(store.storeBytes(text, 'reply.pdf')).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^reply\.pdf: This is not a PDF/) })
    const textFile = join(work, 'Downloads', 'notes.pdf')
    await writeFile(textFile, text)
    await expect(store.store(textFile)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^notes\.pdf: This is not a PDF/) })
    const emptyFile = join(work, 'Downloads', 'zero.pdf')
    await writeFile(emptyFile, '')
    await expect(store.store(emptyFile)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^zero\.pdf: .*empty/) })
    // junk before the header is accepted, as pdf.js accepts it
    const late = new Uint8Array(Buffer.concat([Buffer.alloc(1000, 0x20), Buffer.from('%PDF-1.4\n%%EOF\n')]))
    expect(await store.storeBytes(late, 'late-header.pdf')).toMatchObject({ status: 'stored' })
    expect(await readdir(join(library, 'files'))).toEqual([sha256(late).slice(0, 2)])
  })

  it('says NOT_FOUND for a file that is not there', async () => {
    const store = createPdfStore({ fs: realFileSystem, root: library })
    const error = await store.store(join(work, 'gone.pdf')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'NOT_FOUND' })
  })
})
