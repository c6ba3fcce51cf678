import { syncDatabaseSchema, syncUrlSchema, type SyncConnectionInput, type SyncConnectionReport, type SyncStatus } from '../../../../shared/sync/status'

/** What the Sync section's fields hold as typed. */
export interface SyncDraft {
  url: string
  database: string
  user: string
  /** Empty: keep the password main already keeps for this server and user. */
  password: string
  pdfs: NonNullable<SyncStatus['connection']>['pdfs']
}

export function draftOf(connection: SyncStatus['connection']): SyncDraft {
  return { url: connection?.url ?? '', database: connection?.database ?? '', user: connection?.user ?? '', password: '', pdfs: connection?.pdfs ?? 'onOpen' }
}

/**
 * The connection to send, or what is wrong with the fields in words (checked here with the
 * contract's own rules, so a typo is named before anything leaves the window).
 */
export function connectionOf(draft: SyncDraft): { input: SyncConnectionInput } | { problems: string[] } {
  const url = draft.url.trim().replace(/\/+$/, '')
  const database = draft.database.trim()
  const problems: string[] = []
  if (url === '') problems.push('Type the server address, for example https://couch.example.org:5984.')
  else problems.push(...refusal(syncUrlSchema.safeParse(url), `The server address "${url}"`))
  if (database === '') problems.push('Type the name of the database that holds this library.')
  else problems.push(...refusal(syncDatabaseSchema.safeParse(database), `The database name "${database}"`))
  if (problems.length > 0) return { problems }
  const input: SyncConnectionInput = { url, database, user: draft.user.trim() }
  if (draft.password !== '') input.password = draft.password
  return { input }
}

/** Why the contract's rule refuses a value, in words: its rule ("is not an http:// or https:// address …") or its length. */
function refusal(result: ReturnType<typeof syncUrlSchema.safeParse>, what: string): string[] {
  if (result.success) return []
  const issue = result.error.issues[0]
  return [issue?.code === 'too_big' ? `${what} is too long (at most ${String(issue.maximum)} characters).` : `${what} is not ${issue?.message ?? 'valid'}.`]
}

/** "Test connection"'s answer in words: what works, or what is wrong; and that edits would stay here when the user may only read. */
export function reportWords(report: SyncConnectionReport): string {
  if (!report.ok) return report.message
  if (report.canWrite) return report.message
  return `${report.message} Read-only: you can read this database but not change it, so your edits would stay on this device.`
}
