import { caywFormat, isKeyFormat, keyText } from '../../../../shared/cite/caywFormat'
import type { CaywFormat, CiteRequest } from '../../../../shared/cite/request'
import type { QuickCopySetting } from '../../../../shared/domain/settings'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import { writeClipboard } from '../export/clipboard'
import { pasteableHtml } from '../export/quickCopy'
import { answerForFormat, answerForQuickCopy, htmlForQuickCopy, type AnswerTools } from './answerText'
import { toCiteItems, type CitePick } from './picks'

const FORMAT_NAMES: Record<CaywFormat, string> = {
  pandoc: 'Pandoc citation', latex: 'LaTeX \\cite', cite: 'LaTeX \\cite', citep: 'natbib \\citep', citet: 'natbib \\citet', natbib: 'natbib citation',
  biblatex: 'biblatex citation', mmd: 'MultiMarkdown citation', scrivener: 'Scrivener (MultiMarkdown) citation', json: 'the picks as JSON',
  'formatted-citation': 'formatted citation', 'formatted-bibliography': 'formatted bibliography',
}

const QUICK_COPY_NAMES: Record<QuickCopySetting['kind'], string> = {
  reference: 'formatted reference', citation: 'formatted citation', key: 'citation keys', pandoc: 'Pandoc citation', latex: 'LaTeX \\cite',
}

/** Where the picked citation goes, in words, for the picker's subtitle. */
export function purposeOf(request: CiteRequest | undefined, quickCopy: QuickCopySetting | undefined): string {
  if (request?.source === 'editor') return `For your editor: ${FORMAT_NAMES[request.format]}.`
  if (!quickCopy) return 'To the clipboard.'
  const style = quickCopy.kind === 'reference' || quickCopy.kind === 'citation' ? ` (${quickCopy.style})` : ''
  return `To the clipboard: ${QUICK_COPY_NAMES[quickCopy.kind]}${style}.`
}

/** The answer as it will read, for the formats made from keys alone; undefined for formatted ones. */
export function previewOf(picks: readonly CitePick[], request: CiteRequest | undefined, quickCopy: QuickCopySetting | undefined): string | undefined {
  const items = toCiteItems(picks)
  const shown = (result: ReturnType<typeof caywFormat>) => (result.ok ? result.text : undefined)
  if (request?.source === 'editor') return isKeyFormat(request.format) ? shown(caywFormat(request.format, items, request.options)) : undefined
  if (quickCopy?.kind === 'key') return keyText(items.map((item) => item.id), 'key')
  if (quickCopy?.kind === 'pandoc') return shown(caywFormat('pandoc', items, { brackets: '1' }))
  if (quickCopy?.kind === 'latex') return shown(caywFormat('latex', items))
  return undefined
}

/** Puts text on the clipboard; why not, in words. */
export async function copyText(text: string, html?: string): Promise<string | undefined> {
  const written = await writeClipboard(html === undefined ? { text } : { text, html: pasteableHtml(html) })
  return written.ok ? undefined : written.message
}

export type Delivery = { ok: true; status: string; outcome: 'sent' | 'not-delivered' } | { ok: false; message: string }

/** Copies the picks as quick copy says, for the user's own picker: the status line, or why not. */
export async function deliverToClipboard(picks: readonly CitePick[], quickCopy: QuickCopySetting, tools: AnswerTools): Promise<{ ok: true; text: string; status: string } | { ok: false; message: string }> {
  const answer = await answerForQuickCopy(picks, quickCopy, tools)
  if (!answer.ok) return answer
  const html = await htmlForQuickCopy(picks, quickCopy, tools)
  if (html && !html.ok) return html
  const failed = await copyText(answer.text, html?.text)
  return failed ? { ok: false, message: failed } : { ok: true, text: answer.text, status: `Copied the citation ${answer.text}` }
}

/**
 * Answers a request with the picks: in its format for an editor; for the global shortcut as quick
 * copy says, on the clipboard too. A request the caller gave up on is "not delivered", in words.
 */
export async function deliverToRequest(api: AxisRefApi, request: CiteRequest, picks: readonly CitePick[], quickCopy: QuickCopySetting, tools: AnswerTools): Promise<Delivery> {
  const fromShortcut = request.source === 'shortcut'
  const answer = fromShortcut ? await deliverToClipboard(picks, quickCopy, tools) : await answerForFormat(picks, request.format, request.options, quickCopy, tools)
  if (!answer.ok) return answer
  const sent = await api.answerCiteRequest({ id: request.id, answer: { kind: 'picked', text: answer.text } })
  if (!sent.ok) return { ok: false, message: `The citation could not be sent: ${sent.error.message} Try Insert again.` }
  if (!sent.value.delivered) {
    const kept = fromShortcut ? ' It is on the clipboard.' : ''
    return { ok: true, outcome: 'not-delivered', status: `The editor stopped waiting for the citation, so nothing was inserted there.${kept}` }
  }
  return { ok: true, outcome: 'sent', status: fromShortcut ? `Copied the citation ${answer.text}` : `Sent ${answer.text} to your editor.` }
}

/** Tells the caller the user closed the picker; why that could not be said, in words. */
export async function cancelRequest(api: AxisRefApi, request: CiteRequest): Promise<string | undefined> {
  const sent = await api.answerCiteRequest({ id: request.id, answer: { kind: 'cancelled' } })
  return sent.ok ? undefined : `The editor could not be told that the picker was closed: ${sent.error.message}`
}
