import { chromium, type BrowserContext } from 'playwright-core'
import { CHROMIUM_PATH } from '../../tests/support/chromium'

// the flags of tests/support/chromium.ts
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/**
 * Chromium with an on-disk profile in `profileDir`. `launchChromium()` gives incognito-like
 * contexts whose IndexedDB lives in memory; there, saving a 50,000-paper search index
 * (a ~100 MB value) never completes, and the app keeps its library on disk anyway.
 */
export async function launchWithProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } })
}
