// STAND-IN (s-engine): deleted before the last commit; the real one is on s-conn.
import { readFile, writeFile } from 'node:fs/promises'
import type { SyncSecrets } from './ports'

export function createFileSecrets(path: string): SyncSecrets {
  const all = async (): Promise<Record<string, string>> => {
    try {
      return JSON.parse(await readFile(path, 'utf8')) as Record<string, string>
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
      throw error
    }
  }
  return {
    load: async (key) => (await all())[key],
    save: async (key, secret) => writeFile(path, JSON.stringify({ ...(await all()), [key]: secret }), { mode: 0o600 }),
    remove: async (key) => {
      const { [key]: _removed, ...rest } = await all()
      await writeFile(path, JSON.stringify(rest), { mode: 0o600 })
    },
    describe: () => path,
  }
}
