/**
 * The channel names alone, without their schemas, so the sandboxed preload can build
 * `window.api` without bundling zod. contract.ts must define exactly these (the compiler
 * checks both directions).
 */
export const CHANNELS = [
  'getAppInfo',
  'openFileDialog',
  'getLibraryLocation',
  'chooseLibraryLocation',
  'resetLibraryLocation',
  'storePdfFile',
  'storePdfData',
  'discardStoredPdf',
  'extractPdfMetadata',
  'extractPdfFullText',
  'readStoredPdf',
  'getWatchedFolder',
  'chooseWatchedFolder',
  'stopWatchingFolder',
  'scanWatchedFolder',
  'readBibliographyFile',
  'listAutoExports',
  'addAutoExport',
  'removeAutoExport',
  'writeAutoExport',
  'writeSnapshot',
  'getLatestSnapshot',
  'getSnapshotTime',
  'exportLibraryArchive',
  'openAttachment',
  'showAttachmentInFolder',
  'saveAttachmentCopy',
  'checkLibraryIntegrity',
  'relinkLibraryFile',
  'moveLibraryFileToTrash',
  'restoreLibraryArchive',
  'confirmWatchedFilesImported',
  'removeUnusedPdfs',
  'getRemovedPdfsDestination',
  'setRemovedPdfsDestination',
  'getLibraryMove',
  'resumeLibraryMove',
  'lookupIdentifiers',
  'searchBibliographic',
  'getOnlineSettings',
  'setOnlineSettings',
  'waitForCiteRequest',
  'answerCiteRequest',
  'getCiteAsYouWrite',
  'setCiteAsYouWrite',
  'getSyncStatus',
  'testSyncConnection',
  'connectSync',
  'disconnectSync',
  'syncNow',
  'pushSyncChanges',
  'waitForSyncChanges',
  'fetchSyncedPdf',
] as const

export type Channel = (typeof CHANNELS)[number]

/** The name each channel has on Electron's ipcMain/ipcRenderer. */
export function ipcChannelName(channel: Channel): string {
  return `axisref:${channel}`
}

export function isChannel(name: string): name is Channel {
  return CHANNELS.some((channel) => channel === name)
}
