import { z } from 'zod'
import { contentHash } from '../../../../shared/ipc/importSchemas'

/** What is where in an AxisRef archive: the same layout as the library folder. */

export const ARCHIVE_SNAPSHOT = 'snapshot.json'
export const ARCHIVE_MANIFEST = 'archive.json'

/** `files/ab/<sha256>.pdf`, as in the library folder. */
export function archiveFileName(hash: string): string {
  return `files/${hash.slice(0, 2)}/${hash}.pdf`
}

const PDF_ENTRY = /^files\/([0-9a-f]{2})\/([0-9a-f]{64})\.pdf$/

/** The hash a PDF entry's name claims, or undefined for any other name. */
export function hashOfEntry(name: string): string | undefined {
  const match = PDF_ENTRY.exec(name)
  return match?.[2]?.startsWith(match[1] ?? '') ? match[2] : undefined
}

/**
 * A name that would land outside the folder it is extracted into ("zip slip"): a `..`
 * segment, an absolute or drive path, a backslash (a separator on Windows), a NUL.
 */
export function isUnsafeEntryName(name: string): boolean {
  return name.split('/').includes('..') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.includes('\0')
}

export const archiveManifestSchema = z.object({
  format: z.literal('axisref-archive'),
  version: z.literal(1),
  createdAt: z.string(),
  files: z.array(z.object({ hash: contentHash, size: z.number().int().nonnegative() })),
  /** Files the library lacked at export time: a restore reports them instead of refusing. */
  missing: z.array(contentHash),
})

export type ArchiveManifest = z.output<typeof archiveManifestSchema>
