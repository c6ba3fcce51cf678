import { afterEach, describe, expect, it } from 'vitest'
import { takeHostToken } from '../../../renderer/src/ipc/client'

afterEach(() => {
  window.sessionStorage.clear()
  window.history.replaceState(null, '', '/')
})

describe("the browser host's token in the page", () => {
  it('is taken from the address the host printed and removed from the address bar', () => {
    window.history.replaceState(null, '', '/?token=Abc-123_xyz')
    expect(takeHostToken(window)).toBe('Abc-123_xyz')
    expect(window.location.href).toBe(`${window.location.origin}/`)
  })

  it('keeps the rest of the address as it was', () => {
    window.history.replaceState(null, '', '/index.html?view=list&token=t0k&sort=year#top')
    expect(takeHostToken(window)).toBe('t0k')
    expect(window.location.href).toBe(`${window.location.origin}/index.html?view=list&sort=year#top`)
  })

  it('survives a reload, which comes without it, from this tab only', () => {
    window.history.replaceState(null, '', '/?token=first')
    takeHostToken(window)
    // the reload: the address has no token any more
    expect(takeHostToken(window)).toBe('first')
    window.history.replaceState(null, '', '/?token=second')
    expect(takeHostToken(window), 'a new run of the host brings a new token').toBe('second')
    window.sessionStorage.clear()
    expect(takeHostToken(window), 'a tab never given the address has none').toBeNull()
  })
})
