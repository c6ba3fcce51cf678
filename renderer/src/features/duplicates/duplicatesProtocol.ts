import type { DuplicateSet } from '../../../../shared/dedup'

/** The duplicates worker's requests and answers: the library is named, never sent. */
export type DuplicatesProtocol = {
  find: { request: { dbName: string }; response: DuplicateSet[] }
}
