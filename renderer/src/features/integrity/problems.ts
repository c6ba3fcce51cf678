import type { AxisRefApi } from '../../../../shared/ipc/api'
import { LIBRARY_CHECK_BATCH, type IntegrityFinding } from '../../../../shared/ipc/contract'
import { attachmentRefsPart, findOrphanedRows, type AxisRefDatabase, type OrphanedRows, type PaperRecord } from '../../db'

/**
 * A finding of the host's check, or one only IndexedDB can see: rows (PDF records, notes,
 * highlights) whose paper is gone, `orphans` saying which and where they belong.
 */
export type LibraryProblem = Omit<IntegrityFinding, 'kind'> & { kind: IntegrityFinding['kind'] | 'dangling'; orphans?: OrphanedRows }

export type RepairAction = 'relink' | 'replace' | 'import' | 'trash-file' | 'remove-attachment' | 'trash-paper' | 'reattach' | 'recover-paper'

export interface IntegrityOutcome {
  checkedFiles: number
  problems: LibraryProblem[]
}

export interface CheckOptions {
  verifyHashes: boolean
  /** Waits for a moment the page does not need between two parts (the app: its idle callback; by default the next task). */
  whenIdle?: () => Promise<void>
  /** Records per call (the contract's limit; tests pass a smaller one). */
  batch?: number
}

/**
 * Checks the library: the host compares the attachment records with the folder (reading
 * every PDF when `verifyHashes`), and IndexedDB adds records whose paper no longer exists.
 * The records go to the host part by part in hash order, each part when the page is idle, so
 * a large library is never read, copied and checked in one piece on either side.
 */
export async function checkLibraryIntegrity(api: Pick<AxisRefApi, 'checkLibraryIntegrity'>, db: AxisRefDatabase, options: CheckOptions): Promise<IntegrityOutcome> {
  const orphans = await findOrphanedRows(db)
  const report = await checkInParts(api, db, options)
  const goneWithPaper = new Set(orphans.flatMap((orphan) => orphan.rows.attachments))
  // a missing file whose only records are dangling is one problem, said once (as the record)
  const onlyDangling = (finding: IntegrityFinding) => finding.attachmentIds.length > 0 && finding.attachmentIds.every((id) => goneWithPaper.has(id))
  const problems: LibraryProblem[] = report.findings.filter((finding) => !onlyDangling(finding))
  for (const orphan of orphans) problems.push(orphanProblem(orphan))
  return { checkedFiles: report.checkedFiles, problems }
}

