import { z } from 'zod'
import { writeFileAtomic } from './atomicWrite'
import { errorMessage, isNotFound, type FileSystem } from './fileSystem'
import { AppError } from '../../../shared/ipc/result'
import { autoExportBinding } from '../../../shared/ipc/contract'

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
  /** A move of the library folder that has not finished (resumed at start): see libraryMove.ts. */
  libraryMove: z.object({ from: z.string(), to: z.string(), toDefault: z.boolean() }).optional(),
  /** Where PDFs no paper uses any more go when the trash is emptied: the system's trash or `<library>/trash/`. */
  removedPdfs: z.enum(['system-trash', 'library-trash']).optional(),
  /** The folder whose new PDFs are imported. */
  watchedFolder: z.string().optional(),
  /** Before bindings per collection: the one file kept in step with the whole library. Read only to move it into `autoExports` (autoExport.ts). */
  autoExport: z.object({ path: z.string(), format: z.enum(['bibtex', 'biblatex', 'csl-json']) }).optional(),
  /** The files AxisRef keeps rewriting, each with the library, a collection or a saved search (a LaTeX build reads them). */
  autoExports: z.array(autoExportBinding).optional(),
  windowBounds: windowBounds.optional(),
  /** Online lookups (services/online/onlineSettings.ts): absent keys take their defaults (on; no mailto, no key; environment or default addresses). */
  onlineLookups: z
    .object({
      enabled: z.boolean().optional(),
      crossrefMailto: z.string().optional(),
      /** Kept here in the clear as other desktop apps keep such keys; never sent to the renderer. */
      ncbiApiKey: z.string().optional(),
      baseUrls: z.object({ crossref: z.string(), doi: z.string(), eutils: z.string(), idconv: z.string() }).partial().optional(),
    })
    .optional(),
  /**
   * The editors' endpoint (services/cayw): off unless the user turns it on; `shortcut` is the
   * picker's global shortcut in the desktop app (absent: the default; '': none).
   */
  citeAsYouWrite: z.object({ enabled: z.boolean(), port: z.number().int().min(1024).max(65535), shortcut: z.string().max(100).optional() }).optional(),
  /**
   * Sync (services/sync): this install's random device id, kept whether or not the library is
   * synced, and the library's database; the password is kept apart (services/sync/secrets.ts).
   */
  sync: z
    .object({
      deviceId: z.string().min(1).max(100),
      connection: z
        .object({ id: z.string().min(1), url: z.string(), database: z.string(), user: z.string(), pdfs: z.enum(['onOpen', 'all']) })
        .optional(),
    })
    .optional(),
})

export type MainSettings = z.output<typeof mainSettings>
export type WindowBounds = z.output<typeof windowBounds>

export interface SettingsStore {
  /** The settings. Errors: IO_ERROR when the file is unreadable, or damaged where it named the library folder. */
  read(): Promise<MainSettings>
  /**
   * Merges `change` into the file. Updates run one after another (read, merge, write inside
   * one queue), so concurrent updates of different keys all survive, in the order called.
   * While the file is damaged only a change of the library folder is taken: it starts a new
   * file and keeps the damaged one aside.
   */
  update(change: Partial<MainSettings>): Promise<MainSettings>
}

interface SettingsStoreDeps {
  fs: FileSystem
  /** Absolute path of the JSON file. */
  file: string
  clock: () => number
}

/** The settings file is damaged where it named the library folder: the user must name it again. */
export class DamagedSettingsError extends AppError {
  constructor(file: string) {
    super(
      'IO_ERROR',
      `The settings file ${file} is damaged, and the library folder it names cannot be read from it. AxisRef has not switched to the default folder (that would show an empty library). Choose your library folder again (Settings → Library folder → Change…), or repair the file and restart; the damaged file is kept beside it.`,
    )
  }
}

type Loaded = { settings: MainSettings } | { damaged: DamagedSettingsError; salvaged: MainSettings }

/**
 * A small JSON file, written atomically. A file that cannot be parsed is set aside as
 * `<file>.corrupt-<time>` (never deleted) and what could be read of it is kept; but if the
 * library folder it named cannot be read, nothing falls back to the default folder (that
 * would show an empty library and store new PDFs elsewhere): every read fails, saying so,
 * until the user chooses the library folder again.
 */
export function createSettingsStore({ fs, file, clock }: SettingsStoreDeps): SettingsStore {
  let loaded: Promise<Loaded> | undefined
  let queue: Promise<unknown> = Promise.resolve()

  const load = (): Promise<Loaded> => {
    loaded ??= loadSettings(fs, file, clock).catch((error: unknown) => {
      loaded = undefined
      throw error
    })
    return loaded
  }

  async function read(): Promise<MainSettings> {
    const state = await load()
    if ('damaged' in state) throw state.damaged
    return state.settings
  }

  async function apply(change: Partial<MainSettings>): Promise<MainSettings> {
    const state = await load()
    if ('damaged' in state && !('libraryPath' in change)) throw state.damaged
    const base = 'damaged' in state ? state.salvaged : state.settings
    const next = mainSettings.parse({ ...base, ...change })
    if ('damaged' in state) await fs.rename(file, `${file}.corrupt-${clock()}`)
    await writeFileAtomic(fs, file, JSON.stringify(next, null, 2))
    loaded = Promise.resolve({ settings: next })
    return next
  }

  function update(change: Partial<MainSettings>): Promise<MainSettings> {
    const run = queue.then(() => apply(change))
    // the next update waits for this one, failed or not; the failure goes to this caller
    queue = Promise.allSettled([run])
    return run
  }

  return { read, update }
}

async function loadSettings(fs: FileSystem, file: string, clock: () => number): Promise<Loaded> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if (isNotFound(error)) return { settings: {} }
    throw new AppError('IO_ERROR', `Could not read the settings file ${file}: ${errorMessage(error)}`)
  }
  const json = parseJson(text)
  const parsed = mainSettings.safeParse(json)
  if (parsed.success) return { settings: parsed.data }
  const salvaged = salvage(json)
  if (salvaged.libraryPath === undefined && /libraryPath/.test(text)) {
    return { salvaged, damaged: new DamagedSettingsError(file) }
  }
  await fs.rename(file, `${file}.corrupt-${clock()}`)
  await writeFileAtomic(fs, file, JSON.stringify(salvaged, null, 2))
  return { settings: salvaged }
}

/** Each setting of a damaged file that is still valid on its own. */
function salvage(json: unknown): MainSettings {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {}
  const values = new Map(Object.entries(json))
  const kept: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(mainSettings.shape)) {
    const value = schema.safeParse(values.get(key))
    if (value.success && value.data !== undefined) kept[key] = value.data
  }
  return mainSettings.parse(kept)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    // an unparseable file is handled as damaged by the caller, which says so
    return undefined
  }
}
