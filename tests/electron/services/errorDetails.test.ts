import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorCode, errorMessage, isNotFound } from '../../../electron/main/services/fileSystem'
import { makeTempDir } from '../../support/paths'

/** What `run` threw. */
async function thrownBy(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

describe('what a failure says, for the messages that name it', () => {
  it("reads a real file system failure's code and message", async () => {
    const dir = await makeTempDir('error-details')
    try {
      const missing = join(dir, 'missing.pdf')
      const error = await thrownBy(() => readFile(missing))
      expect(errorCode(error)).toBe('ENOENT')
      expect(isNotFound(error)).toBe(true)
      expect(errorMessage(error)).toContain(missing)
      expect(errorCode(await thrownBy(() => readFile(dir)))).toBe('EISDIR')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('has no code, and says the value itself, for something thrown that is not an error', () => {
    expect(errorCode('disk full')).toBeUndefined()
    expect(errorCode(null)).toBeUndefined()
    expect(errorCode({ code: 28 })).toBeUndefined()
    expect(isNotFound(undefined)).toBe(false)
    expect(errorMessage('disk full')).toBe('disk full')
    expect(errorMessage(null)).toBe('null')
    expect(errorMessage({ message: 'quota exceeded' })).toBe('quota exceeded')
  })
})
