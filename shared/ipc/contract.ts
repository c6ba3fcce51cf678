import { z } from 'zod'
import type { Channel } from './channels'
import { snapshotSchema } from '../backup/snapshot'
import { bibliographicCandidateSchema, lookupOutcomeSchema } from '../lookup/record'
import { citeAnswerSchema, citeRequestSchema } from '../cite/request'
import {
  pushSyncChangesInputSchema,
  pushSyncChangesOutputSchema,
  SYNC_PDF_MODES,
  syncConnectionInputSchema,
  syncConnectionReportSchema,
  syncStatusSchema,
  waitForSyncChangesInputSchema,
  waitForSyncChangesOutputSchema,
} from '../sync/status'
import {
  MAX_PDF_BYTES,
  contentHash,
  pdfFullText,
  pdfMetadata,
  storedPdf,
  watchedFolder,
} from './importSchemas'

/**
 * The one IPC contract. Every channel has an input schema that is checked at run time by
 * every host before a service sees the payload, and an output schema that types the
 * answer. `window.api` (preload), the Electron handlers, the browser host and the
 * renderer's client are all derived from this object; nothing repeats a channel by hand.
 */

const noInput = z.undefined()

const hostKind = z.enum(['electron', 'browser', 'cli'])

const libraryLocation = z.object({
  /** Absolute path of the library folder (PDF store, snapshots). */
  path: z.string(),
  /** True while the user has not chosen a folder of their own. */
  isDefault: z.boolean(),
})

const pickedFile = z.object({
  path: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
})

/** A file under the library's `files/` folder as an integrity finding names it: relative, `/`-separated, no `..`. */
const libraryFilePath = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^files(\/([^/\\\0.][^/\\\0]*|\.[^/\\\0.][^/\\\0]*|\.\.[^/\\\0]+))+$/, 'a path under files/ in the library folder, without "." or ".." parts')

const integrityFinding = z.object({
  /** `remote`: not in the library folder but on the sync server, fetched when its paper is opened. */
  kind: z.enum(['missing', 'remote', 'mismatch', 'orphan', 'temp', 'unexpected']),
  path: z.string(),
  hash: z.string().optional(),
  paperIds: z.array(z.string()),
  attachmentIds: z.array(z.string()),
  actualHash: z.string().optional(),
  repairs: z.array(z.enum(['relink', 're-import', 'trash', 'clean'])),
  message: z.string(),
})

const recordId = z.string().min(1).max(200)

/** The most attachment records one call of the library check carries (it pages through the rest). */
export const LIBRARY_CHECK_BATCH = 2_000

/**
 * An Electron accelerator for a global shortcut ("CommandOrControl+Alt+Shift+B"): at least one
 * of Command/Control/Alt/Super, then one key. A key alone, or Shift alone, would take that key
 * from every program; '' means no shortcut.
 */
const ACCELERATOR_MODIFIER = '(?:Command|Cmd|Control|Ctrl|CommandOrControl|CmdOrCtrl|Alt|Option|AltGr|Super|Meta)'
const ACCELERATOR_KEY =
  '(?:[A-Za-z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|[)!@#$%^&*(:;<=>?_~{}|"\\\\`\',./\\[\\]-]|Plus|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|PrintScreen|num[0-9]|numdec|numadd|numsub|nummult|numdiv)'
// one pattern (not a refinement) so that the contract's fuzz test can make valid values: at
// most four keys held with the one that fires, at least one of them not Shift
const acceleratorPattern = new RegExp(`^(?:|(?:Shift\\+)?${ACCELERATOR_MODIFIER}\\+(?:(?:${ACCELERATOR_MODIFIER}|Shift)\\+){0,3}${ACCELERATOR_KEY})$`)
export const acceleratorSchema = z
  .string()
  .max(100)
  .regex(acceleratorPattern, 'a shortcut such as CommandOrControl+Alt+Shift+B: one or more of Command, Control, CommandOrControl, Alt, Super (and Shift), then one key')

