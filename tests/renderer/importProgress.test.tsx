import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ImportStatus } from '../../renderer/src/features/import'
import { MAX_WRITE_INTERVAL_MS, nextWriteInterval } from '../../renderer/src/features/import/importPdfs'
import { createProgressStore, type ProgressStore } from '../../renderer/src/features/import/progressStore'

/** Stands for the workspace: counts its own renders around the progress bar. */
function Workspace({ progress, renders }: { progress: ProgressStore; renders: { count: number } }) {
  renders.count++
  return <ImportStatus progress={progress} canceling={false} onCancel={() => undefined} />
}

describe('import progress', () => {
  it('the progress bar follows each update while the workspace around it is not redrawn', () => {
    const progress = createProgressStore({ done: 0, total: 37, current: undefined })
    const renders = { count: 0 }
    render(<Workspace progress={progress} renders={renders} />)
    expect(screen.getByText('Importing 0 of 37')).toBeTruthy()
    for (let done = 1; done <= 10; done++) act(() => progress.set({ done, total: 37, current: `paper-${done}.pdf` }))
    expect(screen.getByText('Importing 10 of 37')).toBeTruthy()
    expect(screen.getByText('· paper-10.pdf')).toBeTruthy()
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe('27% imported')
    expect(renders.count).toBe(1)
  })

  it('a listener that unsubscribed hears no more updates', () => {
    const progress = createProgressStore({ done: 0, total: 2, current: undefined })
    const heard: number[] = []
    const stop = progress.subscribe(() => heard.push(progress.get().done))
    progress.set({ done: 1, total: 2, current: undefined })
    stop()
    progress.set({ done: 2, total: 2, current: undefined })
    expect(heard).toEqual([1])
    expect(progress.get().done).toBe(2)
  })

  it('groups of papers are written at doubling intervals, from the first interval up to a second', () => {
    const intervals = [200]
    for (let step = 0; step < 6; step++) intervals.push(nextWriteInterval(intervals.at(-1)!, 200))
    expect(intervals).toEqual([200, 400, 800, MAX_WRITE_INTERVAL_MS, MAX_WRITE_INTERVAL_MS, MAX_WRITE_INTERVAL_MS, MAX_WRITE_INTERVAL_MS])
    // an interval asked for above the cap is kept
    expect(nextWriteInterval(5000, 5000)).toBe(5000)
  })
})
