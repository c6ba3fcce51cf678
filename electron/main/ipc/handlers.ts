import type { MainServices } from '../services'
import { readBibliographyFile } from '../services/bibliographyFiles'
import { openFileDialog } from '../services/fileDialog'
import type { Handlers } from './router'

/** Each channel mapped to its service: adapters only, no logic of their own. */
export function createHandlers(services: MainServices): Handlers {
  return {
    getAppInfo: () => services.appInfo,
    openFileDialog: (input) => openFileDialog(services, input),
    getLibraryLocation: () => services.libraryLocation.get(),
    chooseLibraryLocation: () => services.libraryLocation.choose(),
    resetLibraryLocation: () => services.libraryLocation.reset(),
    storePdfFile: ({ path }) => services.pdfImport.storeFile(path),
    storePdfData: ({ name, bytes }) => services.pdfImport.storeData(name, bytes),
    discardStoredPdf: ({ hash }) => services.pdfImport.discard(hash),
    extractPdfMetadata: ({ hash, originalName }) => services.pdfImport.extractMetadata(hash, originalName),
    extractPdfFullText: ({ hash }) => services.pdfImport.extractFullText(hash),
    readStoredPdf: ({ hash }) => services.pdfImport.readStored(hash),
    getWatchedFolder: () => services.watchedFolder.get(),
    chooseWatchedFolder: () => services.watchedFolder.choose(),
    stopWatchingFolder: () => services.watchedFolder.stop(),
    scanWatchedFolder: () => services.watchedFolder.scan(),
    readBibliographyFile: ({ path }) => readBibliographyFile(services, path),
    listAutoExports: () => services.autoExport.list(),
    addAutoExport: (request) => services.autoExport.add(request),
    removeAutoExport: ({ id }) => services.autoExport.remove(id),
    writeAutoExport: ({ id, text }) => services.autoExport.write(id, text),
    writeSnapshot: ({ json }) => services.backup.writeSnapshot(json),
    getLatestSnapshot: () => services.backup.latest(),
    exportLibraryArchive: ({ snapshot }) => services.backup.exportArchive(snapshot),
    openAttachment: ({ hash }) => services.attachmentFiles.open(hash),
    showAttachmentInFolder: ({ hash }) => services.attachmentFiles.showInFolder(hash),
    saveAttachmentCopy: ({ hash, name }) => services.attachmentFiles.saveCopy(hash, name),
    checkLibraryIntegrity: ({ attachments, verifyHashes }) => services.integrity.check(attachments, { verifyHashes }),
    relinkLibraryFile: ({ hash }) => services.integrity.relink(hash),
    moveLibraryFileToTrash: ({ path }) => services.integrity.moveToTrash(path),
    restoreLibraryArchive: () => services.backup.restoreArchive(),
    confirmWatchedFilesImported: ({ paths }) => services.watchedFolder.confirmImported(paths),
    removeUnusedPdfs: ({ hashes }) => services.unusedPdfs.remove(hashes),
    getRemovedPdfsDestination: () => services.unusedPdfs.destination(),
    setRemovedPdfsDestination: ({ destination }) => services.unusedPdfs.setDestination(destination),
    getLibraryMove: () => services.libraryLocation.moveStatus(),
    resumeLibraryMove: () => services.libraryLocation.resumeMove(),
    lookupIdentifiers: async ({ ids }) => ({ outcomes: await services.lookup.lookupIdentifiers(ids) }),
    searchBibliographic: async (query) => ({ candidates: await services.lookup.searchBibliographic(query) }),
    getOnlineSettings: () => services.onlineSettings.get(),
    setOnlineSettings: (change) => services.onlineSettings.set(change),
    waitForCiteRequest: () => services.picker.wait(),
    answerCiteRequest: ({ id, answer }) => services.picker.answer(id, answer),
    getCiteAsYouWrite: () => services.citeAsYouWrite.get(),
    setCiteAsYouWrite: (change) => services.citeAsYouWrite.set(change),
  }
}

