import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * Where Electron's `app.getPath('userData')` puts AxisRef's data on each platform, so the
 * browser host and the CLI find the same settings and library as the desktop app.
 * AXISREF_DATA_DIR overrides it.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string {
  if (env.AXISREF_DATA_DIR) return env.AXISREF_DATA_DIR
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'AxisRef')
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'AxisRef')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'AxisRef')
}
