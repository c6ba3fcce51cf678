import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createPdfParser } from '../../../electron/main/services/pdf/parser'
import { forkReader } from '../../../electron/main/services/pdf/readerProcess'
import { sourceWorkerEntry } from '../../../electron/main/services/pdf/workerEntry'
import { REPO_ROOT } from '../../support/paths'

// Messages between main and a reader cross a process boundary, so each side checks what it
// gets; a message of the wrong shape fails the file in words, never passes as a result.

describe('messages between the pool and a reader process', () => {
  it('fails a file whose reader answers with a result of the other kind, saying so', async () => {
    const parser = createPdfParser({ workers: 1, entry: sourceWorkerEntry(join(import.meta.dirname, 'fixtures/wrongKindWorker.ts')) })
    try {
      const result = await parser.extract('/papers/any.pdf')
      expect(result).toMatchObject({ file: '/papers/any.pdf', ok: false, error: { code: 'PARSER_CRASHED' } })
      expect(result.ok === false && result.error.message).toContain('answered a request of kind extract with a result of kind fullText')
    } finally {
      await parser.close()
    }
  })

  it('ends the real reader when it is sent something that is not a request, naming why', async () => {
    let output = ''
    let ready: () => void = () => undefined
    const started = new Promise<void>((resolve) => (ready = resolve))
    const ended = new Promise<number | string>((resolve) => {
      const reader = forkReader(sourceWorkerEntry(join(REPO_ROOT, 'electron/main/services/pdf/worker.ts')), [], {
        message: (message) => {
          if (typeof message === 'object' && message !== null && 'kind' in message && message.kind === 'ready') ready()
        },
        exit: resolve,
        error: (error) => resolve(error.message),
        output: (chunk) => (output += chunk),
      })
      void started.then(() => reader.send({ id: 1, kind: 'extract' }))
    })
    expect(await ended).not.toBe(0)
    expect(output).toContain('the PDF reader was sent a message that is not a request')
  })
})
