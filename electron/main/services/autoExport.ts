import { randomUUID } from 'node:crypto'
import { basename, dirname, resolve } from 'node:path'
import type { AutoExportBinding, AutoExportFormat, AutoExportSource, AutoExportStatus } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { DialogPort } from './dialogPort'
import { writeFileAtomic } from './atomicWrite'
import { errorCode, type FileSystem } from './fileSystem'
import type { MainSettings, SettingsStore } from './settingsStore'

const EXTENSIONS: Record<AutoExportFormat, string> = { bibtex: 'bib', biblatex: 'bib', 'csl-json': 'json' }

/** The id the one binding of the old single-file setting gets, the same on every read. */
export const MIGRATED_BINDING_ID = 'library'

export interface AutoExportService {
  /** Every binding, with whether its folder exists now and why its last write failed. */
  list(): Promise<AutoExportStatus[]>
  /** Binds a file the user chooses in a save dialog; `name` only suggests the file's name. */
  add(request: { source: AutoExportSource; format: AutoExportFormat; name: string }): Promise<AutoExportStatus[]>
  remove(id: string): Promise<AutoExportStatus[]>
  /** Rewrites one bound file atomically with the text the renderer formatted, unless it already holds it. */
  write(id: string, text: string): Promise<{ written: boolean; bytes: number }>
}

/**
 * The bindings a settings file holds. A file written before bindings per collection holds
 * one `autoExport` (the whole library): it reads as one library binding, and the next
 * change to the bindings stores it in the new form.
 */
export function bindingsIn(settings: MainSettings): AutoExportBinding[] {
  if (settings.autoExports) return settings.autoExports
  const legacy = settings.autoExport
  return legacy ? [{ id: MIGRATED_BINDING_ID, source: { kind: 'library' }, path: legacy.path, format: legacy.format }] : []
}

/** A collection's name as a file name: no folder separators or characters Windows refuses. */
export function fileNameFrom(name: string): string {
  const safe = name.replace(/[/\\:*?"<>|]/g, '-').replace(/\s+/g, ' ').replace(/^[.\s]+|[.\s]+$/g, '')
  return safe === '' ? 'library' : safe.slice(0, 100)
}

/** What the user reads when a bound file's folder was moved or deleted. */
export function folderGoneMessage(path: string): string {
  return `The folder of ${basename(path)} (${dirname(path)}) is gone: choose the file again or remove the binding.`
}

async function isFolderMissing(fs: FileSystem, path: string): Promise<boolean> {
  try {
    return !(await fs.stat(dirname(path))).isDirectory()
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return true
    throw error
  }
}

/** True when the file holds exactly these bytes (a missing file holds none). */
async function holds(fs: FileSystem, path: string, bytes: Buffer): Promise<boolean> {
  try {
    return bytes.equals(await fs.readFile(path))
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

/**
 * Auto-export: the user binds files in a save dialog, each to the library, a collection or
 * a saved search; after a change the renderer sends each binding's freshly formatted papers
 * and main replaces that file atomically, so a LaTeX build never reads half a .bib. A file
 * that already holds the text is left alone, so its modification time changes only when its
 * papers do. Paths only ever come from the dialog, never from the page.
 */
export function createAutoExportService(deps: { fs: FileSystem; settings: SettingsStore; dialog: DialogPort; newId?: () => string }): AutoExportService {
  const { fs, settings, dialog } = deps
  const newId = deps.newId ?? randomUUID
  /** Why each binding's last write failed, for this session (a restart tries again). */
  const failures = new Map<string, string>()

  const bindings = async () => bindingsIn(await settings.read())

  async function list(): Promise<AutoExportStatus[]> {
    return Promise.all(
      (await bindings()).map(async (binding) => {
        try {
          const lastError = failures.get(binding.id)
          return { ...binding, folderMissing: await isFolderMissing(fs, binding.path), ...(lastError !== undefined && { lastError }) }
        } catch (error) {
          // one unreadable folder must not hide the other bindings: it is shown on its own row
          return { ...binding, folderMissing: false, lastError: `Could not check the folder of ${basename(binding.path)} (${errorCode(error) ?? 'error'}).` }
        }
      }),
    )
  }

  async function store(next: AutoExportBinding[]): Promise<AutoExportStatus[]> {
    await settings.update({ autoExports: next, autoExport: undefined })
    return list()
  }

  async function add({ source, format, name }: { source: AutoExportSource; format: AutoExportFormat; name: string }): Promise<AutoExportStatus[]> {
    const path = await dialog.saveFile({
      title: `Keep this file in step with “${name}”`,
      defaultName: `${fileNameFrom(name)}.${EXTENSIONS[format]}`,
      filters: [{ name: format === 'csl-json' ? 'CSL-JSON' : 'BibTeX', extensions: [EXTENSIONS[format]] }],
    })
    if (path === null) return list()
    // one writer per file: choosing a bound file again binds it to this source instead
    const others = (await bindings()).filter((binding) => resolve(binding.path) !== resolve(path))
    return store([...others, { id: newId(), source, path, format }])
  }

  async function remove(id: string): Promise<AutoExportStatus[]> {
    failures.delete(id)
    return store((await bindings()).filter((binding) => binding.id !== id))
  }

  async function write(id: string, text: string): Promise<{ written: boolean; bytes: number }> {
    const binding = (await bindings()).find((candidate) => candidate.id === id)
    if (!binding) throw new AppError('NOT_FOUND', 'That auto-export binding was removed; nothing was written.')
    const bytes = Buffer.from(text)
    try {
      if (await isFolderMissing(fs, binding.path)) throw new AppError('IO_ERROR', folderGoneMessage(binding.path))
      const written = !(await holds(fs, binding.path, bytes))
      if (written) await writeFileAtomic(fs, binding.path, text)
      failures.delete(id)
      return { written, bytes: bytes.byteLength }
    } catch (error) {
      const failure = error instanceof AppError ? error : new AppError('IO_ERROR', `Could not update ${basename(binding.path)} (${errorCode(error) ?? 'error'}). Check that its folder still exists and is writable, or choose the file again.`)
      failures.set(id, failure.message)
      throw failure
    }
  }

  return { list, add, remove, write }
}
