import type { WindowBounds } from './services/settingsStore'

export interface DisplayArea {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 }

/**
 * The saved bounds if at least a useful part of the window would be on one of the
 * displays now attached (a monitor may have gone away since), otherwise none.
 */
export function restorableBounds(saved: WindowBounds | undefined, displays: readonly DisplayArea[]): WindowBounds | undefined {
  if (!saved) return undefined
  const visible = displays.some((area) => overlap(saved, area) >= 0.3 * saved.width * saved.height || overlap(saved, area) >= 0.9 * area.width * area.height)
  return visible ? saved : undefined
}

function overlap(a: DisplayArea, b: DisplayArea): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}
