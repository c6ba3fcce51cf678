import { describe, expect, it } from 'vitest'
import { fitWidthScale, nearPages, pageAt, zoomStep } from '../../../renderer/src/features/reader/viewModel'

// 300 pages of 1000 px with 12 px between them, as the reader lays them out
const boxes = Array.from({ length: 300 }, (_, index) => ({ page: index + 1, top: index * 1012, bottom: index * 1012 + 1000 }))

describe('the reader’s view', () => {
  it('steps zoom through fixed levels from any scale, within bounds', () => {
    expect(zoomStep(1, 1)).toBe(1.25)
    expect(zoomStep(1, -1)).toBe(0.8)
    expect(zoomStep(1.37, 1)).toBe(1.5)
    expect(zoomStep(1.37, -1)).toBe(1.25)
    expect(zoomStep(4, 1)).toBe(4)
    expect(zoomStep(0.5, -1)).toBe(0.5)
  })

  it('fits a page to the pane’s width, within the zoom bounds', () => {
    expect(fitWidthScale(644, 612)).toBeCloseTo(1)
    expect(fitWidthScale(100, 612)).toBe(0.5)
    expect(fitWidthScale(10_000, 612)).toBe(4)
  })

  it('knows the page being read and renders only the pages around it in a long document', () => {
    const view = { top: 150 * 1012 + 100, height: 900 }
    expect(pageAt(boxes, view)).toBe(151)
    expect(pageAt(boxes, { top: 0, height: 900 })).toBe(1)
    const near = nearPages(boxes, view)
    expect([...near].sort((a, b) => a - b)).toEqual([150, 151, 152])
    expect(near.size).toBeLessThan(6)
  })
})
