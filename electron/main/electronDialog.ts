import type { BaseWindow, Dialog } from 'electron'
import type { DialogPort } from './services/dialogPort'

/** The DialogPort over Electron's native dialogs, attached to the main window. */
export function createElectronDialogPort(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, window: () => BaseWindow | undefined): DialogPort {
  async function show(options: Electron.OpenDialogOptions): Promise<string[] | null> {
    const parent = window()
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
  }
  return {
    openFiles: (options) =>
      show({
        title: options.title,
        filters: options.filters,
        properties: options.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      }),
    saveFile: async (options) => {
      const parent = window()
      const saveOptions = { title: options.title, defaultPath: options.defaultName, filters: options.filters }
      const result = parent ? await dialog.showSaveDialog(parent, saveOptions) : await dialog.showSaveDialog(saveOptions)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseFolder: async (options) => {
      const paths = await show({ title: options.title, defaultPath: options.defaultPath, properties: ['openDirectory', 'createDirectory'] })
      return paths?.[0] ?? null
    },
  }
}
