import { chmod, readFile, stat } from 'node:fs/promises'
import { z } from 'zod'
import { writeAtomic } from '../atomicWrite'
import { errorMessage, isNotFound, realFileSystem } from '../fileSystem'
import type { SyncSecrets } from './ports'

/**
 * Sync passwords in a file only its owner may read (mode 0600): `{ format, secrets: { <key>:
 * <stored> } }`. The browser host and the CLI keep them as they are (`createFileSecrets`); the
 * desktop app keeps them encrypted with the system's keychain through the same file
 * (electron/main/safeStorageSecrets.ts). A damaged file is said in words and never overwritten:
 * it may hold passwords the user has nowhere else.
 */

/** How one kind of file turns a password into what is stored, and back. */
export interface SecretCodec {
  /** Written in the file, so a file of another kind is recognised instead of misread. */
  format: string
  encode(secret: string): string
  /** Throws, in words naming the file and the key, when the stored value cannot be read back. */
  decode(stored: string, key: string, path: string): string
  describe(path: string): string
}

const OWNER_ONLY = 0o600

const secretsFileSchema = z.object({ format: z.string(), secrets: z.record(z.string(), z.string()) }).strict()

/** Passwords as they are, in a file of mode 0600 (the browser host's and the CLI's way). */
export function createFileSecrets(path: string): SyncSecrets {
  return createSecretsFile(path, {
    format: 'plain',
    encode: (secret) => secret,
    decode: (stored) => stored,
    describe: (file) => `${file}, readable only by you`,
  })
}

export function createSecretsFile(path: string, codec: SecretCodec): SyncSecrets {
  // one read-modify-write at a time, so two saves never lose one another
  let queue: Promise<unknown> = Promise.resolve()
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work)
    // the next one waits for this one to settle; its failure goes to its own caller through `run`
    queue = Promise.allSettled([run])
    return run
  }

  /** Writes what `edit` makes of the kept secrets; `undefined` from it: nothing to change. */
  async function change(edit: (secrets: Record<string, string>) => Record<string, string> | undefined): Promise<void> {
    const secrets = edit((await readSecretsFile(path, codec.format)) ?? {})
    if (secrets === undefined) return
    const text = `${JSON.stringify({ format: codec.format, secrets }, null, 2)}\n`
    await writeAtomic(realFileSystem, path, async (output) => {
      // owner-only before a byte is written, so no one else can open the file while it is filled
      await output.chmod(OWNER_ONLY)
      await output.writeFile(text)
    })
  }

  return {
    load: (key) =>
      serially(async () => {
        const secrets = (await readSecretsFile(path, codec.format)) ?? {}
        return Object.hasOwn(secrets, key) ? codec.decode(secrets[key] ?? '', key, path) : undefined
      }),
    save: (key, secret) => serially(() => change((secrets) => ({ ...secrets, [key]: codec.encode(secret) }))),
    remove: (key) =>
      serially(() => change((secrets) => (Object.hasOwn(secrets, key) ? Object.fromEntries(Object.entries(secrets).filter(([kept]) => kept !== key)) : undefined))),
    describe: () => codec.describe(path),
  }
}

/** The stored secrets, undefined when there is no file yet; a file others may read is made owner-only first. */
async function readSecretsFile(path: string, format: string): Promise<Record<string, string> | undefined> {
  let text: string
  try {
    await keepOwnerOnly(path)
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw new Error(`The sync passwords file ${path} could not be read (${errorMessage(error)}): check that it is yours and readable.`, { cause: error })
  }
  const parsed = parseSecretsFile(text)
  if (typeof parsed === 'string') {
    throw new Error(
      `The sync passwords file ${path} is damaged (${parsed}), so AxisRef leaves it as it is: move it away or delete it, then enter the sync password again in Settings → Sync.`,
    )
  }
  if (parsed.format !== format) {
    throw new Error(
      `The sync passwords file ${path} holds passwords kept as "${parsed.format}", not "${format}" as this program keeps them: move it away or delete it, then enter the sync password again in Settings → Sync.`,
    )
  }
  return parsed.secrets
}

/** Windows has no such permission bits (the file inherits the user folder's rights). */
async function keepOwnerOnly(path: string): Promise<void> {
  if (process.platform === 'win32') return
  const mode = (await stat(path)).mode & 0o777
  if ((mode & 0o077) !== 0) await chmod(path, OWNER_ONLY)
}

/** The file's content, or what is wrong with it in words. */
function parseSecretsFile(text: string): z.output<typeof secretsFileSchema> | string {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    if (error instanceof SyntaxError) return `not JSON: ${error.message}`
    throw error
  }
  const parsed = secretsFileSchema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  return `not what AxisRef writes: ${issue ? `${issue.path.join('.') || 'the whole file'}: ${issue.message}` : 'unexpected content'}`
}
