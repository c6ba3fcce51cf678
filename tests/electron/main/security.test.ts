import { describe, expect, it } from 'vitest'
import { isExternalWebUrl, isPermissionGranted, isTrustedSender, sameOrigin } from '../../../electron/main/security'
import { buildMenuTemplate } from '../../../electron/main/menu'

describe('who may call IPC', () => {
  it('trusts only the app page in its main frame', () => {
    expect(isTrustedSender({ url: 'app://axisref/index.html', parent: null }, 'app://axisref')).toBe(true)
    expect(isTrustedSender({ url: 'app://other/index.html', parent: null }, 'app://axisref')).toBe(false)
    expect(isTrustedSender({ url: 'app://axisref.evil/index.html', parent: null }, 'app://axisref')).toBe(false)
    expect(isTrustedSender({ url: 'file:///index.html', parent: null }, 'app://axisref')).toBe(false)
    expect(isTrustedSender({ url: 'not a url', parent: null }, 'app://axisref')).toBe(false)
    expect(isTrustedSender(undefined, 'app://axisref')).toBe(false)
  })

  it('compares scheme and host, not the "null" origin Node gives custom schemes', () => {
    expect(sameOrigin('app://axisref/x', 'app://axisref')).toBe(true)
    expect(sameOrigin('app://user:pw@axisref/x', 'app://axisref')).toBe(false)
    expect(sameOrigin('http://127.0.0.1:5000/', 'http://127.0.0.1:5001')).toBe(false)
  })
})

describe('permissions the window is granted', () => {
  const page = { url: 'app://axisref/index.html', isMainFrame: true }

  it('lets the app page write the clipboard (quick copy) and nothing else', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', page, 'app://axisref')).toBe(true)
    for (const permission of ['clipboard-read', 'deprecated-sync-clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'unknown']) {
      expect(isPermissionGranted(permission, page, 'app://axisref'), permission).toBe(false)
    }
  })

  it('refuses the clipboard to a sub-frame, another origin or a frame without an address', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', { ...page, isMainFrame: false }, 'app://axisref')).toBe(false)
    expect(isPermissionGranted('clipboard-sanitized-write', { url: 'https://evil.example/', isMainFrame: true }, 'app://axisref')).toBe(false)
    expect(isPermissionGranted('clipboard-sanitized-write', { url: 'app://axisref.evil/', isMainFrame: true }, 'app://axisref')).toBe(false)
    expect(isPermissionGranted('clipboard-sanitized-write', { url: undefined, isMainFrame: true }, 'app://axisref')).toBe(false)
  })
})

describe('links that may leave the app', () => {
  it('are http and https only', () => {
    expect(isExternalWebUrl('https://doi.org/10.1000/1')).toBe(true)
    expect(isExternalWebUrl('http://example.org')).toBe(true)
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://axisref/', '']) {
      expect(isExternalWebUrl(url), url).toBe(false)
    }
  })
})

describe('the application menu', () => {
  it('has developer tools only in development', () => {
    const roles = (template: ReturnType<typeof buildMenuTemplate>) => JSON.stringify(template)
    expect(roles(buildMenuTemplate('linux', false))).not.toContain('toggleDevTools')
    expect(roles(buildMenuTemplate('linux', true))).toContain('toggleDevTools')
    expect(buildMenuTemplate('darwin', false)[0]).toEqual({ role: 'appMenu' })
  })
})
