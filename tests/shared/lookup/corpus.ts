import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CORPUS, HAS_CORPUS } from '../formats/corpus'

/** The recorded registry responses (`<corpus>/online`), read by path. */
export const ONLINE = join(CORPUS, 'online')
export const HAS_ONLINE = HAS_CORPUS && existsSync(ONLINE)

export function onlineText(relative: string): string {
  return readFileSync(join(ONLINE, relative), 'utf8')
}

/** Files of one online folder whose names match, sorted. */
export function onlineFiles(folder: string, pattern: RegExp): string[] {
  if (!HAS_ONLINE) return []
  return readdirSync(join(ONLINE, folder))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(folder, name))
}

/** A JSON value's property, for reading the raw body independently of the parser. */
export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).find(([name]) => name === key)?.[1] : undefined
}
