import { resolve } from 'node:path'
import { createPdfParser } from '../../main/services/pdf/parser'
import type { PdfExtractResult } from '../../main/services/pdf/types'
import { UsageError, type CliCommand } from '../command'

/**
 * `extract <file.pdf>…`: one JSON line per file, in the order given. Exit 0 when every file was
 * handled, including files that failed cleanly (their line says why); 2 without files.
 */
export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'Read title, authors, year, DOI … from PDFs, offline (one JSON line per file).',
  usage: '<file.pdf>…',
  async run(args, io) {
    const files = args.filter((arg) => arg !== '--')
    if (files.length === 0) throw new UsageError('extract needs at least one PDF file.')
    const unknownOption = files.find((file) => file.startsWith('-'))
    if (unknownOption) throw new UsageError(`unknown option ${unknownOption}.`)
    const parser = createPdfParser({ onWorkerOutput: io.stderr })
    try {
      const pending = files.map((file) => parser.extract(resolve(file)))
      for (const [index, result] of pending.entries()) io.stdout(`${JSON.stringify(toCliLine(files[index] ?? '', await result))}\n`)
    } finally {
      await parser.close()
    }
    return 0
  },
}

/** The line printed for one file: the path as the user typed it, and the result without its internals. */
export function toCliLine(file: string, result: PdfExtractResult): Record<string, unknown> {
  if (!result.ok) return { file, ok: false, error: result.error }
  return { file, ok: true, item: result.item, fields: result.fields, flags: result.flags }
}
