import { useLiveQuery } from 'dexie-react-hooks'
import { DEFAULT_ATTACHMENT_NAME_PATTERN, attachmentFileName } from '../../../shared/domain/attachmentName'
import type { CslItem } from '../../../shared/domain/csl'
import { useDatabase } from './DatabaseContext'
import type { AxisRefDatabase } from './database'
import { readSetting, writeSetting } from './settings'

/** True when a PDF imported from now on is named {author}_{year}_{title}.pdf from its record. */
export async function namesAttachmentsAtImport(db: AxisRefDatabase): Promise<boolean> {
  return readSetting(db, 'attachmentNamesAtImport')
}

export async function setNameAttachmentsAtImport(db: AxisRefDatabase, on: boolean): Promise<void> {
  await writeSetting(db, 'attachmentNamesAtImport', on)
}

export function useNameAttachmentsAtImport(): boolean | undefined {
  const db = useDatabase()
  return useLiveQuery(() => namesAttachmentsAtImport(db), [db])
}

/** The name an imported PDF gets: its own, or the record's when the setting is on. Call inside a transaction over settings. */
export async function importedAttachmentName(db: AxisRefDatabase, item: CslItem, originalName: string): Promise<string> {
  return (await namesAttachmentsAtImport(db)) ? attachmentFileName(item, DEFAULT_ATTACHMENT_NAME_PATTERN) : originalName
}
