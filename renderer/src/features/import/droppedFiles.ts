import type { ImportSource } from './importPdfs'

const PDF = /\.pdf$/i
/** Bibliography files AxisRef reads; the format itself is detected from the content. */
export const BIBLIOGRAPHY_FILE = /\.(bib|biblatex|ris|nbib|medline|txt|json|xml|enw)$/i

export interface DroppedFiles {
  pdfs: ImportSource[]
  bibliographies: File[]
  /** Names of files that are neither, so the caller can say what it skipped. */
  skipped: string[]
}

/**
 * The PDFs and bibliography files in a drop, folders included (walked recursively through
 * the entries API that Chromium and Electron both offer).
 */
export async function collectDroppedFiles(items: DataTransferItemList): Promise<DroppedFiles> {
  // entries and files must be taken now: the list is emptied once the drop event returns
  const taken = [...items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry?.() ?? item.getAsFile())
  const files: File[] = []
  for (const entry of taken) {
    if (entry instanceof File) files.push(entry)
    else if (entry) await walk(entry, files)
  }
  const dropped: DroppedFiles = { pdfs: [], bibliographies: [], skipped: [] }
  for (const file of files) {
    if (PDF.test(file.name)) dropped.pdfs.push({ kind: 'file', file, name: file.name })
    else if (BIBLIOGRAPHY_FILE.test(file.name)) dropped.bibliographies.push(file)
    else dropped.skipped.push(file.name)
  }
  return dropped
}

async function walk(entry: FileSystemEntry, into: File[]): Promise<void> {
  if (entry.isFile) {
    into.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)))
    return
  }
  if (!entry.isDirectory) return
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  // readEntries answers in batches (100 in Chromium) until it answers an empty one
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) return
    for (const child of batch) await walk(child, into)
  }
}
