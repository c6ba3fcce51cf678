import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPdfParser } from '../../../electron/main/services/pdf/parser'
import { sourceWorkerEntry } from '../../../electron/main/services/pdf/workerEntry'
import { AppError } from '../../../shared/ipc/result'
import { articlePage, makePdf } from './makePdf'

const flakyWorker = sourceWorkerEntry(join(import.meta.dirname, 'fixtures/flakyWorker.ts'))
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'axisref-parser-'))
  const pdf = makePdf({ pages: [articlePage()] })
  for (const name of ['first.pdf', 'die-mid-file.pdf', 'hang-forever.pdf', 'next.pdf']) await writeFile(join(dir, name), pdf)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('PDF reader pool', () => {
  it('extracts in a reader process with the real reader entry', async () => {
    const parser = createPdfParser({ workers: 1 })
    try {
      const result = await parser.extract(join(dir, 'first.pdf'))
      expect(result.ok && result.item.title).toBe('Microglial priming links gut dysbiosis to depressive behaviour in mice')
      const text = await parser.fullText(join(dir, 'first.pdf'))
      expect(text.ok && text.text).toContain('Anna Berg')
    } finally {
      await parser.close()
    }
  })

  it('reads a waiting metadata request before waiting full texts, so a new import is never stuck behind them', async () => {
    const parser = createPdfParser({ workers: 1 })
    const finished: string[] = []
    const track = (label: string, promise: Promise<unknown>) => promise.then(() => finished.push(label))
    try {
      await Promise.all([
        track('full text 1', parser.fullText(join(dir, 'first.pdf'))),
        track('full text 2', parser.fullText(join(dir, 'next.pdf'))),
        track('full text 3', parser.fullText(join(dir, 'first.pdf'))),
        track('metadata', parser.extract(join(dir, 'next.pdf'))),
      ])
      // the first full text already had the worker; the metadata read goes next
      expect(finished).toEqual(['full text 1', 'metadata', 'full text 2', 'full text 3'])
    } finally {
      await parser.close()
    }
  })

  it('reports a file whose worker dies mid-file as failed and goes on with the next', async () => {
    const parser = createPdfParser({ workers: 1, entry: flakyWorker })
    try {
      const [died, next] = await Promise.all([parser.extract(join(dir, 'die-mid-file.pdf')), parser.extract(join(dir, 'next.pdf'))])
      expect(died).toMatchObject({ ok: false, error: { code: 'PARSER_CRASHED' } })
      expect(died.ok === false && died.error.message).toMatch(/stopped unexpectedly .*exit code 7/)
      expect(next.ok && next.item.title).toBe('Microglial priming links gut dysbiosis to depressive behaviour in mice')
    } finally {
      await parser.close()
    }
  })

  it('kills a worker that exceeds the time limit, reports the file, and replaces the worker', async () => {
    const parser = createPdfParser({ workers: 1, timeoutMs: 3_000, entry: flakyWorker })
    try {
      const started = performance.now()
      const [hung, next] = await Promise.all([parser.extract(join(dir, 'hang-forever.pdf')), parser.extract(join(dir, 'next.pdf'))])
      expect(hung).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } })
      expect(hung.ok === false && hung.error.message).toMatch(/longer than 3 s/)
      expect(next.ok).toBe(true)
      expect(performance.now() - started).toBeLessThan(20_000)
    } finally {
      await parser.close()
    }
  })

  it('refuses work after close, and rejects calls still waiting when it closes', async () => {
    const parser = createPdfParser({ workers: 1 })
    const waiting = expect(parser.extract(join(dir, 'first.pdf'))).rejects.toBeInstanceOf(AppError)
    await parser.close()
    await waiting
    await expect(parser.extract(join(dir, 'first.pdf'))).rejects.toMatchObject({ code: 'UNAVAILABLE' })
  })
})
