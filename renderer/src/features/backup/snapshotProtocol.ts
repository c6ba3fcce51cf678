/** The snapshot worker's one request: the library named `dbName` as UTF-8 JSON bytes. */
export type SnapshotProtocol = {
  snapshot: { request: { dbName: string }; response: Uint8Array<ArrayBuffer> }
}
