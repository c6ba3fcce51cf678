import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testSyncConnection } from '../../../electron/main/services/sync/connection'
import { startCouchServer, type CouchServer } from '../../support/couchServer'

const SECTION = '### Sync and shared lab libraries (CouchDB)'

/** The README's shell blocks of the sync section that talk to the server with curl (the container command needs Docker). */
function readmeCurlBlocks(): string[] {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8')
  const start = readme.indexOf(SECTION)
  if (start < 0) throw new Error(`README.md has no section "${SECTION}"`)
  const end = readme.indexOf('\n## ', start)
  const section = readme.slice(start, end < 0 ? undefined : end)
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').filter((block) => block.includes('curl ') && !block.includes('docker run'))
}

const curl = spawnSync('curl', ['--version'])
let couch: CouchServer

describe.skipIf(curl.error !== undefined)("the README's CouchDB setup, run against PouchDB Server (needs curl)", () => {
  beforeAll(async () => {
    couch = await startCouchServer()
  }, 60_000)
  afterAll(async () => {
    await couch.stop()
  })

  it('makes a library where the writers role writes and the readers role only reads', async () => {
    const blocks = readmeCurlBlocks()
    expect(blocks.length).toBeGreaterThanOrEqual(4)
    for (const block of blocks) {
      execFileSync('bash', ['-euo', 'pipefail', '-c', block], { env: { ...process.env, COUCH: couch.url, ADMIN_PASSWORD: couch.admin.password }, stdio: 'pipe' })
    }
    const connection = { url: couch.url, database: 'mgig-review' }
    const deps = { fetch, timeoutMs: 10_000 }
    expect(await testSyncConnection({ ...connection, user: 'ana', password: 'ana-password' }, deps)).toMatchObject({ ok: true, canWrite: true })
    expect(await testSyncConnection({ ...connection, user: 'ben', password: 'ben-password' }, deps)).toMatchObject({ ok: true, canWrite: false })
    const refused = await couch.request('PUT', '/mgig-review/paper:p1', { table: 'papers' }, { user: 'ben', password: 'ben-password' })
    expect(refused).toEqual({ status: 403, body: { error: 'forbidden', reason: 'This library is read-only for ben: ask its admin for the writers role.' } })
    expect((await couch.request('GET', '/mgig-review')).status).toBe(200)
  })
})