async function checkInParts(api: Pick<AxisRefApi, 'checkLibraryIntegrity'>, db: AxisRefDatabase, options: CheckOptions): Promise<{ checkedFiles: number; findings: IntegrityFinding[] }> {
  const findings: IntegrityFinding[] = []
  let checkedFiles = 0
  let after: string | undefined
  do {
    const part = await attachmentRefsPart(db, after, options.batch ?? LIBRARY_CHECK_BATCH)
    const range = { ...(after !== undefined && { after }), ...(part.through !== undefined && { through: part.through }) }
    const result = await api.checkLibraryIntegrity({ attachments: part.refs, verifyHashes: options.verifyHashes, ...(Object.keys(range).length > 0 && { range }) })
    if (!result.ok) throw new Error(result.error.message)
    findings.push(...result.value.findings)
    checkedFiles += result.value.checkedFiles
    after = part.through
    if (after !== undefined) await (options.whenIdle ?? nextTask)()
  } while (after !== undefined)
  return { checkedFiles, findings }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function orphanProblem(orphans: OrphanedRows): LibraryProblem {
  const where = !orphans.home
    ? 'Attach them to the paper they belong to (by its citation key), or keep them as a paper of their own.'
    : orphans.home.because === 'merged'
      ? 'Their paper was merged into that one; attaching them puts them back beside its other notes.'
      : 'That paper holds the PDF they were made on.'
  return {
    kind: 'dangling',
    path: '',
    paperIds: orphans.home ? [orphans.home.paperId] : [],
    attachmentIds: orphans.rows.attachments,
    repairs: [],
    orphans,
    message: onlyPdfRecords(orphans) && !orphans.home ? 'Removing the record loses no paper (the file stays in the library folder).' : where,
  }
}

function onlyPdfRecords(orphans: OrphanedRows): boolean {
  return orphans.rows.notes.length === 0 && orphans.rows.annotations.length === 0
}

/** A finding that needs nothing done: a PDF on the sync server, not yet fetched to this device. */
export function isProblem(problem: LibraryProblem): boolean {
  return problem.kind !== 'remote'
}

/** The repairs to offer, the safest first; none deletes a user's file. */
export function repairsFor(problem: LibraryProblem): RepairAction[] {
  switch (problem.kind) {
    case 'missing':
      return ['relink', 'replace', 'remove-attachment', 'trash-paper']
    case 'remote':
      return []
    case 'mismatch':
      return problem.paperIds.length > 0 ? ['relink', 'replace', 'remove-attachment'] : ['trash-file']
    case 'orphan':
      return ['import', 'trash-file']
    case 'unexpected':
      return problem.repairs.includes('re-import') ? ['import', 'trash-file'] : ['trash-file']
    case 'temp':
      return ['trash-file']
    case 'dangling': {
      const orphans = problem.orphans
      if (!orphans) return ['remove-attachment']
      const home: RepairAction[] = orphans.home ? ['reattach'] : []
      // notes and highlights are the user's own work: offered a home, never only deletion
      return onlyPdfRecords(orphans) ? [...home, 'remove-attachment'] : [...home, 'recover-paper']
    }
  }
}

/** The button's words; a record whose paper is gone is removed, not "the PDF from the paper". */
export function repairLabel(action: RepairAction, problem: LibraryProblem): string {
  if (problem.kind === 'dangling' && action === 'remove-attachment') return problem.attachmentIds.length === 1 ? 'Remove the record' : 'Remove the records'
  if (action === 'reattach') return problem.orphans?.home?.because === 'merged' ? 'Attach to the paper it was merged into' : 'Attach to the paper that holds the PDF'
  return REPAIR_LABELS[action]
}

const REPAIR_LABELS: Record<RepairAction, string> = {
  relink: 'Find the file…',
  replace: 'Use another PDF…',
  import: 'Import as a new paper',
  'trash-file': 'Move to the library trash',
  'remove-attachment': 'Remove the PDF from the paper',
  'trash-paper': 'Move the paper to the trash',
  reattach: 'Attach to that paper',
  'recover-paper': 'Keep as a recovered paper',
}

/** One line a researcher understands: which paper, and what is wrong with its file. */
export function describeProblem(problem: LibraryProblem, papers: ReadonlyMap<string, PaperRecord>): string {
  const names = problem.paperIds.map((id) => papers.get(id)).filter((paper): paper is PaperRecord => paper !== undefined).map(paperName)
  const of = names.length > 0 ? names.join(' and ') : 'a paper'
  switch (problem.kind) {
    case 'missing':
      return `The PDF of ${of} is missing from the library folder.`
    case 'remote':
      return `The PDF of ${of} is on the sync server; it is fetched when the paper is opened.`
    case 'mismatch':
      return problem.paperIds.length > 0 ? `The PDF of ${of} is damaged: its content changed after it was imported.` : `A damaged PDF no paper points to (${problem.path}).`
    case 'orphan':
      return `A PDF in the library folder belongs to no paper (${problem.path}).`
    case 'unexpected':
      return `A file AxisRef did not put in the library folder: ${problem.path}.`
    case 'temp':
      return `A partial copy from an interrupted import: ${problem.path}.`
    case 'dangling':
      return describeOrphans(problem.orphans, names[0])
  }
}

/** "2 highlights, 1 note and the PDF record maes.pdf belong to a paper that no longer exists", and where to. */
function describeOrphans(orphans: OrphanedRows | undefined, home: string | undefined): string {
  if (!orphans) return 'A record belongs to a paper that no longer exists.'
  const { annotations, notes } = orphans.rows
  const parts = [count(annotations.length, 'highlight or note on its PDF', 'highlights and notes on its PDF'), count(notes.length, 'note', 'notes')].filter((part) => part !== '')
  if (orphans.pdfNames.length > 0) parts.push(`the PDF record${orphans.pdfNames.length === 1 ? '' : 's'} ${orphans.pdfNames.join(', ')}`)
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? 'Records')
  const single = parts.length === 1 && annotations.length + notes.length + orphans.pdfNames.length === 1
  const sentence = `${what.charAt(0).toUpperCase()}${what.slice(1)} ${single ? 'belongs' : 'belong'} to a paper that no longer exists.`
  return home ? `${sentence} They belong with ${home}.` : sentence
}

function count(n: number, one: string, many: string): string {
  return n === 0 ? '' : n === 1 ? `1 ${one}` : `${n} ${many}`
}

function paperName(paper: PaperRecord): string {
  const title = paper.csl.title ?? 'Untitled'
  return `“${title.length > 90 ? `${title.slice(0, 88)}…` : title}” (${paper.citationKey})`
}
