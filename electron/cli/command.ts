/** What a CLI command sees of the outside world; tests pass strings in and read them out. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** The whole of standard input, read on demand (commands that take JSON lines). */
  readStdin: () => Promise<string>
  env: NodeJS.ProcessEnv
}

export interface CliCommand {
  name: string
  /** One line for `--help`. */
  summary: string
  /** The argument synopsis, e.g. `<file.pdf>…`. */
  usage: string
  /** Resolves to the exit code. Expected failures write to stderr and return non-zero. */
  run(args: string[], io: CliIo): Promise<number>
}

/** A usage error: the CLI prints the message with the command's usage line and exits 2. */
export class UsageError extends Error {}
