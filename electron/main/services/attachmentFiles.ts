import { AppError } from '../../../shared/ipc/result'
import type { ChannelOutput } from '../../../shared/ipc/contract'
import type { DialogPort } from './dialogPort'
import { errorMessage, isNotFound, type FileSystem } from './fileSystem'
import type { LibraryLocationService } from './libraryLocation'
import { realPathInside } from './pathGrants'
import { createPdfStore } from './pdfStore'
import type { ShellPort } from './shellPort'

export interface AttachmentFilesService {
  open(hash: string): Promise<ChannelOutput<'openAttachment'>>
  showInFolder(hash: string): Promise<ChannelOutput<'showAttachmentInFolder'>>
  saveCopy(hash: string, name: string): Promise<ChannelOutput<'saveAttachmentCopy'>>
}

interface AttachmentFilesDeps {
  fs: FileSystem
  libraryLocation: LibraryLocationService
  shell: ShellPort
  dialog: DialogPort
}

/**
 * A stored PDF handed to the desktop: opened, shown in its folder, or copied out under its
 * display name. The file is always found from its hash in the library folder; a path from
 * the renderer is never used.
 */
export function createAttachmentFilesService(deps: AttachmentFilesDeps): AttachmentFilesService {
  const { fs, shell } = deps

  async function storedPath(hash: string): Promise<string> {
    const root = (await deps.libraryLocation.get()).path
    const refusal = `The PDF in the library folder is a link to a file outside it (${root}); AxisRef does not follow it. Run the integrity check (Settings).`
    const path = await realPathInside(fs, createPdfStore({ fs, root }).pathFor(hash), root, refusal)
    try {
      await fs.stat(path)
    } catch (error) {
      if (isNotFound(error)) throw new AppError('NOT_FOUND', `The PDF is missing from the library folder (${root}). Restore it from a backup, or import the file again.`)
      throw new AppError('IO_ERROR', `The PDF in the library folder could not be read: ${errorMessage(error)}`)
    }
    return path
  }

  return {
    open: async (hash) => {
      const failure = await shell.openPath(await storedPath(hash))
      if (failure) throw new AppError('IO_ERROR', `The system could not open the PDF: ${failure}`)
      return { opened: true }
    },
    showInFolder: async (hash) => {
      shell.showItemInFolder(await storedPath(hash))
      return { shown: true }
    },
    saveCopy: async (hash, name) => {
      const source = await storedPath(hash)
      const target = await deps.dialog.saveFile({ title: 'Save a copy of the PDF', defaultName: name, filters: [{ name: 'PDF', extensions: ['pdf'] }] })
      if (target === null) return { canceled: true }
      try {
        await fs.copyFile(source, target)
      } catch (error) {
        throw new AppError('IO_ERROR', `The copy could not be written to ${target}: ${errorMessage(error)}`)
      }
      return { canceled: false, path: target }
    },
  }
}
