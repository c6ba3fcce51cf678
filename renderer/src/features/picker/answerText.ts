import { caywFormat, isKeyFormat, keyText, type CaywOptions, type CaywResult } from '../../../../shared/cite/caywFormat'
import type { CaywFormat } from '../../../../shared/cite/request'
import type { QuickCopySetting } from '../../../../shared/domain/settings'
import { isStyleName } from '../../../../shared/formats'
import type { AxisRefDatabase } from '../../db'
import { exportRecordsFor, type Formatter } from '../export'
import { toCiteItems, type CitePick } from './picks'

/** Where formatted answers come from: the library's records and the citation formatter. */
export interface AnswerTools {
  db: AxisRefDatabase
  formatter: Formatter
}

/** The style and locale of a formatted answer: the editor's `style` and `locale` if given (as BBT takes them), else quick copy's. */
function styleOf(options: CaywOptions, quickCopy: QuickCopySetting): { style: string; locale?: string } {
  const asked = options.style?.replace(/^https?:\/\/www\.zotero\.org\/styles\//, '')
  return { style: asked && isStyleName(asked) ? asked : quickCopy.style, locale: options.locale || quickCopy.locale }
}

async function formatted(picks: readonly CitePick[], kind: 'citation' | 'bibliography', options: CaywOptions, quickCopy: QuickCopySetting, tools: AnswerTools, format: 'text' | 'html' = 'text'): Promise<CaywResult> {
  const records = await exportRecordsFor(tools.db, picks.map((pick) => pick.paperId))
  if (records.length < new Set(picks.map((pick) => pick.paperId)).size) return { ok: false, message: 'A chosen paper is no longer in the library: remove it and pick again.' }
  const { style, locale } = styleOf(options, quickCopy)
  if (kind === 'bibliography') {
    const result = await tools.formatter.formatReferences(records, style, format, locale)
    return result.ok ? { ok: true, text: result.text.trim() } : result
  }
  const result = await tools.formatter.formatCitations({ records, style, locale, format, citations: [toCiteItems(picks)] })
  return result.ok ? { ok: true, text: result.citations.join(' ').trim() } : result
}

/**
 * The text an editor asked for: the CAYW format of the request, made from the picks' keys, or
 * through citeproc in the quick-copy citation style for the formatted formats (plain text).
 */
export async function answerForFormat(picks: readonly CitePick[], format: CaywFormat, options: CaywOptions, quickCopy: QuickCopySetting, tools: AnswerTools): Promise<CaywResult> {
  if (isKeyFormat(format)) return caywFormat(format, toCiteItems(picks), options)
  return formatted(picks, format === 'formatted-citation' ? 'citation' : 'bibliography', options, quickCopy, tools)
}

/** The text for the clipboard, as the quick-copy citation setting says: formatted, keys, pandoc or LaTeX. */
export async function answerForQuickCopy(picks: readonly CitePick[], setting: QuickCopySetting, tools: AnswerTools): Promise<CaywResult> {
  switch (setting.kind) {
    case 'key':
      return { ok: true, text: keyText(picks.map((pick) => pick.citationKey), 'key') }
    case 'pandoc':
      return answerForFormat(picks, 'pandoc', { brackets: '1' }, setting, tools)
    case 'latex':
      return answerForFormat(picks, 'latex', {}, setting, tools)
    case 'citation':
      return answerForFormat(picks, 'formatted-citation', {}, setting, tools)
    case 'reference':
      return answerForFormat(picks, 'formatted-bibliography', {}, setting, tools)
  }
}

/**
 * The same formatted answer as HTML, for the clipboard beside the text (Word and LibreOffice
 * paste it with its italics); undefined for the key forms, which are plain text.
 */
export async function htmlForQuickCopy(picks: readonly CitePick[], setting: QuickCopySetting, tools: AnswerTools): Promise<CaywResult | undefined> {
  if (setting.kind === 'citation') return formatted(picks, 'citation', {}, setting, tools, 'html')
  if (setting.kind === 'reference') return formatted(picks, 'bibliography', {}, setting, tools, 'html')
  return undefined
}
