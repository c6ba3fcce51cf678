import { basename, join, relative, resolve, sep } from 'node:path'
import { contentHash } from '../../../shared/ipc/importSchemas'
import { AppError } from '../../../shared/ipc/result'
import { errorCode, errorMessage, isNotFound, type FileSystem } from './fileSystem'
import { checkRecordsInRange, folderOverlaps, inRange, ownsFolder, type HashRange } from './integrityRange'
import { isInside, realPathOf } from './pathGrants'
import { createPdfStore, hashFile } from './pdfStore'

/**
 * The library folder checked against what the database says it holds. Nothing here ever
 * deletes a user's file: a repair moves a file into `<library>/trash/`, from where the
 * user can take it back. Only temp files (partial copies AxisRef itself made) are for
 * `PdfStore.cleanTempFiles` to remove.
 */

export interface AttachmentRef {
  paperId: string
  hash: string
  /** The renderer's attachment record, so a finding can name the record to repair. */
  attachmentId?: string
}

/** `relink`: point at a copy found elsewhere; `re-import`: import the PDF again; `trash`: move to `<library>/trash/`; `clean`: remove a temp file. */
export type RepairAction = 'relink' | 're-import' | 'trash' | 'clean'

export interface IntegrityFinding {
  /** `remote`: not in the library folder but on the sync server, fetched when its paper is opened (no repair needed). */
  kind: 'missing' | 'remote' | 'mismatch' | 'orphan' | 'temp' | 'unexpected'
  /** Relative to the library folder, with `/`. */
  path: string
  hash?: string
  /** The papers whose attachment this is (empty for files no paper points to). */
  paperIds: string[]
  /** The attachment records that point at this file (those the caller named). */
  attachmentIds: string[]
  /** The SHA-256 the file actually has, for `mismatch`. */
  actualHash?: string
  /** Suggested repairs, the first the one to offer by default. */
  repairs: RepairAction[]
  message: string
}

export interface IntegrityReport {
  /** Library files looked at (hash-named PDFs). */
  checkedFiles: number
  findings: IntegrityFinding[]
}

export interface CheckOptions {
  /** Read and hash every PDF (default), which takes a while for a large library. */
  verifyHashes?: boolean
  onProgress?: (done: number, total: number) => void
  /** Only this part of the hash space (`integrityRange.ts`); `attachments` must all lie in it. */
  range?: HashRange
}

export interface IntegrityService {
  /**
   * Compares the attachments the renderer knows with the files on disk, within `range` when
   * given. Errors: INVALID_INPUT for a malformed hash or a record outside the range, IO_ERROR.
   */
  check(attachments: readonly AttachmentRef[], options?: CheckOptions): Promise<IntegrityReport>
  /** Moves the library file of this hash into `<library>/trash/`. Errors: NOT_FOUND, INVALID_INPUT. */
  moveToLibraryTrash(hash: string): Promise<{ trashedTo: string }>
  /** Moves any file under `files/` (a finding's `path`) into the trash. Errors: PATH_NOT_ALLOWED, NOT_FOUND. */
  moveFileToLibraryTrash(path: string): Promise<{ trashedTo: string }>
  /**
   * Stores a copy of a lost PDF found at `fromPath` (only read), after checking it is the same
   * content; a damaged file under the hash's name is moved to the trash first. Errors:
   * INVALID_INPUT when the file is a different PDF, NOT_FOUND, IO_ERROR.
   */
  relink(hash: string, fromPath: string): Promise<{ status: 'relinked' | 'already-present'; path: string; trashed?: string }>
}

const HASHED = /^([0-9a-f]{64})\.pdf$/
const TEMP_FILE = /^\..+\.tmp$/

interface LibraryFiles {
  hashed: Map<string, string>
  temp: string[]
  unexpected: string[]
}

/** Which of these hashes the sync server holds (empty when sync is off); a PDF there is not lost. */
export type OnSyncServer = (hashes: readonly string[]) => Promise<ReadonlySet<string>>