/** The editors' endpoint as Settings shows it: whether it should run, where, and whether it does. */
const citeAsYouWriteStatus = z.object({
  enabled: z.boolean(),
  port: z.number().int(),
  listening: z.boolean(),
  /** Why it is not listening although enabled, in words (port in use…). */
  error: z.string().optional(),
  /** The global shortcut that opens the picker (the desktop app only; absent in the browser host). */
  shortcut: z
    .object({
      /** '' when the user turned it off. */
      accelerator: z.string(),
      registered: z.boolean(),
      /** Why it is not registered although set (another program holds it…), in words. */
      error: z.string().optional(),
    })
    .optional(),
})

const serviceUrl = z.string().max(2000)

/** Online lookups as Settings shows them; `baseUrls` are the addresses in use (setting, else environment, else default). */
const onlineSettings = z.object({
  /** "Online lookups": off, nothing is sent and queued lookups wait. */
  enabled: z.boolean(),
  /** Sent to Crossref (polite pool) and NCBI as the contact address. */
  crossrefMailto: z.string(),
  /** NCBI API key: 10 requests a second instead of 3. Never shown back in full. */
  ncbiApiKeySet: z.boolean(),
  baseUrls: z.object({ crossref: z.string(), doi: z.string(), eutils: z.string(), idconv: z.string() }),
  /** The services whose address an environment variable sets (Settings shows it fixed). */
  baseUrlsFromEnvironment: z.array(z.enum(['crossref', 'doi', 'eutils', 'idconv'])),
})

const onlineSettingsChange = z
  .object({
    enabled: z.boolean(),
    crossrefMailto: z.string().max(320).regex(/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, 'an e-mail address, or nothing'),
    /** An empty string removes the key. */
    ncbiApiKey: z.string().max(200).regex(/^[A-Za-z0-9]*$/, 'letters and digits only'),
    /** An empty string returns the service to its environment variable or default. */
    baseUrls: z.object({ crossref: serviceUrl, doi: serviceUrl, eutils: serviceUrl, idconv: serviceUrl }).partial().strict(),
  })
  .partial()
  .strict()

const autoExportFormat = z.enum(['bibtex', 'biblatex', 'csl-json'])
/** What a bound file holds: the whole library (not the trash), one collection (not its subcollections, as the list shows it), or a saved search's papers. */
export const autoExportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library') }).strict(),
  z.object({ kind: z.literal('collection'), id: recordId }).strict(),
  z.object({ kind: z.literal('savedSearch'), id: recordId }).strict(),
])
/** A file AxisRef keeps in step with a source; `path` only ever comes from a save dialog. */
export const autoExportBinding = z.object({ id: z.string().min(1).max(100), source: autoExportSource, path: z.string(), format: autoExportFormat })
const autoExportStatus = autoExportBinding.extend({
  /** The file's folder does not exist now (checked when listed): the file cannot be written until the user chooses it again. */
  folderMissing: z.boolean(),
  /** Why the last write failed, in words; absent once a write succeeds. */
  lastError: z.string().optional(),
})
/** A collection's or saved search's name, only to suggest the file's name in the save dialog. */
const displayName = z.string().regex(/^[^\p{Cc}]{1,120}$/u, '1 to 120 characters, no control characters')


const removedPdfsDestination = z.enum(['system-trash', 'library-trash'])
const removedPdfsSetting = z.object({
  destination: removedPdfsDestination,
  /** False where the host cannot reach the system's trash (the browser host, the CLI). */
  systemTrashAvailable: z.boolean(),
})

const libraryMoveStatus = z.object({
  /** `interrupted`: a move was cut short (a crash, a failure) and waits to be resumed. */
  state: z.enum(['idle', 'moving', 'interrupted', 'done']),
  from: z.string().optional(),
  to: z.string().optional(),
  /** Files copied and verified so far, and how many there are. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Why the move stopped, in words, for `interrupted`. */
  message: z.string().optional(),
})

/** A library's snapshot as JSON: 50,000 papers make about 60 MB. */
const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024

