import { keyText } from '../../../../shared/cite/caywFormat'
import type { QuickCopySetting } from '../../../../shared/domain/settings'
import { BUILTIN_STYLES, isStyleName, type ExportRecord } from '../../../../shared/formats'
import type { ClipboardContent } from './clipboard'
import type { Formatter } from './formatter'

/** What a quick copy puts on the clipboard and says it copied ("the Pandoc citation [@maes2008]"), or why not. */
export type QuickCopy = { ok: true; content: ClipboardContent; said: string } | { ok: false; message: string }

type KeyKind = Extract<QuickCopySetting['kind'], 'key' | 'pandoc' | 'latex'>

/**
 * The clipboard content for papers as a quick-copy setting says: a formatted reference list
 * or in-text citation (HTML beside the plain text), or their keys in a manuscript's form.
 */
export async function quickCopyContent(records: readonly ExportRecord[], setting: QuickCopySetting, formatter: Formatter): Promise<QuickCopy> {
  if (setting.kind === 'reference') return formattedReferences(records, setting, formatter)
  if (setting.kind === 'citation') return formattedCitation(records, setting, formatter)
  const text = keyText(records.map((record) => record.citationKey), setting.kind)
  return { ok: true, content: { text }, said: `${KEY_FORM_NAMES[setting.kind]} ${text}` }
}

async function formattedReferences(records: readonly ExportRecord[], { style, locale }: QuickCopySetting, formatter: Formatter): Promise<QuickCopy> {
  const [text, html] = await Promise.all([formatter.formatReferences([...records], style, 'text', locale), formatter.formatReferences([...records], style, 'html', locale)])
  if (!text.ok) return text
  if (!html.ok) return html
  const count = `${records.length} reference${records.length === 1 ? '' : 's'}`
  return { ok: true, content: { text: text.text.trim(), html: pasteableHtml(html.text.trim()) }, said: `${count} in ${styleWords(style, locale)}` }
}

/**
 * citeproc puts a numbered entry's number and text in two blocks (`csl-left-margin`,
 * `csl-right-inline`) that a web page floats side by side; Word and LibreOffice ignore the
 * float and paste the number on a line of its own. As spans they stay on one line.
 */
export function pasteableHtml(html: string): string {
  return html.replace(/<div class="(csl-left-margin|csl-right-inline)">(.*?)<\/div>/g, '<span class="$1">$2</span>')
}

async function formattedCitation(records: readonly ExportRecord[], { style, locale }: QuickCopySetting, formatter: Formatter): Promise<QuickCopy> {
  const request = { records: [...records], style, locale }
  const [text, html] = await Promise.all([formatter.formatCitations({ ...request, format: 'text' }), formatter.formatCitations({ ...request, format: 'html' })])
  if (!text.ok) return text
  if (!html.ok) return html
  const citation = text.citations.join(' ').trim()
  return { ok: true, content: { text: citation, html: html.citations.join(' ').trim() }, said: `the citation ${shortened(citation)} in ${styleWords(style, locale)}` }
}

const KEY_FORM_NAMES: Record<KeyKind, string> = { key: 'the citation keys', pandoc: 'the Pandoc citation', latex: 'the LaTeX citation' }

/** "Harvard (Cite Them Right 11th edition), de-DE": the style as Settings names it. */
function styleWords(style: string, locale: string | undefined): string {
  const title = isStyleName(style) ? BUILTIN_STYLES[style].title : style
  return locale ? `${title}, ${locale}` : title
}

// the status line is one line: a citation of fifty papers is said in part
function shortened(text: string, limit = 120): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`
}
