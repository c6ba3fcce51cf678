import { z } from 'zod'
import { writeFileAtomic, isNotFound, type FileSystem } from './fileSystem'
import { AppError } from '../../../shared/ipc/result'

const windowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean().optional(),
})

/** Settings the main process owns (the renderer keeps its own in IndexedDB). */
const mainSettings = z.object({
  libraryPath: z.string().optional(),
  /** The folder whose new PDFs are imported. */
  watchedFolder: z.string().optional(),
  /** The file AxisRef keeps rewriting with the whole library (a LaTeX build reads it). */
  autoExport: z.object({ path: z.string(), format: z.enum(['bibtex', 'biblatex', 'csl-json']) }).optional(),
  windowBounds: windowBounds.optional(),
})

export type MainSettings = z.output<typeof mainSettings>
export type WindowBounds = z.output<typeof windowBounds>

export interface SettingsStore {
  read(): Promise<MainSettings>
  update(change: Partial<MainSettings>): Promise<MainSettings>
}

interface SettingsStoreDeps {
  fs: FileSystem
  /** Absolute path of the JSON file. */
  file: string
  clock: () => number
}

/**
 * A small JSON file, written atomically. A file that cannot be parsed is set aside as
 * `<file>.corrupt-<time>` (never deleted) and the defaults are used.
 */
export function createSettingsStore({ fs, file, clock }: SettingsStoreDeps): SettingsStore {
  let cache: MainSettings | undefined

  async function read(): Promise<MainSettings> {
    if (cache) return cache
    let text: string
    try {
      text = await fs.readFile(file, 'utf8')
    } catch (error) {
      if (isNotFound(error)) return (cache = {})
      throw new AppError('IO_ERROR', `Could not read the settings file ${file}: ${(error as Error).message}`)
    }
    const parsed = mainSettings.safeParse(safeJson(text))
    if (parsed.success) return (cache = parsed.data)
    await fs.rename(file, `${file}.corrupt-${clock()}`)
    return (cache = {})
  }

  async function update(change: Partial<MainSettings>): Promise<MainSettings> {
    const next = mainSettings.parse({ ...(await read()), ...change })
    await writeFileAtomic(fs, file, JSON.stringify(next, null, 2))
    cache = next
    return next
  }

  return { read, update }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
