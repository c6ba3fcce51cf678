import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { secretKey } from '../../../electron/main/services/sync/ports'
import { createFileSecrets } from '../../../electron/main/services/sync/secrets'

const KEY = secretKey('https://couch.lab.example:6984/', 'wanda')
const OTHER = secretKey('http://127.0.0.1:5984', 'rick')

let folder: string
let file: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'axisref-secrets-'))
  file = join(folder, 'sync-secrets.json')
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function modeOf(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777
}

describe.skipIf(process.platform === 'win32')('sync passwords in a file of mode 0600', () => {
  it('keeps a password across a restart, in a file only its owner may read, with no temp file left', async () => {
    await createFileSecrets(file).save(KEY, 'pässwörd with spaces')
    expect(await modeOf(file)).toBe(0o600)
    expect(await createFileSecrets(file).load(KEY)).toBe('pässwörd with spaces')
    expect(await readdir(folder)).toEqual(['sync-secrets.json'])
    expect(createFileSecrets(file).describe()).toBe(`${file}, readable only by you`)
  })

  it('has nothing for a key never saved, and creates no file by reading or removing', async () => {
    const secrets = createFileSecrets(file)
    expect(await secrets.load(KEY)).toBeUndefined()
    await secrets.remove(KEY)
    expect(await readdir(folder)).toEqual([])
  })

  it('removes one password and keeps the others', async () => {
    const secrets = createFileSecrets(file)
    await secrets.save(KEY, 'one')
    await secrets.save(OTHER, 'two')
    await secrets.remove(KEY)
    expect(await secrets.load(KEY)).toBeUndefined()
    expect(await createFileSecrets(file).load(OTHER)).toBe('two')
  })

  it('loses none of many saves made at once', async () => {
    const secrets = createFileSecrets(file)
    const keys = Array.from({ length: 20 }, (_, index) => secretKey('http://127.0.0.1:5984', `user${index}`))
    await Promise.all(keys.map((key, index) => secrets.save(key, `secret ${index}`)))
    const reread = createFileSecrets(file)
    expect(await Promise.all(keys.map((key) => reread.load(key)))).toEqual(keys.map((_, index) => `secret ${index}`))
  })

  it('makes a file others could read owner-only again when it reads it', async () => {
    await createFileSecrets(file).save(KEY, 'one')
    await chmod(file, 0o644)
    expect(await createFileSecrets(file).load(KEY)).toBe('one')
    expect(await modeOf(file)).toBe(0o600)
  })

  it('says a damaged file is damaged, naming it and what to do, and never overwrites it', async () => {
    for (const damaged of ['{"format":"plain","secrets":{"https://a|b":', '{"format":"plain","secrets":{"https://a|b":42}}']) {
      await writeFile(file, damaged, { mode: 0o600 })
      const secrets = createFileSecrets(file)
      const expected = new RegExp(`^The sync passwords file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged \\(.+\\), so AxisRef leaves it as it is: move it away or delete it, then enter the sync password again in Settings → Sync\\.$`)
      await expect(secrets.load(KEY)).rejects.toThrow(expected)
      await expect(secrets.save(KEY, 'new')).rejects.toThrow(expected)
      await expect(secrets.remove(KEY)).rejects.toThrow(expected)
      expect(await readFile(file, 'utf8')).toBe(damaged)
    }
  })

  it('says the reason a damaged file is damaged: not JSON, or which entry is wrong', async () => {
    await writeFile(file, 'not json', { mode: 0o600 })
    await expect(createFileSecrets(file).load(KEY)).rejects.toThrow(/is damaged \(not JSON: /)
    await writeFile(file, '{"format":"plain","secrets":{"https://a|b":42}}', { mode: 0o600 })
    await expect(createFileSecrets(file).load(KEY)).rejects.toThrow(/is damaged \(not what AxisRef writes: secrets\.https:\/\/a\|b: /)
  })

  it("refuses a file kept another way (the desktop app's encrypted one) instead of reading ciphertext as a password", async () => {
    await writeFile(file, JSON.stringify({ format: 'electron-safeStorage', secrets: { [KEY]: 'djEwAAAA' } }), { mode: 0o600 })
    await expect(createFileSecrets(file).load(KEY)).rejects.toThrow(`holds passwords kept as "electron-safeStorage", not "plain"`)
  })
})
