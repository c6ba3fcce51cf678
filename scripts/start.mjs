// npm start: builds AxisRef and runs it in Electron. Where Electron's binary is missing and
// cannot be downloaded, it says so in one message and points to the browser host.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const electronDir = join(root, 'node_modules', 'electron')

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

function downloadElectron() {
  console.log("Fetching Electron's program files (first start only)…")
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 300_000 })
  const lastLine = `${install.stderr ?? ''}`.trim().split('\n').find((line) => /Error|failed/i.test(line)) ?? 'no answer'
  return { binary: electronBinary(), reason: lastLine.replace(/^\s*(TypeError|Error):\s*/, '') }
}

if (!existsSync(electronDir)) {
  console.error('AxisRef cannot start: its dependencies are not installed. Run "npm install" first.')
  process.exit(1)
}
let binary = electronBinary()
if (!binary) {
  const attempt = downloadElectron()
  binary = attempt.binary
  if (!binary) {
    console.error(
      `AxisRef cannot start the desktop app: Electron's program files are not on this computer and could not be downloaded (${attempt.reason}).\n` +
        'Connect to the internet and run "npm start" again, or use AxisRef in your browser instead: npm run start:browser',
    )
    process.exit(1)
  }
}

const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const app = spawn(binary, [root], { cwd: root, stdio: 'inherit' })
app.on('exit', (code) => process.exit(code ?? 0))
