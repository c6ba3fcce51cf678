import { settingValue, type SettingKey, type SettingValue } from '../../../shared/domain/settings'
import type { AxisRefDatabase } from './database'

/**
 * A value the app remembers between sessions (the list's columns and sort …), typed by its
 * key (`shared/domain/settings.ts`); the key's default if never set or not of that type.
 */
export async function readSetting<K extends SettingKey>(db: AxisRefDatabase, key: K): Promise<SettingValue<K>> {
  return settingValue(key, (await db.settings.get(key))?.value)
}

export async function writeSetting<K extends SettingKey>(db: AxisRefDatabase, key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value })
}

/**
 * Changes a setting from its stored value, read and written in one transaction: two quick
 * changes of one setting (a style, then a locale) both land, though the screen showing it
 * has not yet caught up with the first.
 */
export async function updateSetting<K extends SettingKey>(db: AxisRefDatabase, key: K, change: (current: SettingValue<K>) => SettingValue<K>): Promise<void> {
  await db.transaction('rw', db.settings, async () => writeSetting(db, key, change(await readSetting(db, key))))
}
