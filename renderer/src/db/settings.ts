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
