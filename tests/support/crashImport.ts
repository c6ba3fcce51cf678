import { open, readdir, readFile, truncate, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { realFileSystem, type FileSystem } from '../../electron/main/services/fileSystem'
import { createPdfParser } from '../../electron/main/services/pdf/parser'
import { createPdfStore } from '../../electron/main/services/pdfStore'

// The import loop of the crash-safety test (tests/electron/crashSafety.test.ts), run as a
// child process that the test kills with SIGKILL. Usage:
//   npx tsx tests/support/crashImport.ts <source folder> <library folder> <ledger file>
// Each PDF goes through the real store and the real parser; a JSON line per committed paper
// is appended to the ledger and fsynced, standing in for an IndexedDB commit. Re-running
// skips what the ledger has, as the app skips papers already in the database. It says what
// it is doing (storing, copying, parsing, committed) so the test can kill it in each phase.

export interface LedgerRecord {
  name: string
  hash: string
  status: 'stored' | 'exists'
  title: string | null
}

/** The ledger's records; a line torn by a kill mid-write is cut off, as a journal would be. */
async function readLedger(path: string): Promise<Set<string>> {
  const text = await readFile(path, 'utf8').catch(() => '')
  const complete = text.slice(0, text.lastIndexOf('\n') + 1)
  if (complete.length < text.length) await truncate(path, Buffer.byteLength(complete))
  return new Set(complete.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as LedgerRecord).name))
}

function slowWrites(handle: FileHandle): FileHandle {
  return new Proxy(handle, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target)
      if (property !== 'write' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, 25))
        return Reflect.apply(value, target, args)
      }
    },
  })
}

async function main(): Promise<void> {
  const [sourceDir = '', libraryDir = '', ledgerPath = ''] = process.argv.slice(2)
  const committed = await readLedger(ledgerPath)
  // The real file system, announcing when the store opens its temp copy, and writing that
  // copy as a slow disk (a USB stick) would, so a kill in the copying phase lands mid-copy.
  const fs: FileSystem = {
    ...realFileSystem,
    open: (async (path: string, flags?: string) => {
      const handle = await realFileSystem.open(path, flags)
      if (!(path.endsWith('.tmp') && flags === 'wx')) return handle
      process.stdout.write(`copying ${path}\n`)
      return slowWrites(handle)
    }) as FileSystem['open'],
  }
  const store = createPdfStore({ fs, root: libraryDir })
  await store.cleanTempFiles()
  const parser = createPdfParser({ workers: 2 })
  const ledger = await open(ledgerPath, 'a')
  const queue = (await readdir(sourceDir)).filter((name) => name.endsWith('.pdf') && !committed.has(name)).sort()
  let count = committed.size
  let commits = Promise.resolve()

  async function lane(): Promise<void> {
    for (let name = queue.shift(); name; name = queue.shift()) {
      process.stdout.write(`storing ${name}\n`)
      const stored = await store.store(join(sourceDir, name))
      process.stdout.write(`parsing ${name}\n`)
      const read = await parser.extract(stored.path)
      const record: LedgerRecord = { name, hash: stored.hash, status: stored.status, title: read.ok ? (read.item.title ?? null) : null }
      // One commit at a time, each on disk before the next begins.
      commits = commits.then(async () => {
        await ledger.write(`${JSON.stringify(record)}\n`)
        await ledger.sync()
        process.stdout.write(`committed ${++count}\n`)
      })
      await commits
    }
  }

  await Promise.all([lane(), lane()])
  await ledger.close()
  await parser.close()
  process.stdout.write('done\n')
}

await main()
