import { basename } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import type { FileSystem } from './fileSystem'
import { checkPdfHeader } from './pdf/errors'

/** pdf.js accepts a file whose `%PDF-` comes within its first 1024 bytes (junk before it is common). */
export const PDF_HEADER_WINDOW = 1024

/** The first {@link PDF_HEADER_WINDOW} bytes of a file (fewer if it is shorter). */
export async function readFileHead(fs: FileSystem, path: string): Promise<Uint8Array> {
  const handle = await fs.open(path, 'r')
  try {
    const buffer = Buffer.alloc(PDF_HEADER_WINDOW)
    const { bytesRead } = await handle.read(buffer, 0, PDF_HEADER_WINDOW, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Refuses bytes that are not a PDF before they are stored under a `.pdf` name: an empty file,
 * or one with no `%PDF-` near its start (a sign-in page saved by a publisher's site, a Word
 * file renamed), in the parser's words. Throws AppError INVALID_INPUT naming the file.
 */
export function assertPdfHeader(head: Uint8Array, name: string): void {
  const problem = checkPdfHeader(head.subarray(0, PDF_HEADER_WINDOW), head.byteLength)
  if (problem) throw new AppError('INVALID_INPUT', `${basename(name)}: ${problem.message}`)
}
