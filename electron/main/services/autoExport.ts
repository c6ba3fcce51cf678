import { basename } from 'node:path'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { DialogPort } from './dialogPort'
import { writeFileAtomic } from './atomicWrite'
import { errorCode, type FileSystem } from './fileSystem'
import type { SettingsStore } from './settingsStore'

type Binding = ChannelOutput<'getAutoExport'>
type Format = ChannelInput<'chooseAutoExportFile'>['format']

const EXTENSIONS: Record<Format, string> = { bibtex: 'bib', biblatex: 'bib', 'csl-json': 'json' }

export interface AutoExportService {
  get(): Promise<Binding>
  choose(format: Format): Promise<Binding>
  stop(): Promise<Binding>
  /** Rewrites the bound file atomically with the text the renderer formatted. */
  write(text: string): Promise<{ written: boolean; bytes: number }>
}

/**
 * Auto-export: the user binds a file once in a save dialog; after that the renderer sends
 * the freshly formatted library and main replaces the file atomically, so a LaTeX build
 * never reads half a .bib. The path only ever comes from the dialog, never from the page.
 */
export function createAutoExportService(deps: { fs: FileSystem; settings: SettingsStore; dialog: DialogPort }): AutoExportService {
  const { fs, settings, dialog } = deps

  async function get(): Promise<Binding> {
    return (await settings.read()).autoExport ?? null
  }

  async function choose(format: Format): Promise<Binding> {
    const path = await dialog.saveFile({
      title: 'Keep this file up to date with the library',
      defaultName: `library.${EXTENSIONS[format]}`,
      filters: [{ name: format === 'csl-json' ? 'CSL-JSON' : 'BibTeX', extensions: [EXTENSIONS[format]] }],
    })
    if (path === null) return get()
    await settings.update({ autoExport: { path, format } })
    return { path, format }
  }

  async function stop(): Promise<Binding> {
    await settings.update({ autoExport: undefined })
    return null
  }

  async function write(text: string) {
    const binding = await get()
    if (!binding) return { written: false, bytes: 0 }
    try {
      await writeFileAtomic(fs, binding.path, text)
    } catch (error) {
      const code = errorCode(error) ?? 'error'
      throw new AppError('IO_ERROR', `Could not update ${basename(binding.path)} (${code}). Check that its folder still exists and is writable, or choose the file again.`)
    }
    return { written: true, bytes: Buffer.byteLength(text) }
  }

  return { get, choose, stop, write }
}
