import type { ImportResult } from '../item'
import { normalizeEntry } from '../normalize'
import { normalizeNewlines } from '../text'
import { noteText, zoteroItemToRecord } from './item'
import { itemLines } from './lines'
import { NON_REFERENCE_TYPES } from './map'

type JsonObject = Record<string, unknown>

/**
 * Reads a Zotero library as JSON: the items Zotero's API and `Zotero.Item.toJSON` give (an
 * array, or one item), or a Better BibTeX JSON export (`{ config, items, collections }`).
 * Child notes become the item's annotation; tags become keywords, and so do the names of the
 * Better BibTeX collections an item is in, since an import carries no collections of its own.
 */
export function importZoteroJson(input: string): ImportResult {
  const text = normalizeNewlines(input)
  const result: ImportResult = { format: 'zotero-json', entries: [], errors: [] }
  let whole: unknown
  try {
    whole = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply to read' : `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`
    result.errors.push({ line: 1, message: `The Zotero JSON file cannot be read: ${reason}. Export the library again from Zotero.` })
    return result
  }
  const items = itemsOf(whole).map(unwrapApiItem)
  const lines = itemLines(text)
  const notes = childNotes(items)
  const collections = collectionNames(whole)
  let skipped = 0
  items.forEach((value, index) => {
    const line = lines.length === items.length ? (lines[index] ?? 1) : 1
    if (!isObject(value) || typeof value.itemType !== 'string') {
      result.errors.push({ line, message: 'Zotero item is skipped: it is not an object with an itemType.' })
      return
    }
    if (NON_REFERENCE_TYPES.has(value.itemType)) {
      if (!(value.itemType === 'note' && typeof value.parentItem === 'string')) skipped++
      return
    }
    const ownNotes = [...notesOf(value.notes), ...(notes.get(String(value.key)) ?? [])]
    const { record, citationKey, tags } = zoteroItemToRecord(value, ownNotes)
    const keywords = [...new Set([...tags, ...(collections.get(String(value.itemID)) ?? []), ...(collections.get(String(value.key)) ?? [])])]
    const entry = normalizeEntry({ record, line, ...(citationKey ? { citationKey } : {}), ...(keywords.length > 0 ? { extension: { keywords } } : {}) })
    if ('error' in entry) result.errors.push({ line, message: `Zotero item is skipped: ${entry.error}.` })
    else result.entries.push(entry)
  })
  if (skipped > 0) result.errors.push({ line: 1, message: `${skipped} standalone Zotero note(s) or attachment(s) are not references and were skipped.` })
  return result
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

// Zotero's web API (`?format=json`) wraps each item as `{ key, version, library, links, data }`.
function unwrapApiItem(value: unknown): unknown {
  return isObject(value) && value.itemType === undefined && isObject(value.data) && typeof value.data.itemType === 'string' ? value.data : value
}

function itemsOf(whole: unknown): unknown[] {
  if (Array.isArray(whole)) return whole
  if (isObject(whole) && Array.isArray(whole.items)) return whole.items
  return [whole]
}

/** Better BibTeX writes notes as HTML strings or `{ note }` objects inside the item. */
function notesOf(notes: unknown): string[] {
  if (!Array.isArray(notes)) return []
  return notes
    .map((note: unknown) => (typeof note === 'string' ? note : isObject(note) && typeof note.note === 'string' ? note.note : ''))
    .map(noteText)
    .filter(Boolean)
}

/** Zotero's API lists child notes as items of their own that name their parent's key. */
function childNotes(items: readonly unknown[]): Map<string, string[]> {
  const byParent = new Map<string, string[]>()
  for (const item of items) {
    if (!isObject(item) || item.itemType !== 'note' || typeof item.parentItem !== 'string' || typeof item.note !== 'string') continue
    const text = noteText(item.note)
    if (text) byParent.set(item.parentItem, [...(byParent.get(item.parentItem) ?? []), text])
  }
  return byParent
}

/**
 * Better BibTeX's `collections`: `{ key: { name, items: [itemID…], collections: [childKey…] } }`.
 * Returns, per itemID or item key, the names of the collections that list it.
 */
function collectionNames(whole: unknown): Map<string, string[]> {
  const byItem = new Map<string, string[]>()
  if (!isObject(whole) || !isObject(whole.collections)) return byItem
  for (const collection of Object.values(whole.collections)) {
    if (!isObject(collection) || typeof collection.name !== 'string' || !Array.isArray(collection.items)) continue
    for (const member of collection.items) {
      if (typeof member !== 'string' && typeof member !== 'number') continue
      byItem.set(String(member), [...(byItem.get(String(member)) ?? []), collection.name.trim()])
    }
  }
  return byItem
}
