// npm run audit:electron: electronegativity over the built app (out/); fails on any HIGH
// finding and lists the rest. The CSV stays in test-artifacts/ for a closer look.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const out = join(root, 'out')
const report = join(root, 'test-artifacts', 'electronegativity.csv')
const electronVersion = createRequire(import.meta.url)('electron/package.json').version

if (!existsSync(join(out, 'main', 'index.js'))) {
  console.error('audit:electron: nothing to audit, out/ is not built. Run "npm run build" first.')
  process.exit(1)
}
// electronegativity skips a file it cannot parse and then reports its checks as missing: say the real cause
for (const file of ['index.js', 'pdfWorker.js']) {
  const check = spawnSync(process.execPath, ['--check', join(out, 'main', file)], { encoding: 'utf8' })
  if (check.status !== 0) {
    console.error(`audit:electron: out/main/${file} is not valid JavaScript, so Electron could not load it:\n${check.stderr}`)
    process.exit(1)
  }
}
mkdirSync(join(root, 'test-artifacts'), { recursive: true })
const run = spawnSync('npx', ['electronegativity', '-i', out, '-e', electronVersion, '-r', '-o', report], {
  cwd: root,
  encoding: 'utf8',
})
if (run.status !== 0 || !existsSync(report)) {
  console.error(`audit:electron: electronegativity failed (exit ${run.status}).\n${run.stderr}`)
  process.exit(1)
}

const findings = readFileSync(report, 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [check, severity, confidence, file, location] = line.split(',').map((cell) => cell.replaceAll('"', '').trim())
    return { check, severity, confidence, where: `${file}:${location}` }
  })
const high = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'CRITICAL')
for (const finding of findings) console.log(`${finding.severity.padEnd(8)} ${finding.check} ${finding.where}`)
console.log(`audit:electron: ${findings.length} findings, ${high.length} HIGH (Electron ${electronVersion}); report: ${report}`)
process.exit(high.length > 0 ? 1 : 0)
