import packageJson from '../../package.json' with { type: 'json' }
import { AppError } from '../../shared/ipc/result'
import { UsageError, type CliCommand, type CliIo } from './command'
import { citeCommand } from './commands/cite'
import { convertCommand } from './commands/convert'
import { extractCommand } from './commands/extract'
import { infoCommand } from './commands/info'
import { lookupCommand } from './commands/lookup'
import { suggestCommand } from './commands/suggest'

export const COMMANDS: readonly CliCommand[] = [infoCommand, extractCommand, suggestCommand, convertCommand, citeCommand, lookupCommand]

export function usageText(): string {
  const lines = COMMANDS.flatMap((command) => [`  ${command.name} ${command.usage}`.trimEnd(), `      ${command.summary}`])
  return [
    `AxisRef ${packageJson.version}: the library from the command line.`,
    '',
    'Usage: npm run --silent cli -- <command> [arguments]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h     Show this help.',
    '  --version, -v  Print the version.',
    '',
  ].join('\n')
}

/** Runs one CLI invocation and resolves to its exit code; errors go to stderr. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usageText())
    return first === undefined ? 2 : 0
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${packageJson.version}\n`)
    return 0
  }
  const command = COMMANDS.find((candidate) => candidate.name === first)
  if (!command) {
    io.stderr(`axisref: unknown command "${first}".\n\n${usageText()}`)
    return 2
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`axisref ${command.name}: ${error.message}\nUsage: npm run --silent cli -- ${command.name} ${command.usage}\n`)
      return 2
    }
    const message = error instanceof AppError ? error.message : error instanceof Error ? error.message : String(error)
    io.stderr(`axisref ${command.name}: ${message}\n`)
    return 1
  }
}
