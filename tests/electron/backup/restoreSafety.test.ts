import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, open, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32, createDeflateRaw } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportArchive, restoreArchive } from '../../../electron/main/services/backup'
import { realFileSystem, type FileSystem } from '../../../electron/main/services/fileSystem'
import { makeTempDir } from '../../support/paths'
import { buildLibrary } from './library'

const MB = 1 << 20

/** A process id that ran and has exited: the owner of what a crash left behind. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  if (child.pid === undefined) throw new Error('could not start a child process')
  return child.pid
}

/**
 * A zip whose `snapshot.json` is `size` bytes of zeros, deflated by zlib (fast, streamed, never
 * whole in memory) into about a thousandth of that, laid out by hand as any zip tool would.
 */
async function zeroBomb(path: string, size: number): Promise<void> {
  const deflate = createDeflateRaw({ level: 9 })
  const parts: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => parts.push(chunk))
  const ended = once(deflate, 'end')
  const zeros = Buffer.alloc(MB)
  let crc = 0
  for (let done = 0; done < size; done += MB) {
    crc = crc32(zeros, crc)
    if (!deflate.write(zeros)) await once(deflate, 'drain')
  }
  deflate.end()
  await ended
  const data = Buffer.concat(parts)
  const name = Buffer.from('snapshot.json')
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(crc >>> 0, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(size, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc >>> 0, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(size, 24)
  central.writeUInt16LE(name.length, 28)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(local.length + name.length + data.length, 16)
  await writeFile(path, Buffer.concat([local, name, data, central, name, end]))
}

/** Rewrites the sizes the zip declares for its first entry (local header and directory) to `size`. */
async function declareSize(path: string, size: number): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    const bytes = await handle.readFile()
    bytes.writeUInt32LE(size, 22)
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    bytes.writeUInt32LE(size, central + 24)
    await handle.write(bytes, 0, bytes.length, 0)
  } finally {
    await handle.close()
  }
}

/** The real file system, counting the bytes read from files (the archive). */
function countingReads(): FileSystem & { bytesRead: () => number } {
  let total = 0
  return {
    ...realFileSystem,
    bytesRead: () => total,
    open: (async (path: string, flags?: string) => {
      const handle = await realFileSystem.open(path, flags)
      const read = handle.read.bind(handle)
      handle.read = (async (...args: Parameters<typeof read>) => {
        const result = await read(...args)
        total += result.bytesRead
        return result
      }) as typeof handle.read
      return handle
    }) as FileSystem['open'],
  }
}

describe('restoring an archive safely', () => {
  let work: string
  let bomb: string
  let bombSize: number

  beforeAll(async () => {
    work = await makeTempDir('restore-safety')
    bomb = join(work, 'bomb.zip')
    // 200 MB of zeros under a 10 MB limit: the shape of a 1 GB bomb under the real limit
    await zeroBomb(bomb, 200 * MB)
    bombSize = (await realFileSystem.stat(bomb)).size
  }, 60_000)

  it('refuses a zip bomb by its declared size, in words, without unpacking it', async () => {
    const fs = countingReads()
    const target = join(work, 'FromBomb')
    const refused = restoreArchive(bomb, target, { fs, maxJsonBytes: 10 * MB })
    await expect(refused).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: "bomb.zip cannot be restored: the archive's snapshot.json would unpack to more than 10 MB; it is not an AxisRef backup or it is damaged.",
    })
    // only the directory at the end was read: nothing of the 200 MB was inflated
    expect(fs.bytesRead()).toBeLessThan(bombSize / 2)
    expect(await readdir(target)).toEqual([])
  })

  it('stops unpacking a bomb whose header lies about its size, after a bounded amount', async () => {
    const liar = join(work, 'liar.zip')
    await writeFile(liar, await realFileSystem.readFile(bomb))
    await declareSize(liar, 5 * MB)
    const fs = countingReads()
    const target = join(work, 'FromLiar')
    await expect(restoreArchive(liar, target, { fs, maxJsonBytes: 10 * MB })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^liar\.zip cannot be restored: snapshot\.json holds more data than its header declares/) })
    expect(fs.bytesRead()).toBeLessThan(bombSize / 2)
    expect(await readdir(target)).toEqual([])
  })

  it('clears the staging folder a killed restore left, then restores; keeps one a running restore uses', async () => {
    const library = join(work, 'Library')
    const { snapshot } = await buildLibrary(library, [])
    const archive = join(work, 'library.zip')
    await exportArchive(library, snapshot, archive)

    const target = join(work, 'Restored')
    const leftover = join(target, `.restore-${deadPid()}-0123456789ab`)
    await mkdir(join(leftover, 'files', 'ab'), { recursive: true })
    await writeFile(join(leftover, 'files', 'ab', 'half-written.pdf'), '%PDF-1.4 half')
    const restored = await restoreArchive(archive, target)
    expect(restored.snapshot).toEqual(snapshot)
    expect((await readdir(target)).sort()).toEqual(['snapshots'])

    const busy = join(work, 'Busy')
    await mkdir(join(busy, `.restore-${process.pid}-0123456789ab`), { recursive: true })
    await expect(restoreArchive(archive, busy)).rejects.toThrow(/is not empty/)
    expect(await readdir(busy)).toEqual([`.restore-${process.pid}-0123456789ab`])
  })
})
