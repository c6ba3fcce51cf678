import type { FileHandle } from 'node:fs/promises'
import { crc32 } from 'node:zlib'
import { Inflate } from 'fflate'

/**
 * Reading a zip from its central directory, one entry at a time from disk. fflate's
 * streaming `Unzip` finds the end of an entry written with a data descriptor by scanning
 * for the descriptor's signature, which a stored PDF may well contain; the central
 * directory states every size, so nothing is guessed and nothing is held whole.
 */

export class ZipFormatError extends Error {
  override name = 'ZipFormatError'
}

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number
  flags: number
  crc: number
  compressedSize: number
  size: number
  offset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const CHUNK_BYTES = 1 << 20
const MAX_DIRECTORY_BYTES = 64 << 20

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await handle.read(buffer, 0, length, position)
  if (bytesRead !== length) throw new ZipFormatError('the archive ends early')
  return buffer
}

/** Lists the entries of the zip in `handle`. Throws ZipFormatError for anything malformed. */
export async function readZipDirectory(handle: FileHandle, fileSize: number): Promise<ZipEntry[]> {
  if (fileSize < 22) throw new ZipFormatError('it is too small to be a zip archive')
  const tailLength = Math.min(fileSize, 22 + 0xffff)
  const tail = await readAt(handle, fileSize - tailLength, tailLength)
  let at = tailLength - 22
  while (at >= 0 && tail.readUInt32LE(at) !== EOCD) at--
  if (at < 0) throw new ZipFormatError('it is not a zip archive (no central directory)')
  const count = tail.readUInt16LE(at + 10)
  const size = tail.readUInt32LE(at + 12)
  const offset = tail.readUInt32LE(at + 16)
  if (count === 0xffff || offset === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not supported')
  if (offset + size > fileSize - tailLength + at || size > MAX_DIRECTORY_BYTES) throw new ZipFormatError('its central directory is out of bounds')
  const directory = await readAt(handle, offset, size)
  const entries: ZipEntry[] = []
  let position = 0
  for (let index = 0; index < count; index++) {
    if (position + 46 > directory.length || directory.readUInt32LE(position) !== CENTRAL) throw new ZipFormatError('its central directory is damaged')
    const nameLength = directory.readUInt16LE(position + 28)
    const extraLength = directory.readUInt16LE(position + 30)
    const commentLength = directory.readUInt16LE(position + 32)
    if (position + 46 + nameLength > directory.length) throw new ZipFormatError('its central directory is damaged')
    entries.push({
      name: new TextDecoder().decode(directory.subarray(position + 46, position + 46 + nameLength)),
      flags: directory.readUInt16LE(position + 8),
      method: directory.readUInt16LE(position + 10),
      crc: directory.readUInt32LE(position + 16),
      compressedSize: directory.readUInt32LE(position + 20),
      size: directory.readUInt32LE(position + 24),
      offset: directory.readUInt32LE(position + 42),
    })
    position += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/**
 * The entry's bytes, uncompressed, chunk by chunk. Throws ZipFormatError when the entry is
 * encrypted, uses another compression, inflates to more than it declares (a zip bomb) or
 * fails its CRC-32: corruption is found here, before anything trusts the bytes.
 */
export async function* readZipEntry(handle: FileHandle, entry: ZipEntry, fileSize: number): AsyncGenerator<Uint8Array> {
  if (entry.flags & 1) throw new ZipFormatError(`${entry.name} is encrypted`)
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${entry.name} uses an unsupported compression (${entry.method})`)
  const header = await readAt(handle, entry.offset, 30)
  if (header.readUInt32LE(0) !== LOCAL) throw new ZipFormatError(`${entry.name} has no local header where the directory says`)
  const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
  if (start + entry.compressedSize > fileSize) throw new ZipFormatError(`${entry.name} runs past the end of the archive`)
  const pending: Uint8Array[] = []
  const inflater = entry.method === 8 ? new Inflate((data) => pending.push(data)) : undefined
  // Small compressed chunks for deflate: one push can inflate about a thousandfold, so at
  // most about 16 MB is unpacked before the sizes are checked again.
  const chunkBytes = inflater ? 16 << 10 : CHUNK_BYTES
  let produced = 0
  let crc = 0
  let read = 0
  do {
    const length = Math.min(chunkBytes, entry.compressedSize - read)
    const chunk = length > 0 ? await readAt(handle, start + read, length) : Buffer.alloc(0)
    read += length
    if (inflater) pushInflate(inflater, chunk, read >= entry.compressedSize, entry.name)
    else pending.push(chunk)
    for (const piece of pending.splice(0)) {
      produced += piece.length
      if (produced > entry.size) throw new ZipFormatError(`${entry.name} holds more data than its header declares`)
      crc = crc32(piece, crc)
      yield piece
    }
  } while (read < entry.compressedSize)
  if (produced !== entry.size) throw new ZipFormatError(`${entry.name} holds less data than its header declares`)
  if (crc >>> 0 !== entry.crc >>> 0) throw new ZipFormatError(`${entry.name} is damaged (its checksum does not match)`)
}

function pushInflate(inflater: Inflate, chunk: Uint8Array, last: boolean, name: string): void {
  try {
    inflater.push(chunk, last)
  } catch (error) {
    throw new ZipFormatError(`${name} cannot be decompressed (${error instanceof Error ? error.message : String(error)})`)
  }
}
