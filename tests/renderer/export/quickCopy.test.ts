import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import type { QuickCopySetting } from '../../../shared/domain/settings'
import { addPaper, openDatabase, writeSetting, type AxisRefDatabase } from '../../../renderer/src/db'
import { copySelection } from '../../../renderer/src/features/export'
import { installClipboard } from '../fakeClipboard'

let count = 0
let db: AxisRefDatabase
let ids: string[]
let clipboard: ReturnType<typeof installClipboard>
let focused: MockInstance<() => boolean>

beforeEach(async () => {
  db = openDatabase(`quick-copy-${++count}`)
  clipboard = installClipboard()
  // jsdom's document never has the focus; a user pressing the shortcut is in the window
  focused = vi.spyOn(document, 'hasFocus').mockReturnValue(true)
  const maes = await addPaper(db, {
    citationKey: 'maes2008',
    csl: {
      id: 'm', type: 'article-journal', title: 'The gut-brain barrier in major depression',
      author: [{ family: 'Maes', given: 'Michael' }, { family: 'Kubera', given: 'Marta' }, { family: 'Leunis', given: 'Jean-Claude' }],
      'container-title': 'Neuro Endocrinology Letters', issued: { 'date-parts': [[2008]] }, volume: '29', page: '117-124',
    },
  })
  const kelly = await addPaper(db, {
    citationKey: 'kelly2016',
    csl: {
      id: 'k', type: 'article-journal', title: 'Transferring the blues',
      author: [{ family: 'Kelly', given: 'John R.' }, { family: 'Borre', given: 'Yuliya' }],
      'container-title': 'Journal of Psychiatric Research', issued: { 'date-parts': [[2016]] }, volume: '82', page: '109-118',
    },
  })
  ids = [maes.id, kelly.id]
})

afterEach(() => {
  clipboard.uninstall()
  focused.mockRestore()
  db.close()
})

async function copyWith(shortcut: 'reference' | 'citation', setting: QuickCopySetting) {
  await writeSetting(db, `quickCopy.${shortcut}`, setting)
  const said = await copySelection(db, ids, shortcut)
  return { said, copied: await clipboard.contents() }
}

