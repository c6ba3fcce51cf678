/**
 * RTF from citeproc's HTML bibliography, for pasting into Word and LibreOffice: italics,
 * bold, small caps, super/subscript kept; each entry a paragraph with a hanging indent (or
 * number, tab, text for numbered styles); non-ASCII written as \uN escapes.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return ENTITIES[name.toLowerCase()] ?? match
  })
}

/** Escapes text for RTF: control characters, and everything beyond ASCII as \uN?. */
function escapeRtf(text: string): string {
  let result = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\\' || char === '{' || char === '}') result += `\\${char}`
    else if (code === 0xa0) result += '\\~'
    else if (code < 0x80) result += char
    else {
      // RTF's \u takes a signed 16-bit number; characters beyond the BMP are written as a surrogate pair.
      for (let index = 0; index < char.length; index++) {
        const unit = char.charCodeAt(index)
        result += `\\u${unit > 0x7fff ? unit - 0x10000 : unit}?`
      }
    }
  }
  return result
}

function styleControls(tag: string, attributes: string): string {
  const controls: string[] = []
  if (tag === 'i' || /font-style:\s*italic/.test(attributes)) controls.push('\\i')
  if (/font-style:\s*normal/.test(attributes)) controls.push('\\i0')
  if (tag === 'b' || /font-weight:\s*bold/.test(attributes)) controls.push('\\b')
  if (/font-weight:\s*normal/.test(attributes)) controls.push('\\b0')
  if (tag === 'sup' || /vertical-align:\s*sup/.test(attributes)) controls.push('\\super')
  if (tag === 'sub' || /vertical-align:\s*sub/.test(attributes)) controls.push('\\sub')
  if (/small-caps/.test(attributes)) controls.push('\\scaps')
  if (/underline/.test(attributes)) controls.push('\\ul')
  return controls.join('')
}

/** Converts citeproc's HTML bibliography into a complete RTF document. */
export function htmlBibliographyToRtf(html: string): string {
  const paragraphs: string[] = []
  const entries = html.split(/<div[^>]*class="csl-entry"[^>]*>/).slice(1)
  for (const entry of entries) {
    const numbered = entry.includes('csl-left-margin')
    let body = ''
    for (const match of entry.matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/gi)) {
      const [, closing, tag = '', attributes = '', text] = match
      if (text !== undefined) body += escapeRtf(decodeEntities(text.replace(/\s+/g, ' ')))
      else if (tag === 'div') {
        // The first closing div of a numbered entry ends its number: a tab separates it from the text.
        if (closing && numbered && !body.includes('\\tab')) body += '\\tab '
      } else if (['i', 'b', 'sup', 'sub', 'span'].includes(tag.toLowerCase())) body += closing ? '}' : `{${styleControls(tag.toLowerCase(), attributes)} `
    }
    const indent = numbered ? '\\fi-480\\li480\\tx480' : '\\fi-720\\li720'
    paragraphs.push(`{\\pard${indent}\\sa120 ${body.trim()}\\par}`)
  }
  return `{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\froman Times New Roman;}}\n\\f0\\fs24\n${paragraphs.join('\n')}\n}\n`
}
