import { basename, dirname, join, relative, sep } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import { syncFolder, tempPathBeside, writeFileAtomic } from './atomicWrite'
import { errorCode, errorMessage, isNotFound, type FileSystem } from './fileSystem'
import { hashFile } from './pdfStore'

/** The library's own folders; anything else in the folder belongs to the user and stays. */
const LIBRARY_FOLDERS = ['files', 'snapshots', 'trash']
const TEMP_FILE = /^\..+\.tmp$/
const HASHED = /^([0-9a-f]{64})\.pdf$/
const COPY_ATTEMPTS = 3
/**
 * In the new folder: the old folder on the first line, then one line per file copied and
 * verified, appended and flushed as each is done, so an interrupted move resumes there.
 */
export const MOVE_JOURNAL = '.axisref-move.journal'

export interface MoveProgress {
  done: number
  total: number
}

interface Journal {
  from: string
  /** Relative paths (with `/`) copied and verified by SHA-256. */
  verified: string[]
}

interface MoveDeps {
  fs: FileSystem
  from: string
  to: string
  onProgress?: (progress: MoveProgress) => void
}

/**
 * Copies every file of the library's folders from `from` to `to`, each through a temp name,
 * re-read and compared by SHA-256 with the original (a copy that differs is made again),
 * noting each verified file in the journal in `to`. Nothing in `from` is touched. Files that
 * appear in `from` meanwhile (an import) are copied too. Resumes from the journal: a verified
 * file is not copied again. Errors: IO_ERROR naming the file.
 */
export async function copyLibraryFiles({ fs, from, to, onProgress }: MoveDeps): Promise<void> {
  const verified = new Set((await readJournal(fs, to, from)).verified)
  const journal = await fs.open(join(to, MOVE_JOURNAL), 'a')
  try {
    for (;;) {
      const pending = (await listLibraryFiles(fs, from)).filter((path) => !verified.has(path))
      if (pending.length === 0) return
      const total = verified.size + pending.length
      for (const path of pending) {
        // a snapshot pruned by the backup meanwhile is no longer the library's: nothing to move
        if (!(await exists(fs, join(from, path)))) continue
        await copyVerified(fs, join(from, path), join(to, path))
        verified.add(path)
        await journal.appendFile(`${path}\n`)
        await journal.sync()
        onProgress?.({ done: verified.size, total })
      }
    }
  } finally {
    await journal.close()
  }
}

/**
 * After the library has switched to `to`: removes from the old folder every file the journal
 * says was verified (and only those), then the emptied folders and the journal. Resolves to
 * the files that could not be removed, in words.
 */
export async function removeMovedOriginals(fs: FileSystem, to: string): Promise<string[]> {
  const journal = await readJournalFile(fs, to)
  if (!journal) return []
  const failures: string[] = []
  for (const path of journal.verified) {
    const original = join(journal.from, path)
    try {
      if (!(await exists(fs, original))) continue
      // the copy was verified by hash; it must still be there, whole, before its original goes
      const copy = join(to, path)
      if (!(await exists(fs, copy))) failures.push(`${original} (its copy is missing from ${to}, so it was kept)`)
      else if ((await fs.stat(original)).size !== (await fs.stat(copy)).size) failures.push(`${original} (its copy in ${to} changed since it was verified, so it was kept)`)
      else await fs.rm(original)
    } catch (error) {
      failures.push(`${original} (${errorCode(error) ?? 'error'})`)
    }
  }
  const folders = new Set(journal.verified.flatMap((path) => parentFolders(path)))
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await removeIfEmpty(fs, join(journal.from, folder))
  if (failures.length === 0) await fs.rm(join(to, MOVE_JOURNAL), { force: true })
  return failures
}

/** True when `to` holds the journal of an unfinished move from `from`. */
export async function hasMoveJournal(fs: FileSystem, to: string): Promise<boolean> {
  return (await readJournalFile(fs, to)) !== undefined
}

