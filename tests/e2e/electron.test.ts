import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { _electron as electron } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/paths'

/** The Electron binary if `npm install` could download it; none on machines without network. */
function electronBinary(): string | undefined {
  const pathFile = join(REPO_ROOT, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(REPO_ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

const binary = electronBinary()
const reason = 'no Electron binary here (node_modules/electron/dist is missing: Electron downloads it on first run, and this machine has no network)'
if (!binary) console.warn(`[electron smoke] skipped: ${reason}`)

describe('the desktop app in Electron', () => {
  it.skipIf(!binary)(`starts, shows the empty library, and exposes only window.api (skipped when ${reason})`, async () => {
    const app = await electron.launch({ executablePath: binary, args: [join(REPO_ROOT, 'out/main/index.js')], cwd: REPO_ROOT })
    try {
      const window = await app.firstWindow()
      await window.getByTestId('empty-state').waitFor()
      const exposed = await window.evaluate(() => ({
        api: Object.keys((window as unknown as { api: object }).api).sort(),
        require: typeof (globalThis as { require?: unknown }).require,
      }))
      expect(exposed.require).toBe('undefined')
      expect(exposed.api).toContain('getAppInfo')
    } finally {
      await app.close()
    }
  })
})
