import { readFile } from 'node:fs/promises'
import { assignCitationKeys, parseKeyPattern } from '../../../shared/citekeys'
import {
  decodeBibliographyBytes,
  EXPORT_FORMATS,
  exportBibliography,
  formatBibliography,
  IMPORT_FORMATS,
  importBibliography,
  isExportFormat,
  isStyleName,
  REFERENCE_FORMATS,
  STYLE_NAMES,
  type ExportRecord,
  type ImportFormat,
  type StyleChoice,
} from '../../../shared/formats'
import { bibtexExportWarnings } from '../../../shared/formats/bibtex/fields'
import { AppError } from '../../../shared/ipc/result'
import { bibliographyFolderMessage } from '../../main/services/bibliographyFiles'
import { UsageError, type CliCommand, type CliIo } from '../command'

const TARGETS = [...EXPORT_FORMATS, ...REFERENCE_FORMATS] as const
type Target = (typeof TARGETS)[number]

function isTarget(value: string | undefined): value is Target {
  return TARGETS.some((target) => target === value)
}

const FROM_ALIASES: Record<string, ImportFormat> = { biblatex: 'bibtex', nbib: 'medline', pubmed: 'medline', endnote: 'endnote-xml', enw: 'endnote-tagged', json: 'csl-json' }

interface ConvertOptions {
  input: string
  to: Target
  style: string | undefined
  from: ImportFormat | undefined
  keyPattern: string | undefined
}

function parseArgs(args: readonly string[]): ConvertOptions {
  const values = new Map<string, string>()
  const positional: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    const option = /^--(to|style|from|key-pattern)(?:=(.*))?$/.exec(arg)
    if (option) {
      const value = option[2] ?? args[++index]
      if (value === undefined) throw new UsageError(`${arg} needs a value.`)
      values.set(option[1] ?? '', value)
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}.`)
    else positional.push(arg)
  }
  if (positional.length !== 1) throw new UsageError(positional.length === 0 ? 'give the input file.' : `give one input file (got ${positional.join(' ')}).`)
  const to = values.get('to')
  if (!isTarget(to)) throw new UsageError(`--to must be one of ${TARGETS.join(', ')}.`)
  const fromText = values.get('from')
  const from = fromText === undefined ? undefined : (FROM_ALIASES[fromText] ?? IMPORT_FORMATS.find((format) => format === fromText))
  if (fromText !== undefined && !from) throw new UsageError(`--from must be one of ${IMPORT_FORMATS.join(', ')} (or biblatex, nbib, enw).`)
  const style = values.get('style')
  if (style !== undefined && isExportFormat(to)) throw new UsageError(`--style applies only to --to ${REFERENCE_FORMATS.join('|')}.`)
  return { input: positional[0] ?? '', to, style, from, keyPattern: values.get('key-pattern') }
}

async function readInput(path: string, folderMessage = bibliographyFolderMessage(path, 'give')): Promise<string> {
  try {
    return decodeBibliographyBytes(await readFile(path))
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (code === 'EISDIR') throw new AppError('INVALID_INPUT', folderMessage)
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `${path} was not found; check the path.`)
    throw new AppError('IO_ERROR', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function styleChoice(style: string | undefined): Promise<StyleChoice> {
  if (style === undefined) return 'apa'
  if (isStyleName(style)) return style
  if (/\.csl$/i.test(style) || style.includes('/')) return { csl: await readInput(style, `${style} is a folder; give a .csl style file.`) }
  throw new UsageError(`unknown style "${style}"; use ${STYLE_NAMES.join(', ')} or a .csl file.`)
}

function render(records: ExportRecord[], options: ConvertOptions, style: StyleChoice): string {
  if (isExportFormat(options.to)) return exportBibliography(records, options.to)
  const result = formatBibliography(records, { style, format: options.to })
  if (!result.ok) throw new AppError(result.error.code, result.error.message)
  return result.value.endsWith('\n') ? result.value : `${result.value}\n`
}

/**
 * `convert <file> --to …`: reads any supported bibliography file and writes another format
 * or formatted references to stdout. Skipped records are reported on stderr as
 * `file:line: reason`; the exit code is 1 only when nothing at all could be converted.
 */
export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'Convert a bibliography file (BibTeX, RIS, PubMed, CSL-JSON, EndNote) or format its references.',
  usage: `<input file> --to ${TARGETS.join('|')} [--style ${STYLE_NAMES.join('|')}|<file.csl>] [--from <format>] [--key-pattern <pattern>]`,
  async run(args: string[], io: CliIo) {
    const options = parseArgs(args)
    if (options.keyPattern !== undefined) {
      const pattern = parseKeyPattern(options.keyPattern)
      if (!pattern.ok) throw new UsageError(pattern.error)
    }
    const style = await styleChoice(options.style)
    const result = importBibliography(await readInput(options.input), options.from ? { format: options.from } : {})
    for (const issue of result.errors) io.stderr(`${options.input}:${issue.line}: ${issue.message}\n`)
    if (result.entries.length === 0) {
      io.stderr(`axisref convert: nothing could be converted from ${options.input}.\n`)
      return 1
    }
    const keys = assignCitationKeys(result.entries, options.keyPattern === undefined ? {} : { pattern: options.keyPattern })
    const records = result.entries.map((entry, index) => {
      const assignment = keys[index] ?? { key: `ref${index + 1}`, source: 'generated' }
      if (assignment.reason) io.stderr(`${options.input}:${entry.line}: citation key ${assignment.reason}; using "${assignment.key}".\n`)
      return { item: entry.item, extension: entry.extension, citationKey: assignment.key }
    })
    io.stdout(render(records, options, style))
    if (options.to === 'bibtex' || options.to === 'biblatex') for (const warning of bibtexExportWarnings(records, options.to)) io.stderr(`${options.input}: ${warning}\n`)
    return 0
  },
}
