import { text } from 'node:stream/consumers'
import { runCli } from './cli'

const code = await runCli(process.argv.slice(2), {
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (chunk) => void process.stderr.write(chunk),
  readStdin: () => text(process.stdin),
  env: process.env,
})
process.exitCode = code
