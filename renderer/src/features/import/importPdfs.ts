import type { CslItem } from '../../../../shared/domain/csl'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { ExtractedItem, PdfMetadataResult, StoredPdf } from '../../../../shared/ipc/importSchemas'
import type { Result } from '../../../../shared/ipc/result'
import type { DuplicateIndex, DuplicateReason } from '../../../../shared/dedup'
import { addPdfPaper, findPaperByAttachmentHash, libraryDuplicateIndex, type AxisRefDatabase } from '../../db'
import { readFileAsBase64 } from './readFile'

/** Something to import: a path the host granted (dialog, watched folder) or a dropped file. */
export type ImportSource = { kind: 'path'; path: string; name: string } | { kind: 'file'; file: File; name: string }

/** A paper already in the library that a new one looks like: added anyway, and said so. */
export interface PossibleDuplicate {
  paperId: string
  title: string
  citationKey: string
  reason: DuplicateReason
}

export type ImportOutcome =
  | { name: string; status: 'added'; paperId: string; title: string; scanned: boolean; possibleDuplicate?: PossibleDuplicate }
  | { name: string; status: 'duplicate'; paperId: string | undefined; title: string }
  | { name: string; status: 'failed'; reason: string }

export interface ImportProgress {
  done: number
  total: number
  current: string | undefined
}

export interface ImportPdfsDeps {
  api: Pick<AxisRefApi, 'storePdfFile' | 'storePdfData' | 'discardStoredPdf' | 'extractPdfMetadata'>
  db: AxisRefDatabase
  keyBase: (item: CslItem) => string
  onProgress?: (progress: ImportProgress) => void
  /** Checked between files: a canceled import finishes the files under way and stops. */
  signal?: AbortSignal
  /** Files in flight at once; the host has about one parser worker per core. */
  concurrency?: number
}

/**
 * Imports PDFs one by one into the library: store the bytes under their hash, look the
 * hash up in IndexedDB ("already in library"), read the metadata, add the paper. A file
 * that fails is reported with the reason in words and the batch goes on.
 */
export async function importPdfs(sources: readonly ImportSource[], deps: ImportPdfsDeps): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = new Array(sources.length)
  let next = 0
  let done = 0
  const running = new Set<string>()
  const report = () => deps.onProgress?.({ done, total: sources.length, current: [...running][0] })
  // the library as it was before this batch; each paper added is put in as it comes
  const duplicates = libraryDuplicateIndex(deps.db)

  async function lane(): Promise<void> {
    while (next < sources.length && !deps.signal?.aborted) {
      const index = next++
      const source = sources[index]
      if (!source) return
      running.add(source.name)
      report()
      outcomes[index] = await importOne(source, deps, duplicates).catch((error: unknown) => ({
        name: source.name,
        status: 'failed' as const,
        reason: `unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      }))
      running.delete(source.name)
      done++
      report()
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 2) }, lane))
  return outcomes.filter(Boolean)
}

async function importOne(source: ImportSource, deps: ImportPdfsDeps, duplicates: Promise<DuplicateIndex>): Promise<ImportOutcome> {
  const stored = await store(source, deps.api)
  if (!stored.ok) return { name: source.name, status: 'failed', reason: stored.error.message }
  const { hash, newlyStored } = stored.value

  const existing = await findPaperByAttachmentHash(deps.db, hash)
  if (existing) return { name: source.name, status: 'duplicate', paperId: existing.id, title: existing.csl.title ?? source.name }

  const read = readMetadata(await deps.api.extractPdfMetadata({ hash, originalName: source.name }))
  if (!read.ok) {
    if (newlyStored) await deps.api.discardStoredPdf({ hash })
    return { name: source.name, status: 'failed', reason: read.error.message }
  }
  const result = await addPdfPaper(
    deps.db,
    {
      csl: toCslItem(read.item),
      fieldSources: read.fields,
      attachment: { hash, size: stored.value.size, originalName: source.name, pageCount: read.pageCount, scanned: read.noTextLayer },
    },
    deps.keyBase,
  )
  if (result.status === 'duplicate') {
    return { name: source.name, status: 'duplicate', paperId: result.paper?.id, title: result.paper?.csl.title ?? source.name }
  }
  const added = { name: source.name, status: 'added' as const, paperId: result.paper.id, title: result.paper.csl.title ?? source.name, scanned: read.noTextLayer }
  const possibleDuplicate = await findPossibleDuplicate(deps.db, await duplicates, result.paper)
  return possibleDuplicate ? { ...added, possibleDuplicate } : added
}

/**
 * The same paper under another file (same DOI or PMID, or a similar title, year and first
 * author): the new paper stays, and the import result says which one it resembles, so the
 * user merges them in the duplicates view rather than finding two later.
 */
async function findPossibleDuplicate(db: AxisRefDatabase, index: DuplicateIndex, paper: { id: string; csl: CslItem; citationKey: string }): Promise<PossibleDuplicate | undefined> {
  const record = { id: paper.id, item: paper.csl, citationKey: paper.citationKey }
  const match = index.find(record)
  index.add(record)
  const twin = match && (await db.papers.get(match.id))
  return twin && match ? { paperId: twin.id, title: twin.csl.title ?? twin.citationKey, citationKey: twin.citationKey, reason: match.reason } : undefined
}

function store(source: ImportSource, api: ImportPdfsDeps['api']): Promise<Result<StoredPdf>> {
  if (source.kind === 'path') return api.storePdfFile({ path: source.path })
  return readFileAsBase64(source.file).then((base64) => api.storePdfData({ name: source.name, base64 }))
}

/** One answer for both ways a read can fail: the call itself, or the PDF. */
function readMetadata(metadata: Result<PdfMetadataResult>): PdfMetadataResult {
  return metadata.ok ? metadata.value : { ok: false, error: metadata.error }
}

function toCslItem(item: ExtractedItem): CslItem {
  return { ...item, id: '' }
}
