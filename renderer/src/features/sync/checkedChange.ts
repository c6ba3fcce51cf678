import { isSettingKey, LIBRARY_SETTINGS } from '../../../../shared/domain/settings'
import { rowChangeProblem, rowChangeSchema, type RowChange } from '../../../../shared/sync/documents'
import { firstIssue } from './rowWords'

/**
 * A change checked as both sides check it (its table's row schema, `rowChangeProblem`) and
 * more: a setting's key is its id (the key is what IndexedDB stores it under) and its value is
 * of that setting's type. Answers the change, or what is wrong in words.
 */
export function checkedChange(value: unknown): { change: RowChange } | { problem: string } {
  const parsed = rowChangeSchema.safeParse(value)
  if (!parsed.success) return { problem: firstIssue(parsed.error) }
  const problem = rowChangeProblem(parsed.data) ?? settingProblem(parsed.data)
  return problem === undefined ? { change: parsed.data } : { problem }
}

function settingProblem(change: RowChange): string | undefined {
  if (change.table !== 'settings') return undefined
  // the union's rows are not narrowed by its table: the setting's row is the one with a key
  const row = change.row
  if (row === null || !('key' in row)) return undefined
  const { key, value } = row
  if (key !== change.id) return `the setting's key ${JSON.stringify(key)} is not its id ${JSON.stringify(change.id)}`
  if (!isSettingKey(key)) return `${JSON.stringify(key)} is not a setting AxisRef knows`
  const parsed = LIBRARY_SETTINGS[key].schema.safeParse(value)
  return parsed.success ? undefined : `the value of ${key} is not of its type (${firstIssue(parsed.error)})`
}