export const contract = {
  /** Name, version and host of the running app. Never fails. */
  getAppInfo: {
    input: noInput,
    output: z.object({
      name: z.string(),
      version: z.string(),
      host: hostKind,
      platform: z.string(),
      versions: z.record(z.string(), z.string()),
    }),
  },

  /**
   * Shows the system's open dialog for files to import. The chosen paths are granted to
   * this session: later channels accept a path only if it is inside the library folder
   * or was granted here. Errors: UNAVAILABLE where the host has no dialog.
   */
  openFileDialog: {
    input: z
      .object({
        purpose: z.enum(['pdf', 'bibliography', 'any']),
        multiple: z.boolean().optional(),
      })
      .strict(),
    output: z.object({
      canceled: z.boolean(),
      files: z.array(pickedFile),
    }),
  },

  /** Where the library folder is. Errors: IO_ERROR if the settings file is unreadable. */
  getLibraryLocation: {
    input: noInput,
    output: libraryLocation,
  },

  /**
   * Lets the user choose another library folder in a folder dialog (never a path from the
   * renderer). The folder must be writable. The library's files are moved there (each copy
   * verified by SHA-256 before its original is removed; getLibraryMove tells the progress)
   * and the setting switches only when all are verified; answers when the move is done.
   * Errors: UNAVAILABLE, INVALID_INPUT (one folder inside the other), IO_ERROR naming the file
   * (the move can be resumed, nothing was deleted).
   */
  chooseLibraryLocation: {
    input: noInput,
    output: z.object({ canceled: z.boolean(), location: libraryLocation }),
  },

  /** Goes back to the default library folder under the app's data folder, moving the files as chooseLibraryLocation does. */
  resetLibraryLocation: {
    input: noInput,
    output: libraryLocation,
  },

  /**
   * Copies a PDF the user chose in a dialog (or found in the watched folder) into the
   * library folder under its SHA-256; the original is only read. Errors: PATH_NOT_ALLOWED
   * for any other path, NOT_FOUND, INVALID_INPUT for a file that is not a PDF or too large.
   */
  storePdfFile: {
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: storedPdf,
  },

  /**
   * The same for the bytes of a dropped file, so no path from the renderer is ever needed.
   * The bytes travel as binary (a structured clone in Electron, the request body over HTTP),
   * never as base64. Errors: INVALID_INPUT for a non-PDF or a file over the limit.
   */
  storePdfData: {
    input: z
      .object({
        name: z.string().min(1).max(1024),
        bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_PDF_BYTES, `at most ${MAX_PDF_BYTES} bytes`),
      })
      .strict(),
    output: storedPdf,
  },

  /** Removes a stored PDF that no paper will point to (a failed import); others are kept. */
  discardStoredPdf: {
    input: z.object({ hash: contentHash }).strict(),
    output: z.object({ removed: z.boolean() }),
  },

  /**
   * Reads a stored PDF's metadata off the UI thread (parser workers with a time limit).
   * Errors: a PDF that cannot be read answers the reader's code (PASSWORD_PROTECTED,
   * NOT_A_PDF, DAMAGED_PDF, EMPTY_FILE, TIMEOUT, PARSER_CRASHED, NO_PAGES, NOT_FOUND,
   * IO_ERROR) with the reason in words, starting with `originalName`.
   */
  extractPdfMetadata: {
    input: z.object({ hash: contentHash, originalName: z.string().max(1024) }).strict(),
    output: pdfMetadata,
  },

  /**
   * The text of every page (capped), for full-text search; run after the paper is visible.
   * Errors: the reader's codes, as for extractPdfMetadata.
   */
  extractPdfFullText: {
    input: z.object({ hash: contentHash }).strict(),
    output: pdfFullText,
  },

  /**
   * The bytes of a stored PDF (base64), for the reader. The path is derived in main from the
   * hash; the renderer never names a file. Errors: NOT_FOUND when the file is missing from the
   * library folder (the integrity check finds and repairs such papers), IO_ERROR. With sync
   * connected, a PDF the folder lacks is first fetched from the server, and that can fail as
   * `fetchSyncedPdf` does (INVALID_INPUT: refused; UNAVAILABLE: unreachable).
   */
  readStoredPdf: {
    input: z.object({ hash: contentHash }).strict(),
    output: z.object({ base64: z.string(), size: z.number().int().nonnegative() }),
  },

  /** The folder whose new PDFs are imported, if any. */
  getWatchedFolder: {
    input: noInput,
    output: watchedFolder,
  },

  /** Lets the user pick the watched folder in a folder dialog. Errors: UNAVAILABLE. */
  chooseWatchedFolder: {
    input: noInput,
    output: watchedFolder,
  },

  stopWatchingFolder: {
    input: noInput,
    output: watchedFolder,
  },

  /**
   * PDFs in the watched folder (and below) that were never seen before; each is granted
   * for storePdfFile and remembered, so it is offered once, across restarts too.
   */
  scanWatchedFolder: {
    input: noInput,
    output: z.object({ paths: z.array(z.string()) }),
  },

  /**
   * The text of a bibliography file (BibTeX, RIS, PubMed, CSL-JSON, EndNote) the user chose
   * in a dialog, decoded from UTF-8, UTF-16 or Latin-1. Errors: PATH_NOT_ALLOWED, NOT_FOUND,
   * INVALID_INPUT for a file over 50 MB.
   */
  readBibliographyFile: {
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ name: z.string(), text: z.string() }),
  },

  /** The files kept in step with the library, a collection or a saved search, each with whether its folder exists now. */
  listAutoExports: {
    input: noInput,
    output: z.array(autoExportStatus),
  },

  /**
   * Binds a file chosen in a save dialog (never a path from the renderer) to a source;
   * `name` (the collection's or saved search's name) only suggests the file's name. A file
   * already bound is bound to this source instead. Cancel leaves the list as it was.
   * Errors: UNAVAILABLE where the host has no dialog.
   */
  addAutoExport: {
    input: z.object({ source: autoExportSource, format: autoExportFormat, name: displayName }).strict(),
    output: z.array(autoExportStatus),
  },

  /** Stops keeping a file in step (the file itself stays). */
  removeAutoExport: {
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: z.array(autoExportStatus),
  },

  /**
   * Replaces a bound file's content atomically with its papers as the renderer formatted
   * them. `written` is false when the file already holds exactly this text: it is not
   * touched (its modification time stays). Errors: NOT_FOUND (no such binding), IO_ERROR
   * (the folder is gone, the disk is full …, in words naming the file).
   */
  writeAutoExport: {
    input: z.object({ id: z.string().min(1).max(100), text: z.string().max(512 * 1024 * 1024) }).strict(),
    output: z.object({ written: z.boolean(), bytes: z.number().int().nonnegative() }),
  },

  /**
   * Writes a snapshot of the whole library (records, notes, settings, attachment hashes)
   * into the library folder, atomically, keeping the last ten and one a day. The snapshot
   * comes as UTF-8 JSON bytes, built and serialised in a worker: the page's thread never
   * holds 50,000 records for it, and the bytes cross as binary. Main parses them and
   * validates the result against the snapshot schema. Errors: INVALID_INPUT, IO_ERROR.
   */
  writeSnapshot: {
    input: z.object({ json: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SNAPSHOT_BYTES, `at most ${MAX_SNAPSHOT_BYTES} bytes`) }).strict(),
    output: z.object({ path: z.string() }),
  },

  /**
   * When the newest snapshot was written, from the file names alone (none read): the window
   * arms its daily snapshot from it instead of writing one at every start.
   */
  getSnapshotTime: {
    input: noInput,
    output: z.object({ writtenAt: z.number() }).nullable(),
  },

  /** The newest readable snapshot, to offer a restore when IndexedDB is empty or lost. */
  getLatestSnapshot: {
    input: noInput,
    output: z.object({ writtenAt: z.number(), snapshot: snapshotSchema }).nullable(),
  },

  /**
   * One zip with the snapshot and every PDF, saved where the user says in a save dialog.
   * Errors: UNAVAILABLE (no dialog, or a library too large for zip), IO_ERROR.
   */
  exportLibraryArchive: {
    input: z.object({ snapshot: snapshotSchema }).strict(),
    output: z.object({
      canceled: z.boolean(),
      summary: z.object({ path: z.string(), files: z.number(), bytes: z.number(), missing: z.array(z.string()) }).optional(),
    }),
  },

  /**
   * Opens a stored PDF in the system's viewer. Main finds the file from its hash in the
   * library folder; no path comes from the renderer. Errors: NOT_FOUND when the file is
   * missing, UNAVAILABLE where the host cannot open files (the browser host), IO_ERROR.
   */
  openAttachment: {
    input: z.object({ hash: contentHash }).strict(),
    output: z.object({ opened: z.boolean() }),
  },

  /** Shows a stored PDF selected in the system's file manager. Errors as openAttachment. */
  showAttachmentInFolder: {
    input: z.object({ hash: contentHash }).strict(),
    output: z.object({ shown: z.boolean() }),
  },

  /**
   * Copies a stored PDF to where the user says in a save dialog; `name` is only the name
   * the dialog suggests (the attachment's display name). Errors: NOT_FOUND, UNAVAILABLE, IO_ERROR.
   */
  saveAttachmentCopy: {
    input: z.object({ hash: contentHash, name: z.string().min(1).max(255) }).strict(),
    output: z.object({ canceled: z.boolean(), path: z.string().optional() }),
  },

  /**
   * Compares the renderer's attachment records with the library folder: PDFs that are missing
   * or whose content no longer matches their hash, files no record points to, partial copies.
   * `verifyHashes: false` skips reading every PDF (the quick check after start). Reads only.
   */
  checkLibraryIntegrity: {
    input: z
      .object({
        attachments: z.array(z.object({ attachmentId: recordId, paperId: recordId, hash: contentHash }).strict()).max(LIBRARY_CHECK_BATCH),
        verifyHashes: z.boolean().optional(),
        /**
         * Only the hashes after `after` through `through` (either end open when absent): the
         * renderer sends its records part by part in hash order, every record of the part and
         * none outside it (INVALID_INPUT otherwise); the part without `after` also reports
         * what lies at the top of files/. Absent: the whole library, at most one batch of records.
         */
        range: z.object({ after: contentHash.optional(), through: contentHash.optional() }).strict().optional(),
      })
      .strict(),
    output: z.object({ checkedFiles: z.number().int().nonnegative(), findings: z.array(integrityFinding) }),
  },

  /**
   * Lets the user find a lost or damaged PDF in an open dialog; it is stored only if its
   * SHA-256 is `hash` (a damaged file under that name goes to the library trash first).
   * Errors: INVALID_INPUT (the chosen file is a different PDF), UNAVAILABLE.
   */
  relinkLibraryFile: {
    input: z.object({ hash: contentHash }).strict(),
    output: z.object({ canceled: z.boolean(), status: z.enum(['relinked', 'already-present']).optional(), trashed: z.string().optional() }),
  },

  /**
   * Moves one file an integrity finding named (under `files/`) into `<library>/trash/`, from
   * where the user can take it back; nothing is deleted. Errors: PATH_NOT_ALLOWED, NOT_FOUND.
   */
  moveLibraryFileToTrash: {
    input: z.object({ path: libraryFilePath }).strict(),
    output: z.object({ trashedTo: z.string() }),
  },

  /**
   * Lets the user pick an archive made by exportLibraryArchive in an open dialog and restores
   * it into the library folder, which must be empty: every PDF is checked against its SHA-256
   * before anything is moved into place. Answers the snapshot for the renderer to load into
   * its (empty) database. Errors: INVALID_INPUT (folder not empty; not an archive; a damaged,
   * altered or unsafe entry, named), UNAVAILABLE, IO_ERROR.
   */
  restoreLibraryArchive: {
    input: noInput,
    output: z.object({
      canceled: z.boolean(),
      restored: z.object({ snapshot: snapshotSchema, files: z.number().int().nonnegative(), missing: z.array(z.string()), archive: z.string() }).optional(),
    }),
  },

  /**
   * Remembers watched-folder files whose papers are now in IndexedDB (or were already there),
   * so they are not offered again; a file offered but never confirmed (an import cut short)
   * is offered again after a restart. Errors: PATH_NOT_ALLOWED for a path main did not offer
   * this session (nothing is noted then).
   */
  confirmWatchedFilesImported: {
    input: z.object({ paths: z.array(z.string().min(1).max(4096)).max(5000) }).strict(),
    output: z.object({ confirmed: z.number().int().nonnegative() }),
  },

  /**
   * Takes the stored PDFs of these hashes out of the library's files (after the trash was
   * emptied and no paper uses them), to the system's trash or `<library>/trash/` as the
   * setting says. Main finds each file from its hash and checks its real path is a file of
   * the library's store. Each hash answers apart: a file that could not be removed is named
   * with the reason; the others are removed all the same.
   */
  removeUnusedPdfs: {
    input: z.object({ hashes: z.array(contentHash).max(1_000_000) }).strict(),
    output: z.object({
      removed: z.array(z.object({ hash: contentHash, to: removedPdfsDestination })),
      failed: z.array(z.object({ hash: contentHash, message: z.string() })),
    }),
  },

  /** Where PDFs no paper uses go when the trash is emptied. */
  getRemovedPdfsDestination: {
    input: noInput,
    output: removedPdfsSetting,
  },

  /** Errors: UNAVAILABLE for the system trash where the host has none. */
  setRemovedPdfsDestination: {
    input: z.object({ destination: removedPdfsDestination }).strict(),
    output: removedPdfsSetting,
  },

  /** How far a move of the library folder has got (polled by Settings while it runs). */
  getLibraryMove: {
    input: noInput,
    output: libraryMoveStatus,
  },

  /**
   * Continues a move of the library folder that was interrupted; the files already copied
   * and verified are not copied again. Answers when it is done. Errors: IO_ERROR, naming the file.
   */
  resumeLibraryMove: {
    input: noInput,
    output: libraryMoveStatus,
  },

  /**
   * Looks identifiers up in the registries (PubMed, Crossref, doi.org, the PMC ID converter):
   * DOIs, PMIDs, PMCIDs or their URLs, in any mix, as the user pasted them. One outcome per
   * id, same order; a bad id or one no registry knows is its own `ok: false` (INVALID_INPUT,
   * NOT_FOUND), the others go on. Errors for the whole call: OFFLINE when online lookups are
   * off (nothing is sent), UNAVAILABLE or TIMEOUT when the registries cannot be reached.
   */
  lookupIdentifiers: {
    input: z.object({ ids: z.array(z.string().max(500)).max(1000) }).strict(),
    output: z.object({ outcomes: z.array(lookupOutcomeSchema) }),
  },

  /**
   * Searches Crossref for a reference without an identifier: its title (and first author,
   * year) are all that is sent. Candidates best first. Errors as lookupIdentifiers.
   */
  searchBibliographic: {
    input: z.object({ title: z.string().min(1).max(1000), author: z.string().max(200).optional(), year: z.number().int().min(1000).max(3000).optional() }).strict(),
    output: z.object({ candidates: z.array(bibliographicCandidateSchema) }),
  },

  getOnlineSettings: {
    input: noInput,
    output: onlineSettings,
  },

  /** Errors: INVALID_INPUT naming a base URL that is not an http(s) address. */
  setOnlineSettings: {
    input: onlineSettingsChange,
    output: onlineSettings,
  },
  /**
   * The window's long poll for a citation picker to show (an editor called the CAYW endpoint,
   * or the user pressed the picker's global shortcut). Answers null after about 25 s with
   * none; a window that asks again while a picker is open gets the same request.
   */
  waitForCiteRequest: {
    input: noInput,
    output: citeRequestSchema.nullable(),
  },

  /** The user's pick (already formatted as the request asked) or cancel; `delivered` is false when the caller gave up. */
  answerCiteRequest: {
    input: z.object({ id: z.string().min(1).max(100), answer: citeAnswerSchema }).strict(),
    output: z.object({ delivered: z.boolean() }),
  },

  /** The editors' endpoint (Better BibTeX's CAYW on 127.0.0.1): off by default. */
  getCiteAsYouWrite: {
    input: noInput,
    output: citeAsYouWriteStatus,
  },

  /**
   * Turns the endpoint on or off, or moves it; `shortcut` (desktop app) sets the picker's global
   * shortcut ('' turns it off). Errors: INVALID_INPUT for a port out of range or a shortcut that
   * is not an accelerator. A port in use, or a shortcut another program holds, is reported in
   * the status, not thrown.
   */
  setCiteAsYouWrite: {
    input: z.object({ enabled: z.boolean(), port: z.number().int().min(1024).max(65535), shortcut: acceleratorSchema.optional() }).strict(),
    output: citeAsYouWriteStatus,
  },

  /** The library's sync with a CouchDB database (issue #17): where, and how it is going. */
  getSyncStatus: {
    input: noInput,
    output: syncStatusSchema,
  },

  /** Tries a server, user and database without keeping anything; what is wrong in words. */
  testSyncConnection: {
    input: syncConnectionInputSchema,
    output: syncConnectionReportSchema,
  },

  /**
   * Connects the library to the database (or changes its settings), keeping the password
   * where the host keeps secrets, and starts syncing. A connection that fails its test is
   * not kept: the status says why.
   */
  connectSync: {
    input: syncConnectionInputSchema.extend({ pdfs: z.enum(SYNC_PDF_MODES) }).strict(),
    output: syncStatusSchema,
  },

  /** Stops syncing; the library and its PDFs stay as they are on this device. */
  disconnectSync: {
    input: z.object({ forgetPassword: z.boolean() }).strict(),
    output: syncStatusSchema,
  },

  /** Sends and receives now, without waiting for the next retry. */
  syncNow: {
    input: noInput,
    output: syncStatusSchema,
  },

  /** The window's changed and deleted rows, written to this device's replica and sent from there. */
  pushSyncChanges: {
    input: pushSyncChangesInputSchema,
    output: pushSyncChangesOutputSchema,
  },

  /** Changes received after `since` (answered at once when there are some, else after a wait), with the status. */
  waitForSyncChanges: {
    input: waitForSyncChangesInputSchema,
    output: waitForSyncChangesOutputSchema,
  },

  /** Brings a PDF another device imported from the server into this library's store (checked against its hash). */
  fetchSyncedPdf: {
    input: z.object({ hash: contentHash }).strict(),
    output: z.object({ stored: z.boolean() }),
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export { CHANNELS, ipcChannelName, isChannel, type Channel } from './channels'
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export type LibraryLocation = z.output<typeof libraryLocation>
export type PickedFile = z.output<typeof pickedFile>
export type HostKind = z.output<typeof hostKind>
export type IntegrityFinding = z.output<typeof integrityFinding>
export type RemovedPdfsDestination = z.output<typeof removedPdfsDestination>
export type RemovedPdfsSetting = z.output<typeof removedPdfsSetting>
export type LibraryMoveStatus = z.output<typeof libraryMoveStatus>
export type OnlineSettings = z.output<typeof onlineSettings>
export type OnlineSettingsChange = z.output<typeof onlineSettingsChange>
export type CiteAsYouWriteStatus = z.output<typeof citeAsYouWriteStatus>
export type AutoExportSource = z.output<typeof autoExportSource>
export type AutoExportBinding = z.output<typeof autoExportBinding>
export type AutoExportStatus = z.output<typeof autoExportStatus>
export type AutoExportFormat = z.output<typeof autoExportFormat>
export type CiteAsYouWriteChange = z.output<Contract['setCiteAsYouWrite']['input']>
