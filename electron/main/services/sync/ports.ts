import type { SyncConnectionInput, SyncConnectionReport } from '../../../../shared/sync/status'

/**
 * The seams between the parts of main's sync service (issue #17):
 * - `SyncSecrets`: where the password is kept (Electron: `safeStorage`; the browser host and
 *   the CLI: a file of mode 0600 in the data folder). Keys are `<url>|<user>`.
 * - `ConnectionTester`: "Test connection", also run before a connection is kept.
 * The engine (`index.ts`) takes both injected, so tests give their own.
 */
export interface SyncSecrets {
  load(key: string): Promise<string | undefined>
  save(key: string, secret: string): Promise<void>
  remove(key: string): Promise<void>
  /** Where the secrets are kept, in words, for Settings ("the system keychain", "<path>, readable only by you"). */
  describe(): string
}

export interface ConnectionTestDeps {
  fetch: typeof fetch
  /** Per request; injected so a test need not wait it out. */
  timeoutMs: number
}

export type ConnectionTester = (connection: Required<SyncConnectionInput>, deps: ConnectionTestDeps) => Promise<SyncConnectionReport>

/** The secret's key for a server and user. */
export function secretKey(url: string, user: string): string {
  return `${url.replace(/\/+$/, '')}|${user}`
}
