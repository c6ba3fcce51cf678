import { z } from 'zod'

/**
 * What a quick-copy shortcut copies: a formatted reference or in-text citation in a style and
 * locale, or a key form for a plain-text manuscript. `style` is a bundled style's name or the
 * id of a user style; `locale` absent means the style's own default-locale, else en-US.
 */
const quickCopySchema = z.object({
  kind: z.enum(['reference', 'citation', 'key', 'pandoc', 'latex']),
  style: z.string().min(1).max(200),
  locale: z.string().max(20).optional(),
})
export type QuickCopySetting = z.output<typeof quickCopySchema>

const SETTING_SCHEMAS = {
  /** The list's columns, by column id; the list drops ids it does not know. */
  'list.columns': z.array(z.string()).optional(),
  /** The list's sort; the list checks the column. */
  'list.sort': z.object({ column: z.string(), direction: z.enum(['asc', 'desc']) }).optional(),
  /** Name a PDF imported from now on {author}_{year}_{title}.pdf from its record. */
  attachmentNamesAtImport: z.boolean(),
  /** Duplicate decisions: pairs of paper ids the user said are different papers, the smaller first. */
  notDuplicates: z.array(z.tuple([z.string(), z.string()])),
  /** What Ctrl/Cmd+Shift+C copies (Zotero: the bibliography). */
  'quickCopy.reference': quickCopySchema,
  /** What Ctrl/Cmd+Shift+A copies (Zotero: the citation); also the style of the picker's formatted answers. */
  'quickCopy.citation': quickCopySchema,
}

export type SettingKey = keyof typeof SETTING_SCHEMAS
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTING_SCHEMAS)[K]>

type SettingDefinitions = { readonly [K in SettingKey]: { schema: z.ZodType<SettingValue<K>>; default: SettingValue<K> } }

/**
 * Every key of the library's settings table, with the type of its value and the value it has
 * when never set (or when what is stored is not of that type: an older or damaged value).
 * A key outside this list cannot be read or written.
 */
export const LIBRARY_SETTINGS: SettingDefinitions = {
  'list.columns': { schema: SETTING_SCHEMAS['list.columns'], default: undefined },
  'list.sort': { schema: SETTING_SCHEMAS['list.sort'], default: undefined },
  attachmentNamesAtImport: { schema: SETTING_SCHEMAS.attachmentNamesAtImport, default: false },
  notDuplicates: { schema: SETTING_SCHEMAS.notDuplicates, default: [] },
  'quickCopy.reference': { schema: SETTING_SCHEMAS['quickCopy.reference'], default: { kind: 'reference', style: 'vancouver' } },
  'quickCopy.citation': { schema: SETTING_SCHEMAS['quickCopy.citation'], default: { kind: 'citation', style: 'vancouver' } },
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(LIBRARY_SETTINGS, key)
}

/**
 * The stored value read as its key's type; the default when it is missing or not of that
 * type, as a copy of its own (a caller that pushes to a default list must not change it).
 */
export function settingValue<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const definition: SettingDefinitions[K] = LIBRARY_SETTINGS[key]
  const parsed = definition.schema.safeParse(stored)
  return parsed.success ? parsed.data : structuredClone(definition.default)
}
