import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { markFirstScreen, useFirstScreenShown } from '../../renderer/src/features/workspace/firstScreen'

// one module state per test file: the first test runs before the screen is marked shown
describe('work held until the first screen is shown', () => {
  it('is held until the longest wait has passed when no list says it painted', async () => {
    const { result } = renderHook(() => useFirstScreenShown(150))
    expect(result.current).toBe(false)
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)))
    expect(result.current).toBe(true)
  })

  it('goes ahead as soon as the list has painted its first rows, and at once for what asks later', () => {
    const { result } = renderHook(() => useFirstScreenShown(60_000))
    expect(result.current).toBe(false)
    act(() => markFirstScreen())
    expect(result.current).toBe(true)
    const later = renderHook(() => useFirstScreenShown(60_000))
    expect(later.result.current).toBe(true)
  })
})
