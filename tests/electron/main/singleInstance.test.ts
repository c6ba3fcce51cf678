import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runMain } from '../../../electron/main/app'
import type { ElectronModules } from '../../../electron/main/app'
import { restorableBounds } from '../../../electron/main/windowState'
import { createFakeElectron } from '../../support/fakeElectron'

describe('start-up', () => {
  it('a second instance quits at once and opens no window', () => {
    const fake = createFakeElectron(mkdtempSync(join(tmpdir(), 'axisref-second-')))
    fake.electron.app.requestSingleInstanceLock.mockReturnValue(false)
    runMain(fake.electron as unknown as ElectronModules, { rendererDir: '/nowhere', preloadPath: '/nowhere.cjs', mainDir: '/nowhere' })
    expect(fake.electron.app.quit).toHaveBeenCalled()
    expect(fake.ipcHandlers.size).toBe(0)
  })
})

describe('restoring the window position', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 }
  it('keeps bounds that are on a display', () => {
    const bounds = { x: 100, y: 100, width: 1200, height: 800 }
    expect(restorableBounds(bounds, [display])).toEqual(bounds)
  })
  it('drops bounds left on a monitor that is gone', () => {
    expect(restorableBounds({ x: 2500, y: 100, width: 1200, height: 800 }, [display])).toBeUndefined()
  })
})
