import type { ImportResult } from '../../../../shared/formats'

/** The bibliography reader worker's one request: a dropped file (or pasted text) read into records. */
export type ReaderProtocol = {
  read: { request: { source: Blob | string }; response: ImportResult }
}
