import type * as Electron from 'electron'
import type { SyncSecrets } from './services/sync/ports'
import { createSecretsFile } from './services/sync/secrets'

/** The part of Electron's `safeStorage` used here; a test passes a stand-in. */
export type SafeStoragePort = Pick<Electron.SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>

/**
 * The desktop app's sync passwords: encrypted with the system's keychain through Electron's
 * `safeStorage` (macOS Keychain, Windows DPAPI, the Secret Service or KWallet on Linux), the
 * ciphertext kept in base64 in a file of mode 0600. Without a keychain nothing is stored in
 * clear: saving and reading say so. `safeStorage` answers only once the app is ready, so it is
 * asked at each use, never when this is made.
 */
export function createSafeStorageSecrets(safeStorage: SafeStoragePort, path: string): SyncSecrets {
  return createSecretsFile(path, {
    format: 'electron-safeStorage',
    encode: (secret) => {
      requireEncryption(safeStorage, 'keep')
      return safeStorage.encryptString(secret).toString('base64')
    },
    decode: (stored, key, file) => {
      requireEncryption(safeStorage, 'read')
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'))
      } catch (error) {
        throw new Error(
          `The sync password for ${key} in ${file} could not be decrypted (${error instanceof Error ? error.message : String(error)}): the system keychain may have been reset or changed. Enter the password again in Settings → Sync.`,
          { cause: error },
        )
      }
    },
    describe: (file) => `${keychainName(safeStorage)}; the encrypted password is in ${file}, readable only by you`,
  })
}

function requireEncryption(safeStorage: SafeStoragePort, what: 'keep' | 'read'): void {
  if (safeStorage.isEncryptionAvailable()) return
  throw new Error(
    `AxisRef cannot ${what} the sync password: the system's keychain is not available to it (on Linux, no Secret Service such as GNOME Keyring or KWallet is running or unlocked), and it does not keep passwords in clear. Start or unlock the keychain, then connect again.`,
  )
}

/** In words, which keychain protects the password; on Linux without one Electron falls back to a key that is not secret. */
function keychainName(safeStorage: SafeStoragePort): string {
  if (process.platform === 'darwin') return 'Encrypted with the macOS Keychain'
  if (process.platform === 'win32') return 'Encrypted for your Windows account (DPAPI)'
  const backend = safeStorage.getSelectedStorageBackend()
  if (backend === 'basic_text') return 'Encrypted with a fixed key, since no keychain (Secret Service, KWallet) was found: only the file\'s permissions protect it'
  return `Encrypted with the system keychain (${backend})`
}
