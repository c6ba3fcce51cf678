import { AppError } from '../../../shared/ipc/result'

/**
 * The part of the hash space one call of the library check covers: hashes after `after` up
 * to and including `through` (either end open when absent). The renderer sends its records
 * part by part in hash order, so neither process holds or sends every hash of a large library
 * at once; the parts cover the whole space once, so their findings together are the whole
 * check's. The part without `after` also reports what is not a stored PDF at the top of files/.
 */
export interface HashRange {
  after?: string
  through?: string
}

export function inRange(hash: string, range: HashRange): boolean {
  return (range.after === undefined || hash > range.after) && (range.through === undefined || hash <= range.through)
}

/** Whether folder `files/<prefix>/` may hold hashes of the range (its PDFs are then read). */
export function folderOverlaps(prefix: string, range: HashRange): boolean {
  return (range.after === undefined || prefix >= range.after.slice(0, 2)) && (range.through === undefined || prefix <= range.through.slice(0, 2))
}

/** The one part that reports a folder's other files: the part holding the folder's smallest hash. */
export function ownsFolder(prefix: string, range: HashRange): boolean {
  return inRange(prefix.padEnd(64, '0'), range)
}

/** Refuses a range that is empty, and records outside it (a caller's mistake would hide a finding). */
export function checkRecordsInRange(range: HashRange, records: readonly { hash: string; attachmentId?: string }[]): void {
  if (range.after !== undefined && range.through !== undefined && range.through <= range.after) {
    throw new AppError('INVALID_INPUT', `The library check was asked for the hashes after ${range.after.slice(0, 12)}… through ${range.through.slice(0, 12)}…, which is no hash at all.`)
  }
  const outside = records.find((record) => !inRange(record.hash, range))
  if (outside) {
    throw new AppError('INVALID_INPUT', `The PDF record ${outside.attachmentId ?? ''} (${outside.hash.slice(0, 12)}…) lies outside the part of the library this check covers; nothing was checked.`)
  }
}
