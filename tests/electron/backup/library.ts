import { buildSnapshot, type Snapshot } from '../../../shared/backup/snapshot'
import { realFileSystem } from '../../../electron/main/services/fileSystem'
import { createPdfStore } from '../../../electron/main/services/pdfStore'

/**
 * A small but complete library for backup tests: real PDFs stored by the real PDF store,
 * and a snapshot with every kind of record, including fields a later schema might add.
 */
export async function buildLibrary(root: string, pdfPaths: readonly string[]): Promise<{ snapshot: Snapshot; hashes: string[] }> {
  const store = createPdfStore({ fs: realFileSystem, root })
  const stored = []
  for (const path of pdfPaths) stored.push(await store.store(path))
  const papers = stored.map((file, index) => ({
    id: `paper-${index}`,
    citationKey: `Author${2010 + index}`,
    csl: {
      id: `paper-${index}`,
      type: 'article-journal',
      title: `Paper ${index}: cytokines & the gut–brain axis (Müller, Træger)`,
      author: [{ family: 'Müller', given: 'Ä.' }],
      issued: { 'date-parts': [[2010 + index, 3]] },
      volume: 12 + index,
    },
    doi: `10.1000/test.${index}`,
    addedAt: 1_700_000_000_000 + index,
    modifiedAt: 1_700_000_100_000 + index,
    axisNodes: ['immune.cytokines'],
    tags: index % 2 ? ['to read'] : ['review', 'PNI'],
    collections: ['c1'],
    fieldSources: { title: { source: 'layout', confidence: 0.8 } },
    futureField: { nested: [1, 2, 3] },
  }))
  const attachments = stored.map((file, index) => ({
    id: `att-${index}`,
    paperId: `paper-${index}`,
    hash: file.hash,
    size: file.size,
    originalName: `paper ${index}.pdf`,
    pageCount: 3,
    textExtracted: true,
    addedAt: 1_700_000_000_000,
  }))
  const snapshot = buildSnapshot(
    {
      papers,
      attachments,
      notes: [{ id: 'n1', paperId: 'paper-0', markdown: '# Note\nIL-6 ↑ in *MDD*', createdAt: 1, modifiedAt: 2 }],
      annotations: [{ id: 'a1', paperId: 'paper-1', attachmentId: 'att-1', page: 2, rects: [[1, 2, 3, 4]], color: '#ff0' }],
      collections: [{ id: 'c1', name: 'Gut–brain', createdAt: 5 }],
      settings: [
        { key: 'citationKeyPattern', value: '[auth][year]' },
        { key: 'recent', value: { list: ['a', 'b'], n: null } },
      ],
    },
    { createdAt: '2025-03-01T12:00:00.000Z', appVersion: '0.1.0' },
  )
  return { snapshot, hashes: stored.map((file) => file.hash) }
}
