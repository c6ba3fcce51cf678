import { parseDate } from '../dates'
import type { CslName, ExportRecord, ImportResult, ItemExtension } from '../item'
import { formatInverted, parsePersonName } from '../names'
import { normalizeEntry } from '../normalize'
import { BOOKISH_TYPES } from '../ris/types'
import { cleanDoi, collapseWhitespace, normalizeNewlines, stripMarkup } from '../text'
import { cslTypeFromEndnote, endnoteTypeFromCsl } from './types'

/**
 * EndNote's tagged "Refer" format (.enw): `%A Family, Given` lines, records separated by
 * blank lines or started by `%0 Type`. Lines without a tag continue the previous field.
 */

interface TaggedRecord {
  line: number
  fields: Array<{ tag: string; value: string }>
}

function splitTagged(input: string): TaggedRecord[] {
  const records: TaggedRecord[] = []
  let current: TaggedRecord | undefined
  let last: { tag: string; value: string } | undefined
  for (const [index, text] of normalizeNewlines(input).split('\n').entries()) {
    const match = /^%(\S)\s?(.*)$/.exec(text)
    if (!match) {
      if (!text.trim()) current = last = undefined
      else if (last) last.value = `${last.value} ${text.trim()}`
      continue
    }
    const tag = match[1] ?? ''
    if (!current || (tag === '0' && current.fields.some((field) => field.tag !== '0'))) {
      current = { line: index + 1, fields: [] }
      records.push(current)
    }
    if (tag === '0') current.fields = current.fields.filter((field) => field.tag !== '0')
    last = { tag, value: (match[2] ?? '').trim() }
    current.fields.push(last)
  }
  return records
}

/** Reads EndNote tagged text: every record becomes an entry or a reported error. */
export function importEndnoteTagged(input: string): ImportResult {
  const result: ImportResult = { format: 'endnote-tagged', entries: [], errors: [] }
  for (const record of splitTagged(input)) {
    const values = (tag: string) => record.fields.filter((field) => field.tag === tag && field.value).map((field) => collapseWhitespace(field.value))
    const first = (...tags: string[]) => tags.map((tag) => values(tag)[0]).find((value) => value !== undefined)
    if (!record.fields.some((field) => field.tag !== '0' && field.value)) {
      result.errors.push({ line: record.line, message: 'EndNote record has no fields besides its type; skipped.' })
      continue
    }
    const type = cslTypeFromEndnote(first('0') ?? '', '')
    const names = (tag: string) => {
      const list = values(tag).map(parsePersonName).filter((name): name is CslName => name !== undefined)
      return list.length > 0 ? list : undefined
    }
    const serial = first('@')
    const keywords = values('K').flatMap((value) => value.split(/\s*[;\n]\s*/)).filter(Boolean)
    const csl: Record<string, unknown> = {
      type,
      author: names('A'),
      editor: names('E'),
      title: first('T'),
      'container-title': type === 'book' ? undefined : first('J', 'B'),
      'collection-title': first('S') ?? (type === 'book' ? first('B') : undefined),
      'title-short': first('!'),
      issued: parseDate(first('D')),
      volume: first('V'),
      issue: first('N'),
      page: first('P'),
      edition: first('7'),
      publisher: first('I'),
      'publisher-place': first('C'),
      genre: first('9'),
      abstract: first('X'),
      note: first('Z', 'O'),
      language: first('G'),
      URL: first('U'),
      DOI: cleanDoi(first('R')),
      PMID: /^\d{1,9}$/.exec(first('M') ?? '')?.[0],
      PMCID: /^PMC\d+$/.exec(first('2') ?? '')?.[0],
      [serial && BOOKISH_TYPES.has(type) ? 'ISBN' : 'ISSN']: serial,
    }
    const extension: ItemExtension = keywords.length > 0 ? { keywords } : {}
    const label = first('F')
    const record_ = Object.fromEntries(Object.entries(csl).filter(([, value]) => value !== undefined && value !== ''))
    const entry = normalizeEntry({ record: record_, line: record.line, extension, ...(label && /^[A-Za-z][\w:.+-]*$/.test(label) ? { citationKey: label } : {}) })
    if ('error' in entry) result.errors.push({ line: record.line, message: `EndNote record is skipped: ${entry.error}.` })
    else result.entries.push(entry)
  }
  return result
}

/** Writes EndNote tagged text (.enw), one blank line between records. */
export function exportEndnoteTagged(records: readonly ExportRecord[]): string {
  return records
    .map(({ item, citationKey, extension }) => {
      const lines: string[] = []
      const add = (tag: string, value: string | undefined) => {
        const clean = value === undefined ? '' : collapseWhitespace(stripMarkup(value))
        if (clean) lines.push(`%${tag} ${clean}`)
      }
      add('0', endnoteTypeFromCsl(item.type)[0])
      item.author?.forEach((name) => add('A', formatInverted(name)))
      item.editor?.forEach((name) => add('E', formatInverted(name)))
      add('T', item.title)
      add(item.type === 'chapter' || item.type === 'paper-conference' ? 'B' : 'J', item['container-title'])
      add('S', item['collection-title'])
      add('D', item.issued?.['date-parts']?.[0]?.[0]?.toString())
      add('V', item.volume)
      add('N', item.issue)
      add('P', item.page)
      add('7', item.edition)
      add('I', item.publisher)
      add('C', item['publisher-place'])
      add('@', BOOKISH_TYPES.has(item.type) ? (item.ISBN ?? item.ISSN) : (item.ISSN ?? item.ISBN))
      add('R', item.DOI)
      add('U', item.URL)
      add('M', item.PMID)
      add('2', item.PMCID)
      add('X', item.abstract)
      add('G', item.language)
      ;(extension?.keywords ?? []).forEach((keyword) => add('K', keyword))
      add('F', citationKey)
      return `${lines.join('\n')}\n`
    })
    .join('\n')
}
