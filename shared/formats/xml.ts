import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { collapseWhitespace, lineAt, lineStarts } from './text'

/**
 * A small ordered XML tree over fast-xml-parser, for PubMed and EndNote XML. Order matters:
 * PubMed abstracts and titles mix text with `<i>`/`<sup>`, and EndNote splits one value over
 * several `<style>` runs. Files are cut into records before parsing, so one broken record
 * is reported with its line and the others still import.
 */

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
})

/** Parses an XML fragment into elements, or says what is wrong and on which line. */
export function parseXml(text: string): XmlElement[] | { error: string; line: number } {
  const valid = XMLValidator.validate(text)
  if (valid !== true) return { error: valid.err.msg, line: valid.err.line }
  const parsed: unknown = parser.parse(text)
  return Array.isArray(parsed) ? parsed.flatMap(toNode).filter((node): node is XmlElement => typeof node !== 'string') : []
}

function toNode(raw: unknown): XmlNode[] {
  if (raw === null || typeof raw !== 'object') return []
  const entries = Object.entries(raw)
  const attributes: Record<string, string> = {}
  let element: XmlElement | undefined
  for (const [key, value] of entries) {
    if (key === '#text') return [String(value)]
    if (key === ':@' && value !== null && typeof value === 'object') {
      for (const [name, attribute] of Object.entries(value)) attributes[name] = String(attribute)
    } else if (!key.startsWith('?') && Array.isArray(value)) {
      element = { name: key, attributes, children: value.flatMap(toNode) }
    }
  }
  return element ? [element] : []
}

export interface XmlRecordText {
  text: string
  line: number
}

/**
 * Cuts out every `<tag …>…</tag>` (records never nest in these formats) with the line it
 * starts on. An opening tag without its closing tag runs to the end and fails to parse,
 * which is reported like any other broken record.
 */
export function cutRecords(text: string, tags: readonly string[]): XmlRecordText[] {
  const starts = lineStarts(text)
  const pattern = new RegExp(`<(${tags.join('|')})(?=[\\s>/])`, 'g')
  const records: XmlRecordText[] = []
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const closing = `</${match[1] ?? ''}>`
    const end = text.indexOf(closing, match.index)
    const stop = end === -1 ? text.length : end + closing.length
    records.push({ text: text.slice(match.index, stop), line: lineAt(starts, match.index) })
    pattern.lastIndex = stop
  }
  return records
}

/** Child elements called `name` (any depth when `name` is a path like `a/b`). */
export function elements(parent: XmlElement | undefined, path: string): XmlElement[] {
  let current: XmlElement[] = parent ? [parent] : []
  for (const step of path.split('/')) {
    current = current.flatMap((element) => element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === step))
  }
  return current
}

/** The first element at `path`, if any. */
export function element(parent: XmlElement | undefined, path: string): XmlElement | undefined {
  return elements(parent, path)[0]
}

/** All text inside an element, markup dropped, whitespace collapsed. */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return ''
  return collapseWhitespace(rawText(node))
}

function rawText(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(rawText).join('')
}

const RICH_TAGS: Record<string, string> = { i: 'i', italic: 'i', b: 'b', bold: 'b', sup: 'sup', superscript: 'sup', sub: 'sub', subscript: 'sub' }

/** Text with italics, bold, super- and subscript kept as CSL-JSON's inline markup. */
export function richTextOf(node: XmlNode | undefined): string {
  if (node === undefined) return ''
  const render = (inner: XmlNode): string => {
    if (typeof inner === 'string') return inner
    const content = inner.children.map(render).join('')
    // EndNote marks formatting as <style face="italic bold"> runs.
    const faces = inner.name === 'style' ? (inner.attributes.face ?? '').split(/\s+/) : [inner.name.toLowerCase()]
    const tags = faces.map((face) => RICH_TAGS[face]).filter((tag): tag is string => tag !== undefined)
    if (!content.trim()) return content
    return tags.reduce((wrapped, tag) => `<${tag}>${wrapped}</${tag}>`, content)
  }
  return collapseWhitespace(typeof node === 'string' ? node : node.children.map(render).join(''))
}