describe('quick copy (Ctrl/Cmd+Shift+C and Ctrl/Cmd+Shift+A)', () => {
  it('copies references in the default Vancouver as HTML and plain text together, each number on its entry’s line', async () => {
    const said = await copySelection(db, ids, 'reference')
    expect(said).toBe('Copied 2 references in Vancouver.')
    expect(await clipboard.contents()).toEqual({
      'text/plain':
        '1.  Maes M, Kubera M, Leunis JC. The gut-brain barrier in major depression. Neuro Endocrinology Letters. 2008;29:117–24. \n' +
        '2.  Kelly JR, Borre Y. Transferring the blues. Journal of Psychiatric Research. 2016;82:109–18.',
      'text/html':
        '<div class="csl-bib-body">\n' +
        '  <div class="csl-entry">\n' +
        '    <span class="csl-left-margin">1. </span><span class="csl-right-inline">Maes M, Kubera M, Leunis JC. The gut-brain barrier in major depression. Neuro Endocrinology Letters. 2008;29:117–24.</span>\n' +
        '   </div>\n' +
        '  <div class="csl-entry">\n' +
        '    <span class="csl-left-margin">2. </span><span class="csl-right-inline">Kelly JR, Borre Y. Transferring the blues. Journal of Psychiatric Research. 2016;82:109–18.</span>\n' +
        '   </div>\n' +
        '</div>',
    })
  })

  it('copies APA references with the journal in italics in the HTML', async () => {
    const { said, copied } = await copyWith('reference', { kind: 'reference', style: 'apa' })
    expect(said).toBe('Copied 2 references in APA 7th edition.')
    expect(copied).toEqual({
      'text/plain':
        'Kelly, J. R., & Borre, Y. (2016). Transferring the blues. Journal of Psychiatric Research, 82, 109–118.\n' +
        'Maes, M., Kubera, M., & Leunis, J.-C. (2008). The gut-brain barrier in major depression. Neuro Endocrinology Letters, 29, 117–124.',
      'text/html':
        '<div class="csl-bib-body">\n' +
        '  <div class="csl-entry">Kelly, J. R., &#38; Borre, Y. (2016). Transferring the blues. <i>Journal of Psychiatric Research</i>, <i>82</i>, 109–118.</div>\n' +
        '  <div class="csl-entry">Maes, M., Kubera, M., &#38; Leunis, J.-C. (2008). The gut-brain barrier in major depression. <i>Neuro Endocrinology Letters</i>, <i>29</i>, 117–124.</div>\n' +
        '</div>',
    })
  })

  it('copies the in-text citation in the chosen style and locale', async () => {
    const { said, copied } = await copyWith('citation', { kind: 'citation', style: 'harvard', locale: 'de-DE' })
    expect(said).toBe('Copied the citation (Maes, Kubera und Leunis, 2008; Kelly und Borre, 2016) in Harvard (Cite Them Right 11th edition), de-DE.')
    expect(copied).toEqual({ 'text/plain': '(Maes, Kubera und Leunis, 2008; Kelly und Borre, 2016)', 'text/html': '(Maes, Kubera und Leunis, 2008; Kelly und Borre, 2016)' })
  })

  it('says a long citation in part on the status line, and copies all of it', async () => {
    for (const family of ['Dinan', 'Cryan', 'Foster', 'Zheng', 'Valles-Colomer', 'Jiang']) {
      const paper = await addPaper(db, { citationKey: `${family.toLowerCase()}2019`, csl: { id: family, type: 'article-journal', title: `${family} on the gut`, author: [{ family, given: 'A.' }], issued: { 'date-parts': [[2019]] } } })
      ids.push(paper.id)
    }
    const { said, copied } = await copyWith('citation', { kind: 'citation', style: 'harvard' })
    const full = '(Maes, Kubera and Leunis, 2008; Kelly and Borre, 2016; Cryan, 2019; Dinan, 2019; Foster, 2019; Jiang, 2019; Valles-Colomer, 2019; Zheng, 2019)'
    expect(copied['text/plain']).toBe(full)
    expect(said).toBe(`Copied the citation ${full.slice(0, 119)}… in Harvard (Cite Them Right 11th edition).`)
  })

  it('copies citation keys, Pandoc and LaTeX citations as plain text', async () => {
    expect(await copyWith('reference', { kind: 'key', style: 'vancouver' })).toEqual({ said: 'Copied the citation keys maes2008, kelly2016.', copied: { 'text/plain': 'maes2008, kelly2016' } })
    expect(await copyWith('citation', { kind: 'pandoc', style: 'vancouver' })).toEqual({ said: 'Copied the Pandoc citation [@maes2008; @kelly2016].', copied: { 'text/plain': '[@maes2008; @kelly2016]' } })
    expect(await copyWith('citation', { kind: 'latex', style: 'apa' })).toEqual({ said: 'Copied the LaTeX citation \\cite{maes2008,kelly2016}.', copied: { 'text/plain': '\\cite{maes2008,kelly2016}' } })
  })

  it('says why the clipboard refused, and copies nothing', async () => {
    clipboard.refuse(new DOMException('Write permission denied.', 'NotAllowedError'))
    expect(await copySelection(db, ids, 'reference')).toBe('Nothing was copied: the clipboard refused AxisRef (Write permission denied.). Allow this page to write the clipboard and try again.')
    focused.mockReturnValue(false)
    clipboard.refuse(new DOMException('Document is not focused.', 'NotAllowedError'))
    expect(await copyWith('citation', { kind: 'pandoc', style: 'apa' })).toEqual({
      said: 'Nothing was copied: the browser lets only the window in front write the clipboard. Click in AxisRef and try again (Document is not focused.).',
      copied: {},
    })
  })

  it('says so where the page has no clipboard or cannot copy formatted text, or the style cannot be used', async () => {
    expect(await copyWith('reference', { kind: 'reference', style: 'no-such-style' })).toEqual({ said: expect.stringMatching(/^Nothing was copied: Unknown style "no-such-style"\. Available: apa, vancouver/), copied: {} })
    vi.stubGlobal('ClipboardItem', undefined)
    expect(await copyWith('reference', { kind: 'reference', style: 'apa' })).toEqual({ said: 'Nothing was copied: this browser cannot put formatted text on the clipboard. Use Chromium or Chrome, or choose a key form in Settings → Quick copy.', copied: {} })
    expect(await copyWith('citation', { kind: 'latex', style: 'apa' })).toEqual({ said: 'Copied the LaTeX citation \\cite{maes2008,kelly2016}.', copied: { 'text/plain': '\\cite{maes2008,kelly2016}' } })
    clipboard.remove()
    expect(await copySelection(db, ids, 'citation')).toBe('Nothing was copied: this page cannot reach the clipboard (it is not served from this computer or over HTTPS).')
  })

  it('asks for a selection, and says when the selected papers are gone', async () => {
    expect(await copySelection(db, [], 'reference')).toBe('Select one or more papers to copy them.')
    expect(await copySelection(db, ['gone'], 'reference')).toBe('Nothing was copied: the selected papers are no longer in the library.')
  })
})