export function createIntegrityService(deps: { fs: FileSystem; root: string; clock?: () => number; onSyncServer?: OnSyncServer }): IntegrityService {
  const { fs, root } = deps
  const clock = deps.clock ?? Date.now
  const store = createPdfStore({ fs, root })
  const trashDir = join(root, 'trash')
  const rel = (path: string): string => relative(root, path).split(sep).join('/')

  /** The files of the range: only the prefix folders it spans are read. */
  async function listFiles(range: HashRange): Promise<LibraryFiles> {
    const files: LibraryFiles = { hashed: new Map(), temp: [], unexpected: [] }
    const filesDir = join(root, 'files')
    const ownsTop = range.after === undefined
    for (const name of await listOrEmpty(fs, filesDir)) {
      const path = join(filesDir, name)
      if (/^[0-9a-f]{2}$/.test(name)) {
        // another part's folder; the first part still stats it, as a file of that name is its to report
        if (!ownsTop && !folderOverlaps(name, range)) continue
        if ((await fs.stat(path)).isDirectory()) {
          if (folderOverlaps(name, range)) await listFolder(path, name, files, range)
          continue
        }
      }
      if (!ownsTop) continue
      if (TEMP_FILE.test(name)) files.temp.push(path)
      else files.unexpected.push(path)
    }
    return files
  }

  async function listFolder(dir: string, prefix: string, files: LibraryFiles, range: HashRange): Promise<void> {
    const owns = ownsFolder(prefix, range)
    for (const name of await listOrEmpty(fs, dir)) {
      const path = join(dir, name)
      const hash = HASHED.exec(name)?.[1]
      if (hash?.startsWith(prefix)) {
        if (inRange(hash, range)) files.hashed.set(hash, path)
      } else if (!owns) continue
      else if (TEMP_FILE.test(name)) files.temp.push(path)
      else files.unexpected.push(path)
    }
  }

  async function check(attachments: readonly AttachmentRef[], options: CheckOptions = {}): Promise<IntegrityReport> {
    const range = options.range ?? {}
    checkRecordsInRange(range, attachments)
    const expected = new Map<string, { paperIds: string[]; attachmentIds: string[] }>()
    for (const { hash, paperId, attachmentId } of attachments) {
      const refs = expected.get(checkHash(hash)) ?? { paperIds: [], attachmentIds: [] }
      if (!refs.paperIds.includes(paperId)) refs.paperIds.push(paperId)
      if (attachmentId !== undefined) refs.attachmentIds.push(attachmentId)
      expected.set(hash, refs)
    }
    const files = await listFiles(range)
    const findings: IntegrityFinding[] = []
    let done = 0
    for (const [hash, path] of files.hashed) {
      const refs = expected.get(hash) ?? { paperIds: [], attachmentIds: [] }
      const actual = options.verifyHashes === false ? hash : (await hashFile(fs, path)).hash
      options.onProgress?.(++done, files.hashed.size)
      if (actual !== hash) findings.push(mismatch(rel(path), hash, actual, refs))
      else if (refs.paperIds.length === 0) {
        findings.push({ kind: 'orphan', path: rel(path), hash, ...refs, repairs: ['re-import', 'trash'], message: 'No paper points to this PDF (left by an import that did not finish, or by a deleted paper): import it as a paper, or move it to the trash.' })
      }
    }
    findings.push(...(await absentFindings([...expected].filter(([hash]) => !files.hashed.has(hash)))))
    for (const path of files.temp) findings.push({ kind: 'temp', path: rel(path), paperIds: [], attachmentIds: [], repairs: ['clean'], message: 'A partial copy left by an interrupted import; removing it loses nothing.' })
    for (const path of files.unexpected) {
      findings.push({ kind: 'unexpected', path: rel(path), paperIds: [], attachmentIds: [], repairs: path.toLowerCase().endsWith('.pdf') ? ['re-import', 'trash'] : ['trash'], message: 'This file is not one AxisRef stored; import it if it is a paper you want, or move it to the trash.' })
    }
    return { checkedFiles: files.hashed.size, findings }
  }

  /** Files the records name that the folder lacks: on the sync server (fetched when opened), or missing. */
  async function absentFindings(absent: [string, { paperIds: string[]; attachmentIds: string[] }][]): Promise<IntegrityFinding[]> {
    let remote: ReadonlySet<string> = new Set()
    let unasked = ''
    if (deps.onSyncServer && absent.length > 0) {
      // the server being out of reach must not fail the check: the files are then reported missing, saying why
      remote = await deps.onSyncServer(absent.map(([hash]) => hash)).catch((error: unknown) => {
        unasked = ` (The sync server could not be asked whether it has it: ${errorMessage(error)})`
        return new Set<string>()
      })
    }
    return absent.map(([hash, refs]) =>
      remote.has(hash)
        ? { kind: 'remote', path: rel(store.pathFor(hash)), hash, ...refs, repairs: [], message: 'On the sync server, fetched when the paper is opened.' }
        : { kind: 'missing', path: rel(store.pathFor(hash)), hash, ...refs, repairs: ['relink', 're-import'], message: `The PDF is not in the library folder: find the file (for example in Downloads) to relink it, or import it again.${unasked}` },
    )
  }

  async function trash(source: string): Promise<{ trashedTo: string }> {
    await fs.mkdir(trashDir, { recursive: true })
    const name = basename(source)
    let target = join(trashDir, name)
    // Never overwrite what is already in the trash: a second copy gets the time in its name.
    if (await exists(fs, target)) target = join(trashDir, `${name.replace(/(\.[^.]*)?$/, '')}.${clock()}${/\.[^.]+$/.exec(name)?.[0] ?? ''}`)
    try {
      await fs.rename(source, target)
    } catch (error) {
      if (isNotFound(error)) throw new AppError('NOT_FOUND', `${rel(source)} is not in the library folder.`)
      throw new AppError('IO_ERROR', `${rel(source)} could not be moved to the trash (${errorCode(error) ?? 'error'}).`)
    }
    return { trashedTo: rel(target) }
  }

  async function moveFileToLibraryTrash(path: string): Promise<{ trashedTo: string }> {
    const absolute = resolve(root, path)
    if (path.includes('\0') || !absolute.startsWith(join(root, 'files') + sep)) {
      throw new AppError('PATH_NOT_ALLOWED', `Only files inside the library's files folder can be moved to its trash, not ${path.slice(0, 200)}.`)
    }
    // a link in the library folder (to a folder or a file) must not lead the move outside it
    const real = await realPathOf(fs, absolute)
    if (!isInside(real, join(await realPathOf(fs, root), 'files'))) {
      throw new AppError('PATH_NOT_ALLOWED', `${rel(absolute)} leads out of the library's files folder through a symbolic link; AxisRef moves only files that are really in it.`)
    }
    // a whole folder of PDFs is never moved at once, only the one file a finding named
    const stats = await fs.stat(real).catch((error: unknown) => {
      throw isNotFound(error) ? new AppError('NOT_FOUND', `${rel(absolute)} is not in the library folder.`) : error
    })
    if (!stats.isFile()) throw new AppError('INVALID_INPUT', `${rel(absolute)} is not a file.`)
    return trash(real)
  }

  async function relink(hash: string, fromPath: string): Promise<{ status: 'relinked' | 'already-present'; path: string; trashed?: string }> {
    const found = await hashFile(fs, fromPath).catch((error: unknown) => {
      throw isNotFound(error) ? new AppError('NOT_FOUND', `${fromPath} was not found.`) : new AppError('IO_ERROR', `${fromPath} could not be read.`)
    })
    if (found.hash !== checkHash(hash)) {
      throw new AppError('INVALID_INPUT', `${basename(fromPath)} is not the PDF the library lost: its content differs (expected ${hash.slice(0, 12)}…, found ${found.hash.slice(0, 12)}…).`)
    }
    const target = store.pathFor(hash)
    let trashed: string | undefined
    if (await exists(fs, target)) {
      if ((await hashFile(fs, target)).hash === hash) return { status: 'already-present', path: target }
      trashed = (await trash(target)).trashedTo
    }
    const stored = await store.store(fromPath)
    return { status: 'relinked', path: stored.path, ...(trashed ? { trashed } : {}) }
  }

  return { check, moveToLibraryTrash: async (hash) => trash(store.pathFor(checkHash(hash))), moveFileToLibraryTrash, relink }
}

function checkHash(hash: string): string {
  if (!contentHash.safeParse(hash).success) throw new AppError('INVALID_INPUT', `"${hash.slice(0, 80)}" is not a SHA-256 content hash.`)
  return hash
}

function mismatch(path: string, hash: string, actualHash: string, refs: { paperIds: string[]; attachmentIds: string[] }): IntegrityFinding {
  const referenced = refs.paperIds.length > 0
  return {
    kind: 'mismatch',
    path,
    hash,
    actualHash,
    ...refs,
    repairs: referenced ? ['relink', 're-import', 'trash'] : ['trash'],
    message: referenced
      ? "The file's content no longer matches its name (it was damaged or overwritten): relink a good copy or import the PDF again; the damaged file goes to the trash."
      : 'A damaged file no paper points to.',
  }
}

async function listOrEmpty(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir)
  } catch (error) {
    if (isNotFound(error)) return []
    throw new AppError('IO_ERROR', `${dir} could not be read (${errorCode(error) ?? 'error'}).`)
  }
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    (error: unknown) => {
      if (isNotFound(error)) return false
      throw error
    },
  )
}
