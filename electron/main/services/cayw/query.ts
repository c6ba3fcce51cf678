import { CAYW_FORMATS, LOCATOR_LABELS, type CaywFormat } from '../../../../shared/cite/request'

/** What a call to `/better-bibtex/cayw` asks for, read from its query string. */
export type CaywQuery =
  | { kind: 'probe' }
  | { kind: 'pick'; format: CaywFormat; options: Record<string, string> }
  | { kind: 'refused'; message: string }

/** Better BibTeX's default when `format` is absent or empty (JabRef's is `biblatex`). */
export const DEFAULT_CAYW_FORMAT: CaywFormat = 'latex'

/**
 * The parameters of Better BibTeX's documentation that shape the answer, passed on to the
 * window as they came: `brackets` (pandoc), `command` (latex, biblatex), `style`, `locale` and
 * `contentType` (formatted-*), `clipboard`, `minimize`, `select`, `selected`, `texstudio`, and a
 * locator label's abbreviation (`page=`, `Section=sec.`). Others (a cache-busting `timestamp`…)
 * are ignored, as Better BibTeX ignores them.
 */
const OPTION_NAMES: ReadonlySet<string> = new Set([
  'brackets', 'command', 'style', 'locale', 'contentType', 'clipboard', 'minimize', 'select', 'selected', 'texstudio',
  ...LOCATOR_LABELS, 'article', 'subchapter', 'subparagraph', 'subsection', 'Section', 'schedule', 'sub verbo',
])

const MAX_OPTION_LENGTH = 1000

/** A citation command goes into the document as `\command{…}`: letters and a star only (as JabRef checks). */
const COMMAND = /^[A-Za-z]{1,40}\*?$/

/**
 * Reads a query string the way Better BibTeX does, where it can be read one way: `probe` with
 * any value (even none, as JabRef takes it) only asks whether the endpoint is there; `format`
 * defaults to `latex`; an unknown format is refused in words naming the ones there are (Better
 * BibTeX answers an empty body, which an editor would insert silently).
 */
export function readCaywQuery(params: URLSearchParams): CaywQuery {
  if (params.has('probe')) return { kind: 'probe' }
  const asked = (params.get('format') ?? '').trim().toLowerCase() || DEFAULT_CAYW_FORMAT
  const format = CAYW_FORMATS.find((known) => known === asked)
  if (format === undefined) {
    return { kind: 'refused', message: `AxisRef has no cite-as-you-write format ${JSON.stringify(asked)}. Use one of: ${CAYW_FORMATS.join(', ')}.` }
  }
  const options: Record<string, string> = {}
  for (const [name, value] of params) {
    if (!OPTION_NAMES.has(name) || Object.hasOwn(options, name)) continue
    if (value.length > MAX_OPTION_LENGTH) return { kind: 'refused', message: `The ${name} parameter is longer than ${MAX_OPTION_LENGTH} characters.` }
    options[name] = value
  }
  if (options.command && !COMMAND.test(options.command)) {
    return { kind: 'refused', message: `The command parameter must be a LaTeX command name: letters, and a star at the end (${JSON.stringify(options.command)} is not).` }
  }
  return { kind: 'pick', format, options }
}

