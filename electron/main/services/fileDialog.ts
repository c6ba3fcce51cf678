import { basename } from 'node:path'
import type { ChannelInput, PickedFile } from '../../../shared/ipc/contract'
import type { DialogPort, OpenFilesOptions } from './dialogPort'
import type { FileSystem } from './fileSystem'
import type { PathGrants } from './pathGrants'

const FILTERS: Record<ChannelInput<'openFileDialog'>['purpose'], OpenFilesOptions['filters']> = {
  pdf: [{ name: 'PDF documents', extensions: ['pdf'] }],
  bibliography: [{ name: 'Bibliographies', extensions: ['bib', 'ris', 'nbib', 'txt', 'json', 'xml'] }],
  any: [
    { name: 'PDFs and bibliographies', extensions: ['pdf', 'bib', 'ris', 'nbib', 'txt', 'json', 'xml'] },
    { name: 'All files', extensions: ['*'] },
  ],
}

/** Shows the open dialog, grants the chosen files to the session, and describes them. */
export async function openFileDialog(
  deps: { dialog: DialogPort; fs: FileSystem; grants: PathGrants },
  input: ChannelInput<'openFileDialog'>,
): Promise<{ canceled: boolean; files: PickedFile[] }> {
  const paths = await deps.dialog.openFiles({
    title: 'Import into AxisRef',
    multiple: input.multiple ?? true,
    filters: FILTERS[input.purpose],
  })
  if (paths === null) return { canceled: true, files: [] }
  deps.grants.grant(paths)
  const files: PickedFile[] = []
  for (const path of paths) {
    const stat = await deps.fs.stat(path)
    files.push({ path, name: basename(path), size: stat.size })
  }
  return { canceled: false, files }
}
