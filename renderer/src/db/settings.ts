import type { AxisRefDatabase } from './database'

/** A value the app remembers between sessions (the list's columns and sort …); undefined if never set. */
export async function readSetting(db: AxisRefDatabase, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value
}

export async function writeSetting(db: AxisRefDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value })
}
