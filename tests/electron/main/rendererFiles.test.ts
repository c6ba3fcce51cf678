import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRendererFile, resolveRendererPath } from '../../../electron/main/rendererFiles'
import { realFileSystem } from '../../../electron/main/services/fileSystem'
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp'
import { makeTempDir } from '../../support/paths'

describe('serving the built renderer', () => {
  it('maps / to index.html and keeps every path inside the renderer folder', () => {
    expect(resolveRendererPath('/app/renderer', '/')).toBe('/app/renderer/index.html')
    expect(resolveRendererPath('/app/renderer', '/assets/index.js?v=1')).toBe('/app/renderer/assets/index.js')
    for (const attack of ['/../secret', '/%2e%2e/secret', '/assets/../../secret', '/%2e%2e%2fsecret', '/..%5csecret', '/a%00b', '/%E0%A4%A']) {
      const path = resolveRendererPath('/app/renderer', attack)
      expect(path === null || path.startsWith('/app/renderer/'), attack).toBe(true)
    }
  })

  it('serves files with their type and the CSP, and 404s for missing files and folders', async () => {
    const dir = await makeTempDir('renderer')
    await mkdir(join(dir, 'assets'))
    await writeFile(join(dir, 'index.html'), '<!doctype html>')
    const index = await readRendererFile(realFileSystem, dir, '/')
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toMatch(/text\/html/)
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect((await readRendererFile(realFileSystem, dir, '/nope.js')).status).toBe(404)
    expect((await readRendererFile(realFileSystem, dir, '/assets')).status).toBe(404)
    expect((await readRendererFile(realFileSystem, dir, '/../../etc/passwd')).status).toBe(404)
  })
})
