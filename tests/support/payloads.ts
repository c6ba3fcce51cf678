import { buildSnapshot } from '../../shared/backup/snapshot'
import type { Channel, ChannelInput } from '../../shared/ipc/contract'

const SNAPSHOT = buildSnapshot(
  { papers: [{ id: 'p', citationKey: 'maes2008gut', csl: { id: 'p', type: 'article-journal' }, tags: [], axisNodes: [], collections: [], addedAt: 1, modifiedAt: 1 }], attachments: [] },
  { createdAt: '2026-11-26T12:00:00.000Z' },
)

/** Payloads that must never reach a service, for every channel (the type demands each one). */
export const INVALID_PAYLOADS: Record<Channel, unknown[]> = {
  getAppInfo: [{}, null, 'info', 1, [], { path: '/etc/passwd' }],
  openFileDialog: [undefined, null, {}, { purpose: 'exe' }, { purpose: 'pdf', multiple: 'yes' }, { purpose: 'pdf', defaultPath: '/' }, 'pdf'],
  getLibraryLocation: [{}, null, 'x', 0],
  chooseLibraryLocation: [{ path: '/tmp' }, '/tmp', null, {}],
  resetLibraryLocation: [{}, true, null],
  storePdfFile: [undefined, {}, { path: '' }, { path: 42 }, { path: '/a.pdf', extra: true }, '/etc/passwd', { path: 'x'.repeat(5000) }],
  storePdfData: [undefined, {}, { name: 'a.pdf' }, { name: '', base64: 'JVBERi0=' }, { name: 'a.pdf', base64: 7 }, { name: 'a.pdf', base64: 'JVBERi0=', path: '/x' }],
  discardStoredPdf: [undefined, {}, { hash: 'abc' }, { hash: '../../etc/passwd' }, { hash: 'A'.repeat(64) }, { path: '/x' }],
  extractPdfMetadata: [undefined, { hash: 'f'.repeat(63), originalName: 'a.pdf' }, { hash: '../x', originalName: 'a' }, { hash: 'f'.repeat(64) }],
  extractPdfFullText: [undefined, {}, { hash: 'z'.repeat(64) }, { hash: `${'f'.repeat(64)}/../x` }],
  readStoredPdf: [undefined, {}, { hash: '../../etc/passwd' }, { hash: 'F'.repeat(64) }, { hash: 'f'.repeat(64), path: '/etc/passwd' }, { path: '/tmp/a.pdf' }],
  getWatchedFolder: [{}, null, '/tmp'],
  chooseWatchedFolder: [{ path: '/tmp' }, '/tmp', null],
  stopWatchingFolder: [{}, 1],
  scanWatchedFolder: [{ path: '/' }, '/'],
  readBibliographyFile: [undefined, {}, { path: '' }, { path: ['/a.bib'] }, { path: '/a.bib', encoding: 'latin1' }],
  getAutoExport: [{}, '/tmp/a.bib'],
  chooseAutoExportFile: [undefined, {}, { format: 'docx' }, { format: 'bibtex', path: '/etc/passwd' }],
  stopAutoExport: [{}, null],
  writeAutoExport: [undefined, {}, { text: 1 }, { text: 'x', path: '/etc/passwd' }],
  writeSnapshot: [undefined, {}, { snapshot: {} }, { snapshot: { format: 'axisref-snapshot', version: 2 } }, { snapshot: SNAPSHOT, path: '/tmp/x.json' }],
  getLatestSnapshot: [{}, 'latest'],
  exportLibraryArchive: [undefined, {}, { snapshot: { ...SNAPSHOT, attachments: [{ id: 'a', paperId: 'p', hash: '../../etc/passwd', size: 1, originalName: 'x' }] } }, { snapshot: SNAPSHOT, target: '/tmp/a.zip' }],
}

export const VALID_PAYLOADS: { [C in Channel]: ChannelInput<C> } = {
  getAppInfo: undefined,
  openFileDialog: { purpose: 'pdf', multiple: false },
  getLibraryLocation: undefined,
  chooseLibraryLocation: undefined,
  resetLibraryLocation: undefined,
  storePdfFile: { path: '/tmp/paper.pdf' },
  storePdfData: { name: 'paper.pdf', base64: 'JVBERi0xLjQK' },
  discardStoredPdf: { hash: 'a'.repeat(64) },
  extractPdfMetadata: { hash: 'a'.repeat(64), originalName: 'paper.pdf' },
  extractPdfFullText: { hash: 'a'.repeat(64) },
  readStoredPdf: { hash: 'a'.repeat(64) },
  getWatchedFolder: undefined,
  chooseWatchedFolder: undefined,
  stopWatchingFolder: undefined,
  scanWatchedFolder: undefined,
  readBibliographyFile: { path: '/tmp/library.bib' },
  getAutoExport: undefined,
  chooseAutoExportFile: { format: 'bibtex' },
  stopAutoExport: undefined,
  writeAutoExport: { text: '@article{a, title={A}}' },
  writeSnapshot: { snapshot: SNAPSHOT },
  getLatestSnapshot: undefined,
  exportLibraryArchive: { snapshot: SNAPSHOT },
}
