import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { HOST_TOKEN_HEADER, HOST_TOKEN_PARAM } from '../../shared/ipc/hostToken'
import { fail, type Result } from '../../shared/ipc/result'

/** A fresh secret for one run of the host: 32 random bytes, URL-safe. */
export function createHostToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The address the host prints and the tests open: the page takes the token from it. */
export function tokenUrl(origin: string, token: string): string {
  return `${origin}/?${HOST_TOKEN_PARAM}=${token}`
}

/** Whether the request carries this run's token; compared through a hash in constant time, so neither its bytes nor its length leak. */
export function carriesToken(request: IncomingMessage, token: string): boolean {
  const sent = request.headers[HOST_TOKEN_HEADER]
  return typeof sent === 'string' && timingSafeEqual(sha256(sent), sha256(token))
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}

/**
 * Why an API call is refused before its body is read, or null to go on: without the token
 * any local process could call (an Origin header is easy to forge); the Origin check stays
 * so that a web page the user has open cannot ride on a leaked token either.
 */
export function refusedCall(request: IncomingMessage, channel: string, token: string, origin: string): Result<never> | null {
  if (!carriesToken(request, token)) {
    return fail(
      'FORBIDDEN_SENDER',
      `Refused ${channel}: the call did not carry this run's key. Open the address that \`npm run start:browser\` printed (it ends in ?token=…), and reload this page from it.`,
    )
  }
  if (request.headers.origin !== origin) {
    return fail('FORBIDDEN_SENDER', `Refused ${channel}: the call did not come from AxisRef's own page.`)
  }
  return null
}

const FRAME_ANCESTORS = "frame-ancestors 'none'"

/**
 * Every answer of the host refuses to be framed by another site (clickjacking): the CSP's
 * frame-ancestors for today's browsers, merged into the renderer's own policy (it cannot
 * stand in the page's meta tag), and X-Frame-Options for older ones.
 */
export function refuseFraming(headers: Record<string, string>): Record<string, string> {
  const policy = headers['content-security-policy']
  return {
    ...headers,
    'content-security-policy': policy ? `${policy}; ${FRAME_ANCESTORS}` : FRAME_ANCESTORS,
    'x-frame-options': 'DENY',
  }
}
