/**
 * The part of PouchDB's API main uses, typed here: @types/pouchdb-core would not do, as
 * it declares a global `Buffer` of its own that breaks Node's `Buffer` type across
 * the whole project once any file imports it.
 */
export interface StoredDoc {
  _id: string
  _rev: string
  _deleted?: boolean
  _conflicts?: string[]
  _revisions?: { start: number; ids: string[] }
  table?: unknown
  row?: unknown
  changedBy?: unknown
  /** Base revisions' own databases (baseRevisions.ts). */
  rev?: string
}

export type WriteDoc = Omit<StoredDoc, '_rev'> & { _rev?: string }

export type WriteAnswer = { ok: true; id: string; rev: string } | { ok?: undefined; error: unknown; id: string; status?: number; name?: string; message?: string }

export interface AllDocsRow {
  id: string
  key: string
  value?: { rev: string; deleted?: boolean }
  doc?: StoredDoc | null
  error?: string
}

export interface ChangeRow {
  id: string
  seq: number | string
  changes: { rev: string }[]
  deleted?: boolean
  doc?: StoredDoc
}

export interface ChangesOptions {
  since?: number | string
  include_docs?: boolean
  conflicts?: boolean
  limit?: number
}

export interface LiveChanges {
  on(event: 'change', listener: (change: ChangeRow) => void): LiveChanges
  on(event: 'error', listener: (error: unknown) => void): LiveChanges
  cancel(): void
}

export interface ReplicationInfo {
  docs?: { _id: string }[]
  last_seq: number | string
  pending?: number
}

export interface Replication {
  on(event: 'change', listener: (info: ReplicationInfo) => void): Replication
  on(event: 'paused' | 'error' | 'denied' | 'active' | 'complete', listener: (value?: unknown) => void): Replication
  once(event: 'complete' | 'error', listener: (value?: unknown) => void): Replication
  cancel(): void
}

export interface ReplicateOptions {
  live: boolean
  retry: boolean
  back_off_function?: (previousMs: number) => number
  batch_size?: number
  filter?: (doc: { _id: string }) => boolean
}

export interface OpenRevision {
  ok?: StoredDoc
  missing?: string
}

export interface Database {
  allDocs(options: { keys?: string[]; startkey?: string; endkey?: string; include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: AllDocsRow[] }>
  bulkDocs(docs: WriteDoc[], options?: { new_edits?: boolean }): Promise<WriteAnswer[]>
  get(id: string, options: { open_revs: string[]; revs: true }): Promise<OpenRevision[]>
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<StoredDoc>
  changes(options: ChangesOptions & { live: true; since: 'now' | number | string }): LiveChanges
  changes(options: ChangesOptions): Promise<{ results: ChangeRow[]; last_seq: number | string }>
  info(): Promise<{ update_seq: number | string; doc_count: number }>
  close(): Promise<void>
  destroy(): Promise<void>
  replicate: {
    to(target: Database, options: ReplicateOptions): Replication
    from(source: Database, options: ReplicateOptions): Replication
  }
}

export interface PouchStatic {
  new (name: string, options: object): Database
  plugin(plugin: unknown): PouchStatic
}
