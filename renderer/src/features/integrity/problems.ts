import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { IntegrityFinding } from '../../../../shared/ipc/contract'
import { attachmentRefs, danglingAttachments, type AxisRefDatabase, type PaperRecord } from '../../db'

/** A finding of the host's check, or one only IndexedDB can see (a record whose paper is gone). */
export type LibraryProblem = Omit<IntegrityFinding, 'kind'> & { kind: IntegrityFinding['kind'] | 'dangling'; originalName?: string }

export type RepairAction = 'relink' | 'replace' | 'import' | 'trash-file' | 'remove-attachment' | 'trash-paper'

export interface IntegrityOutcome {
  checkedFiles: number
  problems: LibraryProblem[]
}

/**
 * Checks the library: the host compares the attachment records with the folder (reading
 * every PDF when `verifyHashes`), and IndexedDB adds records whose paper no longer exists.
 */
export async function checkLibraryIntegrity(api: Pick<AxisRefApi, 'checkLibraryIntegrity'>, db: AxisRefDatabase, options: { verifyHashes: boolean }): Promise<IntegrityOutcome> {
  const dangling = await danglingAttachments(db)
  const result = await api.checkLibraryIntegrity({ attachments: await attachmentRefs(db), verifyHashes: options.verifyHashes })
  if (!result.ok) throw new Error(result.error.message)
  const goneWithPaper = new Set(dangling.map((attachment) => attachment.id))
  // a missing file whose only records are dangling is one problem, said once (as the record)
  const onlyDangling = (finding: IntegrityFinding) => finding.attachmentIds.length > 0 && finding.attachmentIds.every((id) => goneWithPaper.has(id))
  const problems: LibraryProblem[] = result.value.findings.filter((finding) => !onlyDangling(finding))
  for (const attachment of dangling) {
    problems.push({
      kind: 'dangling',
      path: '',
      hash: attachment.hash,
      paperIds: [attachment.paperId],
      attachmentIds: [attachment.id],
      originalName: attachment.originalName,
      repairs: [],
      message: 'The record of this PDF points to a paper that is no longer in the library; removing the record loses no paper (the file stays in the library folder).',
    })
  }
  return { checkedFiles: result.value.checkedFiles, problems }
}

/** The repairs to offer, the safest first; none deletes a user's file. */
export function repairsFor(problem: LibraryProblem): RepairAction[] {
  switch (problem.kind) {
    case 'missing':
      return ['relink', 'replace', 'remove-attachment', 'trash-paper']
    case 'mismatch':
      return problem.paperIds.length > 0 ? ['relink', 'replace', 'remove-attachment'] : ['trash-file']
    case 'orphan':
      return ['import', 'trash-file']
    case 'unexpected':
      return problem.repairs.includes('re-import') ? ['import', 'trash-file'] : ['trash-file']
    case 'temp':
      return ['trash-file']
    case 'dangling':
      return ['remove-attachment']
  }
}

/** The button's words; a record whose paper is gone is removed, not "the PDF from the paper". */
export function repairLabel(action: RepairAction, problem: LibraryProblem): string {
  return problem.kind === 'dangling' && action === 'remove-attachment' ? 'Remove the record' : REPAIR_LABELS[action]
}

const REPAIR_LABELS: Record<RepairAction, string> = {
  relink: 'Find the file…',
  replace: 'Use another PDF…',
  import: 'Import as a new paper',
  'trash-file': 'Move to the library trash',
  'remove-attachment': 'Remove the PDF from the paper',
  'trash-paper': 'Move the paper to the trash',
}

/** One line a researcher understands: which paper, and what is wrong with its file. */
export function describeProblem(problem: LibraryProblem, papers: ReadonlyMap<string, PaperRecord>): string {
  const names = problem.paperIds.map((id) => papers.get(id)).filter((paper): paper is PaperRecord => paper !== undefined).map(paperName)
  const of = names.length > 0 ? names.join(' and ') : 'a paper'
  switch (problem.kind) {
    case 'missing':
      return `The PDF of ${of} is missing from the library folder.`
    case 'mismatch':
      return problem.paperIds.length > 0 ? `The PDF of ${of} is damaged: its content changed after it was imported.` : `A damaged PDF no paper points to (${problem.path}).`
    case 'orphan':
      return `A PDF in the library folder belongs to no paper (${problem.path}).`
    case 'unexpected':
      return `A file AxisRef did not put in the library folder: ${problem.path}.`
    case 'temp':
      return `A partial copy from an interrupted import: ${problem.path}.`
    case 'dangling':
      return `The PDF record ${problem.originalName ?? ''} belongs to a paper that no longer exists.`
  }
}

function paperName(paper: PaperRecord): string {
  const title = paper.csl.title ?? 'Untitled'
  return `“${title.length > 90 ? `${title.slice(0, 88)}…` : title}” (${paper.citationKey})`
}
