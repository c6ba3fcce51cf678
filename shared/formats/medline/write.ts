import { dateParts, MONTH_MACROS } from '../dates'
import type { CslName, ExportRecord } from '../item'
import { toIso639_2 } from '../languages'
import { formatInverted, fullFamily } from '../names'
import { formatMeshText } from '../pubmed'
import { collapseWhitespace, stripMarkup } from '../text'

/**
 * Writes MEDLINE text (.nbib) as PubMed does: tags padded to four characters, values
 * wrapped at 80 columns with six-space continuation lines, FAU before AU, the DOI as a
 * `[doi]` LID. Records are separated by a blank line.
 */
export function exportMedline(records: readonly ExportRecord[]): string {
  return records.map(formatRecord).join('\n')
}

function formatRecord({ item, extension }: ExportRecord): string {
  const lines: string[] = []
  const add = (tag: string, value: string | undefined) => {
    const clean = value === undefined ? '' : collapseWhitespace(stripMarkup(value))
    if (clean) lines.push(...wrap(`${tag.padEnd(4)}- ${clean}`))
  }
  add('PMID', item.PMID)
  add('IS', item.ISSN)
  add('VI', item.volume)
  add('IP', item.issue)
  add('DP', medlineDate(item.issued))
  const isBookPart = item.type === 'chapter'
  add('TI', item.type === 'book' ? undefined : item.title)
  add('BTI', item.type === 'book' ? item.title : isBookPart ? item['container-title'] : undefined)
  add('PG', item.page)
  add('LID', item.DOI ? `${item.DOI} [doi]` : undefined)
  add('LID', item.type === 'article' && item.number ? `${item.number} [pii]` : undefined)
  add('AB', item.abstract)
  for (const name of item.author ?? []) addName(add, name, 'FAU', 'AU')
  for (const name of item.editor ?? []) addName(add, name, 'FED', 'ED')
  add('LA', item.language ? (toIso639_2(item.language) ?? item.language) : undefined)
  for (const type of extension?.publicationTypes ?? []) add('PT', type)
  add('PL', isBookPart || item.type === 'book' ? item['publisher-place'] : undefined)
  add('PB', isBookPart || item.type === 'book' ? item.publisher : undefined)
  add('TA', item['container-title-short'])
  add('JT', isBookPart ? undefined : item['container-title'])
  for (const heading of extension?.mesh ?? []) add('MH', formatMeshText(heading))
  for (const keyword of extension?.keywords ?? []) add('OT', keyword)
  add('PMC', item.PMCID)
  add('AID', item.DOI ? `${item.DOI} [doi]` : undefined)
  return `${lines.join('\n')}\n`
}

function addName(add: (tag: string, value: string | undefined) => void, name: CslName, fullTag: string, shortTag: string): void {
  if (name.literal) {
    // MEDLINE's CN is a corporate author; a corporate editor stays in the editor tag.
    add(fullTag === 'FAU' ? 'CN' : fullTag, name.literal)
    return
  }
  add(fullTag, formatInverted(name))
  const initials = (name.given ?? '')
    .split(/[\s.-]+/)
    .map((part) => part[0] ?? '')
    .join('')
  add(shortTag, [fullFamily(name), initials].filter(Boolean).join(' '))
}

function medlineDate(date: ExportRecord['item']['issued']): string | undefined {
  const { year, month, day } = dateParts(date)
  if (year === undefined) return undefined
  const monthName = month === undefined ? undefined : MONTH_MACROS[month - 1]
  const capitalised = monthName ? monthName[0]?.toUpperCase() + monthName.slice(1) : undefined
  return [String(year), capitalised, day === undefined || !capitalised ? undefined : String(day)].filter(Boolean).join(' ')
}

function wrap(line: string): string[] {
  if (line.length <= 80) return [line]
  const lines: string[] = []
  let rest = line
  while (rest.length > 80) {
    const cut = rest.lastIndexOf(' ', 80)
    const at = cut > 6 ? cut : 80
    lines.push(rest.slice(0, at))
    rest = `      ${rest.slice(at).trimStart()}`
  }
  lines.push(rest)
  return lines
}
