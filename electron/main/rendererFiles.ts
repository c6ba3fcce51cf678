import { extname, join, normalize, sep } from 'node:path'
import { errorCode, isNotFound, type FileSystem } from './services/fileSystem'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
}

export interface RendererFile {
  status: number
  headers: Record<string, string>
  body: Uint8Array | string
}

/**
 * Maps a URL path to a file of the built renderer. Used by the `app://` protocol in
 * Electron and by the browser host, so both serve the same bytes with the same CSP.
 * Anything that would leave the renderer folder is a 404.
 */
export function resolveRendererPath(rendererDir: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = normalize(decoded === '/' || decoded === '' ? '/index.html' : decoded).replace(/^([/\\])+/, '')
  if (relative.startsWith('..') || relative.split(sep).includes('..')) return null
  const root = normalize(rendererDir)
  const full = join(root, relative)
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null
}

export async function readRendererFile(fs: FileSystem, rendererDir: string, urlPath: string): Promise<RendererFile> {
  const path = resolveRendererPath(rendererDir, urlPath)
  if (path === null) return notFound()
  try {
    const body = await fs.readFile(path)
    return {
      status: 200,
      body,
      headers: {
        'content-type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    }
  } catch (error) {
    if (isNotFound(error) || errorCode(error) === 'EISDIR') return notFound()
    throw error
  }
}

function notFound(): RendererFile {
  return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found' }
}
