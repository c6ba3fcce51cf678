import { readFile } from 'node:fs/promises'
import { formatCslBibliography, formatCslCitations, isStyleName, LOCALE_IDS, STYLE_NAMES, type StyleChoice } from '../../../shared/formats'
import { validateCslLocale, type LocaleChoice } from '../../../shared/formats/locales'
import { AppError } from '../../../shared/ipc/result'
import { UsageError, type CliCommand, type CliIo } from '../command'
import { parseCiteRequest } from './citeRequest'

interface CiteOptions {
  style: string
  locale: string | undefined
  format: 'text' | 'html'
  bibliography: boolean
}

function parseArgs(args: readonly string[]): CiteOptions {
  const values = new Map<string, string>()
  let bibliography = false
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    const option = /^--(style|locale|format)(?:=(.*))?$/.exec(arg)
    if (option) {
      const value = option[2] ?? args[++index]
      if (value === undefined) throw new UsageError(`${arg} needs a value.`)
      values.set(option[1] ?? '', value)
    } else if (arg === '--bibliography') bibliography = true
    else throw new UsageError(arg.startsWith('--') ? `unknown option ${arg}.` : `unexpected argument "${arg}"; the request is read from standard input.`)
  }
  const style = values.get('style')
  if (style === undefined) throw new UsageError(`give --style (${STYLE_NAMES.join(', ')} or a .csl file).`)
  const format = values.get('format') ?? 'text'
  if (format !== 'text' && format !== 'html') throw new UsageError('--format must be text or html.')
  return { style, locale: values.get('locale'), format, bibliography }
}

async function readUserFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `${path} was not found; check the path.`)
    throw new AppError('IO_ERROR', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function isPath(value: string, extension: RegExp): boolean {
  return extension.test(value) || value.includes('/') || value.includes('\\')
}

async function readStyle(style: string): Promise<StyleChoice> {
  if (isStyleName(style)) return style
  if (!isPath(style, /\.csl$/i)) throw new UsageError(`unknown style "${style}"; use ${STYLE_NAMES.join(', ')} or a .csl file.`)
  return { csl: await readUserFile(style) }
}

/** A bundled locale id passes through as given (the engine checks it); a .xml file is read and checked here, so the message names it. */
async function readLocale(locale: string | undefined): Promise<LocaleChoice | undefined> {
  if (locale === undefined || !isPath(locale, /\.xml$/i)) return locale
  const xml = await readUserFile(locale)
  const checked = validateCslLocale(xml)
  if (!checked.ok) throw new AppError('INVALID_INPUT', `${locale}: ${checked.error} Give a CSL locale file (<locale xmlns="http://purl.org/net/xbiblio/csl" xml:lang="…">) or one of ${LOCALE_IDS.join(', ')}.`)
  return { xml }
}

function lines(texts: readonly string[]): string {
  return texts.map((text) => `${text.replace(/\r?\n/g, ' ')}\n`).join('')
}

/**
 * `cite --style … < request.json`: a document's in-text citations, one per line in order, or
 * with --bibliography its reference list. --style and --locale take a bundled id or a user's
 * .csl style / CSL locale .xml file. Exit 2 for bad arguments, 1 for a request or style
 * that cannot be formatted (said in words on stderr).
 */
export const citeCommand: CliCommand = {
  name: 'cite',
  summary: 'Format in-text citations (one per line) or the bibliography of CSL-JSON items read from standard input.',
  usage: `--style ${STYLE_NAMES.join('|')}|<file.csl> [--locale ${LOCALE_IDS.join('|')}|<file.xml>] [--format text|html] [--bibliography] < request.json`,
  async run(args: string[], io: CliIo) {
    const options = parseArgs(args)
    const style = await readStyle(options.style)
    const locale = await readLocale(options.locale)
    const parsed = parseCiteRequest(await io.readStdin())
    if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.error)
    const { items, citations } = parsed.request
    const request = { style, locale, format: options.format, citations }
    const result = options.bibliography ? formatCslBibliography(items, request) : formatCslCitations(items, request)
    if (!result.ok) throw new AppError(result.error.code, result.error.message)
    const output = typeof result.value === 'string' ? result.value : lines(result.value)
    io.stdout(output === '' || output.endsWith('\n') ? output : `${output}\n`)
    return 0
  },
}
