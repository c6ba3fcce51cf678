import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Whether biber is on the PATH: tests that take it as the reference skip, saying so, without it. */
export const HAS_BIBER = spawnSync('biber', ['--version'], { encoding: 'utf8' }).status === 0
if (!HAS_BIBER) console.warn('biber is not installed: the tests comparing with biber are skipped (install biber, e.g. apt-get install biber).')

export interface BiberEntry {
  type: string
  fields: Record<string, string>
}

/**
 * The entries biber reads from a .bib text, as `biber --tool --output-format=bibtex` writes
 * them back (types and field names lower-cased), keyed by citation key.
 */
export function biberEntries(bib: string): Map<string, BiberEntry> {
  const folder = mkdtempSync(join(tmpdir(), 'axisref-biber-'))
  try {
    writeFileSync(join(folder, 'input.bib'), bib)
    execFileSync('biber', ['--tool', '--output-format=bibtex', '--output-file=output.bib', 'input.bib'], { cwd: folder, stdio: 'pipe' })
    return parseBiberOutput(readFileSync(join(folder, 'output.bib'), 'utf8'))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

// biber's tool output has one field a line, `  NAME = {value},`, and `}` closing the entry.
function parseBiberOutput(text: string): Map<string, BiberEntry> {
  const entries = new Map<string, BiberEntry>()
  let current: BiberEntry | undefined
  for (const line of text.split('\n')) {
    const head = /^@(\w+)\{(.+),$/.exec(line)
    const field = /^\s+(\w+)\s*=\s*\{(.*)\},?$/.exec(line)
    if (head?.[1] && head[2]) {
      current = { type: head[1].toLowerCase(), fields: {} }
      entries.set(head[2], current)
    } else if (field?.[1] && field[2] !== undefined && current) {
      current.fields[field[1].toLowerCase()] = field[2]
    }
  }
  return entries
}
