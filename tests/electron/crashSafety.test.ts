import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { realFileSystem } from '../../electron/main/services/fileSystem'
import { createPdfStore } from '../../electron/main/services/pdfStore'
import type { LedgerRecord } from '../support/crashImport'
import { makeTempDir, REPO_ROOT } from '../support/paths'
import { corpusPdf, hasPdfCorpus } from './pdf/corpus'

// Kill -9 an import of 200 PDFs three times, at different points, and check after each kill
// what a user would: every paper the "database" (an fsynced ledger) says it has is there
// with its exact bytes, no library file has the wrong content under its name, temp files
// are cleaned, and a restart finishes the job with no duplicates.

const SOURCES = ['metadata/hindawi-PMC4710929.pdf', 'metadata/hindawi-PMC4738698.pdf', 'metadata/zotero-recognizePDF_test_DOI.pdf', 'metadata/cermine-test3.pdf', 'metadata/cermine-example1-intpsychogeriatrics.pdf']
const COUNT = 200
/** After how many commits to kill, and in which phase of the next file. */
const KILLS = [
  { after: 40, phase: 'copying' },
  { after: 100, phase: 'storing' },
  { after: 150, phase: 'parsing' },
] as const
const SCRIPT = join(REPO_ROOT, 'tests/support/crashImport.ts')
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

interface Run {
  killed: boolean
  code: number | null
  output: string
}

/** Runs the import in its own process group; with `kill`, SIGKILLs the group in that phase of a file. */
function runImport(args: string[], kill?: (typeof KILLS)[number]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', SCRIPT, ...args], { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let killed = false
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const committed = Number(/committed (\d+)\n(?![\s\S]*committed)/.exec(output)?.[1] ?? 0)
      const lastLine = output.slice(output.lastIndexOf('\n', output.length - 2) + 1)
      if (kill && !killed && committed >= kill.after && lastLine.startsWith(kill.phase)) {
        killed = true
        // The whole group: npx, tsx and the node process that runs the import.
        process.kill(-(child.pid ?? 0), 'SIGKILL')
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ killed, code, output }))
  })
}

async function readLedger(path: string): Promise<LedgerRecord[]> {
  const text = await readFile(path, 'utf8').catch(() => '')
  // A line torn by the kill was never committed; the importer cuts it off on restart.
  return text
    .split('\n')
    .slice(0, -1)
    .map((line) => JSON.parse(line) as LedgerRecord)
}

async function libraryFiles(library: string): Promise<{ pdfs: Array<{ name: string; path: string }>; temps: string[] }> {
  const pdfs: Array<{ name: string; path: string }> = []
  const temps: string[] = []
  const filesDir = join(library, 'files')
  for (const folder of await readdir(filesDir).catch(() => [])) {
    if (folder.endsWith('.tmp')) temps.push(folder)
    else {
      for (const name of await readdir(join(filesDir, folder))) {
        if (name.endsWith('.tmp')) temps.push(name)
        else pdfs.push({ name, path: join(filesDir, folder, name) })
      }
    }
  }
  return { pdfs, temps }
}

describe.skipIf(!hasPdfCorpus('crash safety'))('an import killed with SIGKILL', () => {
  let work: string
  let sourceDir: string
  let library: string
  let ledger: string

  beforeAll(async () => {
    work = await makeTempDir('crash')
    sourceDir = join(work, 'incoming')
    library = join(work, 'Library')
    ledger = join(work, 'ledger.jsonl')
    await mkdir(sourceDir)
    const originals = await Promise.all(SOURCES.map((source) => readFile(corpusPdf(source))))
    // Each copy gets one byte appended, so each of the 200 files has its own hash.
    for (let index = 0; index < COUNT; index++) {
      const original = originals[index % originals.length]!
      await writeFile(join(sourceDir, `paper-${String(index).padStart(3, '0')}.pdf`), Buffer.concat([original, Buffer.from([Math.floor(index / originals.length)])]))
    }
  })

  afterAll(async () => {
    await rm(work, { recursive: true, force: true })
  })

  async function checkAfterKill(): Promise<{ committed: number; temps: number }> {
    const records = await readLedger(ledger)
    expect(new Set(records.map((record) => record.name)).size).toBe(records.length)
    for (const record of records) {
      const bytes = await readFile(join(library, 'files', record.hash.slice(0, 2), `${record.hash}.pdf`))
      expect(sha256(bytes), record.name).toBe(record.hash)
      expect(bytes.equals(await readFile(join(sourceDir, record.name))), record.name).toBe(true)
    }
    const { pdfs, temps } = await libraryFiles(library)
    for (const pdf of pdfs) expect(`${sha256(await readFile(pdf.path))}.pdf`, pdf.path).toBe(pdf.name)
    const store = createPdfStore({ fs: realFileSystem, root: library })
    expect(await store.cleanTempFiles()).toBe(temps.length)
    expect((await libraryFiles(library)).temps).toEqual([])
    return { committed: records.length, temps: temps.length }
  }

  it('keeps every committed paper intact and finishes on restart with no duplicates', async () => {
    const started = performance.now()
    const seen: Array<{ committed: number; temps: number }> = []
    for (const kill of KILLS) {
      const run = await runImport([sourceDir, library, ledger], kill)
      expect(run.killed, run.output.slice(-2000)).toBe(true)
      seen.push(await checkAfterKill())
    }
    expect(seen.map((entry) => entry.committed)).toEqual(KILLS.map((kill) => expect.toSatisfy((n: number) => n >= kill.after && n < COUNT)))

    const final = await runImport([sourceDir, library, ledger])
    expect(final.code, final.output.slice(-2000)).toBe(0)
    const records = await readLedger(ledger)
    expect(records).toHaveLength(COUNT)
    expect(new Set(records.map((record) => record.name)).size).toBe(COUNT)
    expect(new Set(records.map((record) => record.hash)).size).toBe(COUNT)
    const { pdfs, temps } = await libraryFiles(library)
    expect(pdfs).toHaveLength(COUNT)
    expect(temps).toEqual([])
    for (const pdf of pdfs) expect(`${sha256(await readFile(pdf.path))}.pdf`).toBe(pdf.name)
    const kills = seen.map((entry, index) => `${KILLS[index]?.phase} after ${entry.committed} commits (${entry.temps} temp files)`)
    console.info(`crash safety: killed ${kills.join(', ')}; ${Math.round((performance.now() - started) / 1000)} s`)
  }, 150_000) // about 15 s of CPU; the margin is for shared, loaded CI machines
})
