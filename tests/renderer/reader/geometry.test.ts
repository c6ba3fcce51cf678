import { describe, expect, it } from 'vitest'
import { clientRectsToPdfRects, mergeLineBoxes, rectContains } from '../../../renderer/src/features/reader/geometry'

// a US-letter page at 150 %: pdf.js's viewport transform flips y and scales
const transform = [1.5, 0, 0, -1.5, 0, 792 * 1.5] as const

describe('selection rectangles to PDF units', () => {
  it('merges the spans of one line and keeps lines apart', () => {
    const merged = mergeLineBoxes([
      { left: 10, top: 100, width: 50, height: 14 },
      { left: 60, top: 101, width: 40, height: 13 },
      { left: 10, top: 118, width: 80, height: 14 },
    ])
    expect(merged).toEqual([
      { left: 10, top: 100, width: 90, height: 14 },
      { left: 10, top: 118, width: 80, height: 14 },
    ])
  })

  it('drops empty slivers and returns bottom-left based rectangles in points', () => {
    const rects = clientRectsToPdfRects(
      [
        { left: 250, top: 400, width: 150, height: 15 },
        { left: 400, top: 400, width: 0, height: 15 },
      ],
      { left: 100, top: 100 },
      transform,
    )
    expect(rects).toEqual([{ x: 100, y: 582, width: 100, height: 10 }])
    expect(rectContains(rects[0]!, 150, 590)).toBe(true)
    expect(rectContains(rects[0]!, 150, 600)).toBe(false)
  })
})
