import { cslItemFromExtracted, type CslItem } from '../../../../shared/domain/csl'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import { MAX_PDF_BYTES, pdfTooLargeMessage, type StoredPdf } from '../../../../shared/ipc/importSchemas'
import { fail, type Result } from '../../../../shared/ipc/result'
import type { DuplicateIndex, DuplicateReason } from '../../../../shared/dedup'
import { unreadableTitleReason } from '../../../../shared/lookup/unreadableTitle'
import { addPdfPaper, addPdfPapers, findPaperByAttachmentHash, libraryDuplicateIndex, type AddPdfPaperResult, type AxisRefDatabase, type ImportedPdf } from '../../db'

/** Something to import: a path the host granted (dialog, watched folder) or a dropped file. */
export type ImportSource = { kind: 'path'; path: string; name: string; watched?: boolean } | { kind: 'file'; file: File; name: string }

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
  /** Files in flight at once: enough to keep the host's parser workers (one per core) busy while others are stored or written. */
  concurrency?: number
  /** Papers read within this time of the first write are written together (default 200 ms); the time doubles after each write, up to a second. */
  writeIntervalMs?: number
  /** Each file's outcome as it is settled: for an added paper, after it is in IndexedDB. */
  onSettled?: (source: ImportSource, outcome: ImportOutcome) => void
}

/**
 * Imports PDFs into the library, several files in flight: store the bytes under their hash,
 * look the hash up in IndexedDB ("already in library"), read the metadata, then add the paper
 * with the others read meanwhile. A file that fails is reported with the reason in words and
 * the batch goes on.
 */
export async function importPdfs(sources: readonly ImportSource[], deps: ImportPdfsDeps): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = new Array(sources.length)
  let next = 0
  let done = 0
  const running = new Set<string>()
  const report = () => deps.onProgress?.({ done, total: sources.length, current: [...running][0] })
  // the library as it was before this batch; each paper added is put in as it comes
  const duplicates = libraryDuplicateIndex(deps.db)
  const writer = createPaperWriter(deps.db, deps.keyBase, deps.writeIntervalMs ?? 200)
  // papers read and waiting for their group to be written: a lane does not wait for them
  const writing: Promise<void>[] = []

  async function lane(): Promise<void> {
    while (next < sources.length && !deps.signal?.aborted) {
      const index = next++
      const source = sources[index]
      if (!source) return
      running.add(source.name)
      report()
      const settle = (outcome: ImportOutcome) => {
        outcomes[index] = outcome
        deps.onSettled?.(source, outcome)
        running.delete(source.name)
        done++
        report()
      }
      const read = await readOne(source, deps).catch(unexpected(source))
      if ('status' in read) settle(read)
      else writing.push(writeOne(read, writer, deps.db, duplicates).catch(unexpected(source)).then(settle))
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 6) }, lane))
  // nothing more is coming: the last group need not wait for its interval
  writer.flush()
  await Promise.all(writing)
  return outcomes.filter(Boolean)
}

function unexpected(source: ImportSource): (error: unknown) => ImportOutcome {
  return (error) => ({ name: source.name, status: 'failed', reason: `unexpected error: ${error instanceof Error ? error.message : String(error)}` })
}

/** A file stored and read, ready to become a paper. */
interface ReadPdf {
  name: string
  paper: ImportedPdf
}

/** Stores the file and reads its metadata: a paper to write, or the file's outcome already. */
async function readOne(source: ImportSource, deps: ImportPdfsDeps): Promise<ReadPdf | ImportOutcome> {
  const stored = await storePdf(source, deps.api)
  if (!stored.ok) return { name: source.name, status: 'failed', reason: stored.error.message }
  const { hash, newlyStored } = stored.value

  const existing = await findPaperByAttachmentHash(deps.db, hash)
  if (existing) return { name: source.name, status: 'duplicate', paperId: existing.id, title: existing.csl.title ?? source.name }

  const read = await deps.api.extractPdfMetadata({ hash, originalName: source.name })
  if (!read.ok) {
    if (newlyStored) await deps.api.discardStoredPdf({ hash })
    return { name: source.name, status: 'failed', reason: read.error.message }
  }
  const { item, fields, pageCount, noTextLayer } = read.value
  const attachment = { hash, size: stored.value.size, originalName: source.name, pageCount, scanned: noTextLayer }
  return { name: source.name, paper: { ...withReadableTitle(cslItemFromExtracted(item), fields), attachment } }
}

/**
 * A title read from the PDF that is not text (unmapped glyphs, a header printed twice, OCR
 * noise) is not stored as the title: it is kept aside with the reason, and the paper's lookup
 * brings the real one. A title made from the file's name is what the user named it: kept.
 */
