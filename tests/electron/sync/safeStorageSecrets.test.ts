import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSafeStorageSecrets } from '../../../electron/main/safeStorageSecrets'
import { secretKey } from '../../../electron/main/services/sync/ports'
import { createFileSecrets } from '../../../electron/main/services/sync/secrets'
import { createFakeSafeStorage, type FakeSafeStorage } from '../../support/fakeElectron'

const KEY = secretKey('https://couch.lab.example:6984', 'wanda')
const PASSWORD = 'correct horse battery staple'

let folder: string
let file: string
let safeStorage: FakeSafeStorage

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'axisref-safe-secrets-'))
  file = join(folder, 'sync-secrets-safe.json')
  safeStorage = createFakeSafeStorage()
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe("sync passwords kept with Electron's safeStorage", () => {
  it('stores only the ciphertext, in base64, in a file of mode 0600, and reads the password back', async () => {
    await createSafeStorageSecrets(safeStorage, file).save(KEY, PASSWORD)
    const text = await readFile(file, 'utf8')
    expect(text).not.toContain(PASSWORD)
    const stored = (JSON.parse(text) as { format: string; secrets: Record<string, string> })
    expect(stored.format).toBe('electron-safeStorage')
    expect(safeStorage.decryptString(Buffer.from(stored.secrets[KEY] ?? '', 'base64'))).toBe(PASSWORD)
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect(await createSafeStorageSecrets(safeStorage, file).load(KEY)).toBe(PASSWORD)
  })

  it('without a keychain says so in words and stores nothing, rather than keep the password in clear', async () => {
    safeStorage.available = false
    const secrets = createSafeStorageSecrets(safeStorage, file)
    await expect(secrets.save(KEY, PASSWORD)).rejects.toThrow(
      "AxisRef cannot keep the sync password: the system's keychain is not available to it (on Linux, no Secret Service such as GNOME Keyring or KWallet is running or unlocked), and it does not keep passwords in clear. Start or unlock the keychain, then connect again.",
    )
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('says a kept password cannot be read while the keychain is away, and again once it is back', async () => {
    await createSafeStorageSecrets(safeStorage, file).save(KEY, PASSWORD)
    safeStorage.available = false
    await expect(createSafeStorageSecrets(safeStorage, file).load(KEY)).rejects.toThrow(/^AxisRef cannot read the sync password: the system's keychain is not available/)
    safeStorage.available = true
    expect(await createSafeStorageSecrets(safeStorage, file).load(KEY)).toBe(PASSWORD)
  })

  it('a ciphertext the keychain cannot decrypt is said in words, naming the key and the file', async () => {
    // a password kept by the browser host's plain file is not a ciphertext: the format says so first
    await createFileSecrets(file).save(KEY, PASSWORD)
    await expect(createSafeStorageSecrets(safeStorage, file).load(KEY)).rejects.toThrow(`holds passwords kept as "plain", not "electron-safeStorage"`)
    await rm(file)
    await createSafeStorageSecrets(safeStorage, file).save(KEY, PASSWORD)
    const stored = JSON.parse(await readFile(file, 'utf8')) as { format: string; secrets: Record<string, string> }
    stored.secrets[KEY] = Buffer.from('not a ciphertext').toString('base64')
    await writeFile(file, JSON.stringify(stored), { mode: 0o600 })
    await expect(createSafeStorageSecrets(safeStorage, file).load(KEY)).rejects.toThrow(
      `The sync password for ${KEY} in ${file} could not be decrypted (Error while decrypting the ciphertext provided to safeStorage.decryptString.): the system keychain may have been reset or changed. Enter the password again in Settings → Sync.`,
    )
  })

  it.runIf(process.platform === 'linux')("says where the password is kept, and when Linux's fallback key protects nothing", () => {
    const secrets = createSafeStorageSecrets(safeStorage, file)
    expect(secrets.describe()).toBe(`Encrypted with the system keychain (gnome_libsecret); the encrypted password is in ${file}, readable only by you`)
    safeStorage.backend = 'basic_text'
    expect(secrets.describe()).toMatch(/^Encrypted with a fixed key, since no keychain \(Secret Service, KWallet\) was found: only the file's permissions protect it/)
  })
})
