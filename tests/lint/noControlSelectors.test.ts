import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/paths'

const FEATURES = join(REPO_ROOT, 'renderer/src/features')
const SELECTOR = /\b(querySelector(All)?|getElementById|getElementsBy\w+)\s*[<(]/

/**
 * Lookups by selector that do not reach a control the user works (those go through the action
 * registry's focus targets): each with why it is needed.
 */
const ALLOWED: Record<string, string> = {
  'renderer/src/features/axis/mapExport.ts': 'strips interactive attributes from a detached copy of the map before it is saved as an image',
  'renderer/src/features/reader/PageOverlays.tsx': "scrolls to the current find match among pdf.js's text layer spans, which pdf.js draws, not React",
  'renderer/src/features/reader/useReaderKeys.ts': 'asks whether any dialog is open, so Esc closes the dialog and not the reader',
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('feature code reaches controls through the action registry', () => {
  it('uses no DOM selector lookups outside the allow-list', () => {
    const offenders = sourceFiles(FEATURES)
      .map((path) => relative(REPO_ROOT, path).replaceAll('\\', '/'))
      .filter((path) => !(path in ALLOWED))
      .flatMap((path) =>
        readFileSync(join(REPO_ROOT, path), 'utf8')
          .split('\n')
          .flatMap((line, index) => (SELECTOR.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
      )
    expect(offenders, 'register the control with useActionTarget and reach it through the registry').toEqual([])
  })

  it('keeps no stale entry: each allowed file still needs its lookup', () => {
    // a file moved away by another change is not stale here, only one that no longer looks anything up
    const stale = Object.keys(ALLOWED).filter((path) => existsSync(join(REPO_ROOT, path)) && !SELECTOR.test(readFileSync(join(REPO_ROOT, path), 'utf8')))
    expect(stale).toEqual([])
  })

  it('finds a selector lookup when there is one', () => {
    expect(SELECTOR.test("document.querySelector<HTMLElement>('input[placeholder=\"Add a node…\"]')")).toBe(true)
    expect(SELECTOR.test('list.current?.querySelectorAll(`button`)')).toBe(true)
    expect(SELECTOR.test("target.closest('input, textarea')")).toBe(false)
  })
})