export function withReadableTitle(csl: CslItem, fieldSources: ImportedPdf['fieldSources']): Pick<ImportedPdf, 'csl' | 'fieldSources' | 'unreadableTitle'> {
  const fromFileName = fieldSources?.title?.source === 'filename'
  const reason = csl.title === undefined || fromFileName ? null : unreadableTitleReason(csl.title)
  if (csl.title === undefined || reason === null) return { csl, fieldSources }
  const { title, ...rest } = csl
  const sources = Object.fromEntries(Object.entries(fieldSources ?? {}).filter(([field]) => field !== 'title'))
  return { csl: rest, fieldSources: sources, unreadableTitle: { text: title, reason } }
}

async function writeOne(read: ReadPdf, writer: PaperWriter, db: AxisRefDatabase, duplicates: Promise<DuplicateIndex>): Promise<ImportOutcome> {
  const { name } = read
  const result = await writer.add(read.paper)
  if (result.status === 'duplicate') return { name, status: 'duplicate', paperId: result.paper?.id, title: result.paper?.csl.title ?? name }
  const added = { name, status: 'added' as const, paperId: result.paper.id, title: result.paper.csl.title ?? name, scanned: read.paper.attachment.scanned ?? false }
  const possibleDuplicate = await findPossibleDuplicate(db, await duplicates, result.paper)
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

interface PaperWriter {
  /** Resolves once the paper is in IndexedDB (or found to be there already). */
  add(paper: ImportedPdf): Promise<AddPdfPaperResult>
  /** Writes what is waiting now, and from now on without waiting for the interval. */
  flush(): void
}

/** The longest a read paper waits for its group's write: rows still arrive every second. */
export const MAX_WRITE_INTERVAL_MS = 1000

/** The wait before the next group's write: twice the last, at most a second, never below `firstMs`. */
export function nextWriteInterval(lastMs: number, firstMs: number): number {
  return Math.max(firstMs, Math.min(MAX_WRITE_INTERVAL_MS, lastMs * 2))
}

/**
 * Writes read papers to IndexedDB in groups: the first at once, then whatever was read in the
 * meantime, at most one write per interval, which starts at `intervalMs` and doubles after each
 * write up to {@link MAX_WRITE_INTERVAL_MS}. Every write wakes the live queries of the whole
 * window (counts, facets, the list), so a long import of many files would otherwise spend the
 * page's time redrawing rather than reading; the first rows still come at once. A group that
 * fails is written again paper by paper, so one bad record fails alone.
 */
function createPaperWriter(db: AxisRefDatabase, keyBase: (item: CslItem) => string, intervalMs: number): PaperWriter {
  type Waiting = { paper: ImportedPdf; resolve: (result: AddPdfPaperResult) => void; reject: (error: unknown) => void }
  let waiting: Waiting[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing = false
  let flushing = false
  let lastWrite = Number.NEGATIVE_INFINITY
  let interval = intervalMs

  function schedule(): void {
    if (writing || waiting.length === 0) return
    const wait = flushing ? 0 : Math.max(0, lastWrite + interval - performance.now())
    if (timer !== undefined && wait > 0) return
    clearTimeout(timer)
    timer = setTimeout(() => void write(), wait)
  }

  async function write(): Promise<void> {
    timer = undefined
    writing = true
    const group = waiting
    waiting = []
    try {
      await addPdfPapers(db, group.map((entry) => entry.paper), keyBase).then(
        (results) => group.forEach((entry, index) => settleWith(entry, results[index])),
        // the group's one transaction failed as a whole: the paper that caused it fails alone, with its own reason
        async () => {
          for (const entry of group) await addPdfPaper(db, entry.paper, keyBase).then(entry.resolve, entry.reject)
        },
      )
    } finally {
      writing = false
      lastWrite = performance.now()
      interval = nextWriteInterval(interval, intervalMs)
      schedule()
    }
  }

  return {
    add: (paper) =>
      new Promise((resolve, reject) => {
        waiting.push({ paper, resolve, reject })
        schedule()
      }),
    flush() {
      flushing = true
      schedule()
    },
  }
}

/** A paper of a group written together gets its own answer; none would be a bug, said rather than waited on. */
function settleWith(entry: { resolve: (result: AddPdfPaperResult) => void; reject: (error: unknown) => void }, result: AddPdfPaperResult | undefined): void {
  if (result) entry.resolve(result)
  else entry.reject(new Error('the group write gave no answer for this paper'))
}

/** Stores a file's bytes in the library under their hash (a granted path, or a dropped file's bytes). */
export async function storePdf(source: ImportSource, api: Pick<AxisRefApi, 'storePdfFile' | 'storePdfData'>): Promise<Result<StoredPdf>> {
  if (source.kind === 'path') return api.storePdfFile({ path: source.path })
  // refused before its bytes are read into the page: a dropped video would fill memory first
  if (source.file.size > MAX_PDF_BYTES) return fail('INVALID_INPUT', pdfTooLargeMessage(source.name, source.file.size))
  return api.storePdfData({ name: source.name, bytes: new Uint8Array(await source.file.arrayBuffer()) })
}
