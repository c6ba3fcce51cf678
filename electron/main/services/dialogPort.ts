/**
 * The native dialogs a host can show. Electron passes its `dialog`; the browser host,
 * which has none, passes one that answers from a queue (tests) or says UNAVAILABLE.
 * Each method resolves to `null` when the user cancels.
 */
export interface DialogPort {
  openFiles(options: OpenFilesOptions): Promise<string[] | null>
  chooseFolder(options: { title: string; defaultPath?: string }): Promise<string | null>
  saveFile(options: { title: string; defaultName: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>
}

export interface OpenFilesOptions {
  title: string
  multiple: boolean
  filters: { name: string; extensions: string[] }[]
}
