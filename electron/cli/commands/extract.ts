import { resolve } from 'node:path'
import { PASSWORD_WRONG_MESSAGE } from '../../main/services/pdf/errors'
import { createPdfParser } from '../../main/services/pdf/parser'
import type { PdfExtractResult, PdfReadOptions } from '../../main/services/pdf/types'
import { UsageError, type CliCommand } from '../command'

interface ExtractArgs {
  files: string[]
  options: PdfReadOptions
}

/** The files, and `--password P` (or `--password=P`) for encrypted ones; anything else starting with "-" is refused. */
export function parseExtractArgs(args: readonly string[]): ExtractArgs {
  const files: string[] = []
  let password: string | undefined
  let onlyFiles = false
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    if (onlyFiles) files.push(arg)
    else if (arg === '--') onlyFiles = true
    else if (arg === '--password' || arg.startsWith('--password=')) {
      password = arg === '--password' ? args[++index] : arg.slice('--password='.length)
      if (password === undefined) throw new UsageError('--password needs a value (the PDF\'s password).')
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`)
    else files.push(arg)
  }
  if (files.length === 0) throw new UsageError('extract needs at least one PDF file.')
  return { files, options: password === undefined ? {} : { password } }
}

/**
 * `extract [--password P] <file.pdf>…`: one JSON line per file, in the order given. Exit 0 when
 * every file was handled, including files that failed cleanly (their line says why); 2 without files.
 */
export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'Read title, authors, year, DOI … from PDFs, offline (one JSON line per file); --password opens encrypted ones.',
  usage: '[--password <password>] <file.pdf>…',
  async run(args, io) {
    const { files, options } = parseExtractArgs(args)
    const parser = createPdfParser({ onWorkerOutput: io.stderr })
    try {
      const pending = files.map((file) => parser.extract(resolve(file), options))
      for (const [index, result] of pending.entries()) io.stdout(`${JSON.stringify(toCliLine(files[index] ?? '', await result, options))}\n`)
    } finally {
      await parser.close()
    }
    return 0
  },
}

/** The line printed for one file: the path as the user typed it, and the result without its internals. */
export function toCliLine(file: string, result: PdfExtractResult, options: PdfReadOptions = {}): Record<string, unknown> {
  if (!result.ok) return { file, ok: false, error: { code: result.error.code, message: cliMessage(result, options) } }
  return { file, ok: true, item: result.item, fields: result.fields, flags: result.flags }
}

/** The reader's words, with the CLI's own way of giving a password where one is needed. */
function cliMessage(result: Extract<PdfExtractResult, { ok: false }>, options: PdfReadOptions): string {
  if (result.error.code !== 'PASSWORD_PROTECTED') return result.error.message
  if (options.password !== undefined) return `${PASSWORD_WRONG_MESSAGE} Check the password given with --password.`
  return 'This PDF is password-protected. Run extract again with --password <password> to read it, or save an unprotected copy from a PDF reader and extract that.'
}