async function copyVerified(fs: FileSystem, source: string, target: string): Promise<void> {
  const expected = HASHED.exec(basename(source))?.[1] ?? (await hashOf(fs, source))
  if (await hasContent(fs, target, expected)) return
  await fs.mkdir(dirname(target), { recursive: true })
  for (let attempt = 1; attempt <= COPY_ATTEMPTS; attempt++) {
    // named as every atomic write's temp file, so a start after a crash can tell it was left behind
    const temp = tempPathBeside(target)
    try {
      await fs.copyFile(source, temp)
      const copied = await hashOf(fs, temp)
      // a damaged original under its hash's name is carried over as it is; the library check names it
      if (copied === expected || (await hashOf(fs, source)) === copied) {
        await fs.rename(temp, target)
        await syncFolder(fs, dirname(target))
        return
      }
    } catch (error) {
      await fs.rm(temp, { force: true })
      throw new AppError('IO_ERROR', `${source} could not be copied to ${dirname(target)} (${errorCode(error) ?? errorMessage(error)}). Nothing was deleted; the move goes on from here when you try again.`)
    }
    await fs.rm(temp, { force: true })
  }
  throw new AppError('IO_ERROR', `Every copy of ${source} in ${dirname(target)} differed from the original (${COPY_ATTEMPTS} tries): the new folder's disk may be failing. Nothing was deleted; the library stays where it is.`)
}

/** A file already at the target is kept only if its content is the expected one; another is never overwritten. */
async function hasContent(fs: FileSystem, target: string, expected: string): Promise<boolean> {
  let actual: string
  try {
    actual = await hashOf(fs, target)
  } catch (error) {
    if (isNotFound(error)) return false
    throw error
  }
  if (actual === expected) return true
  if (HASHED.test(basename(target))) return false
  throw new AppError('IO_ERROR', `${target} already exists in the new library folder with other content. Move it away and try again; nothing was deleted.`)
}

async function hashOf(fs: FileSystem, path: string): Promise<string> {
  return (await hashFile(fs, path)).hash
}

/** Every file under the library's folders, relative with `/`, temp files left out. */
export async function listLibraryFiles(fs: FileSystem, root: string): Promise<string[]> {
  const found: string[] = []
  async function walk(dir: string): Promise<void> {
    let entries
    try {
      entries = await fs.readdir(dir, { withFileTypes: true })
    } catch (error) {
      if (isNotFound(error)) return
      throw new AppError('IO_ERROR', `${dir} could not be read (${errorCode(error) ?? 'error'}).`)
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile() && !TEMP_FILE.test(entry.name)) found.push(relative(root, path).split(sep).join('/'))
    }
  }
  for (const folder of LIBRARY_FOLDERS) await walk(join(root, folder))
  return found.sort()
}

async function readJournal(fs: FileSystem, to: string, from: string): Promise<Journal> {
  const journal = await readJournalFile(fs, to)
  if (journal?.from === from) return journal
  // a new move (or one from another folder, whose journal says nothing about this one)
  await fs.mkdir(to, { recursive: true })
  await writeFileAtomic(fs, join(to, MOVE_JOURNAL), `${from}\n`)
  return { from, verified: [] }
}

async function readJournalFile(fs: FileSystem, to: string): Promise<Journal | undefined> {
  let text: string
  try {
    text = await fs.readFile(join(to, MOVE_JOURNAL), 'utf8')
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
  // a line cut short by a crash has no newline yet: that file is copied again
  const [from, ...verified] = text.split('\n').slice(0, -1)
  if (!from || verified.some((path) => path.split('/').includes('..') || !LIBRARY_FOLDERS.includes(path.split('/')[0] ?? ''))) {
    throw new AppError('IO_ERROR', `The move journal ${join(to, MOVE_JOURNAL)} is damaged; delete it and try again (every file is then checked anew).`)
  }
  return { from, verified }
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch (error) {
    if (isNotFound(error)) return false
    throw error
  }
}

function parentFolders(path: string): string[] {
  const parts = path.split('/').slice(0, -1)
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'))
}

async function removeIfEmpty(fs: FileSystem, dir: string): Promise<void> {
  try {
    // rmdir, never a recursive rm: a file that arrived meanwhile keeps its folder
    await fs.rmdir(dir)
  } catch (error) {
    const code = errorCode(error)
    if (code !== 'ENOENT' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
  }
}
