import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CommandPalette, rankCommands, type Command } from '../../../renderer/src/features/palette'

function commands(run: (id: string) => void = () => undefined): Command[] {
  const make = (id: string, title: string, group: string, extra: Partial<Command> = {}): Command => ({ id, title, group, run: () => run(id), ...extra })
  return [
    make('import', 'Import PDFs or bibliography…', 'Library', { shortcut: 'Ctrl+I' }),
    make('export', 'Export…', 'Library', { shortcut: 'Ctrl+E', keywords: ['bibtex', 'ris', 'bib'] }),
    make('copy-citation', 'Copy citation', 'Selection', { shortcut: 'Ctrl+Shift+A', keywords: ['cite'], disabledReason: 'Select a paper first' }),
    make('copy-reference', 'Copy reference', 'Selection', { shortcut: 'Ctrl+Shift+C', disabledReason: 'Select a paper first' }),
    make('map', 'Show the axis map', 'View', { keywords: ['mgig', 'microbiota', 'glia'] }),
    make('duplicates', 'Find duplicates', 'Library', { keywords: ['merge'] }),
  ]
}

describe('rankCommands', () => {
  it('lists every command when nothing is typed, the ones that can run first', () => {
    expect(rankCommands(commands(), '').map((command) => command.id)).toEqual(['import', 'export', 'map', 'duplicates', 'copy-citation', 'copy-reference'])
  })

  it('matches word starts in titles, groups and keywords, every word required', () => {
    expect(rankCommands(commands(), 'exp').map((command) => command.id)).toEqual(['export'])
    expect(rankCommands(commands(), 'bibtex').map((command) => command.id)).toEqual(['export'])
    expect(rankCommands(commands(), 'copy cit').map((command) => command.id)).toEqual(['copy-citation'])
    expect(rankCommands(commands(), 'glia').map((command) => command.id)).toEqual(['map'])
    expect(rankCommands(commands(), 'duplicaets').map((command) => command.id)).toEqual(['duplicates'])
    expect(rankCommands(commands(), 'zotero')).toEqual([])
  })
})

describe('the command palette', () => {
  it('runs the highlighted command on Enter after arrows, and closes first', () => {
    const ran: string[] = []
    const onClose = vi.fn(() => ran.push('closed'))
    render(<CommandPalette commands={commands((id) => ran.push(id))} onClose={onClose} />)
    const input = screen.getByRole('combobox')
    fireEvent.change(input, { target: { value: 'library' } })
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('Export…')]))
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    const highlighted = screen.getAllByRole('option').find((option) => option.getAttribute('aria-selected') === 'true')
    expect(input.getAttribute('aria-activedescendant')).toBe(highlighted?.id)
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(ran).toEqual(['closed', rankCommands(commands(), 'library')[1]!.id])
  })

  it('shows why a command cannot run and does not run it', () => {
    const run = vi.fn()
    const onClose = vi.fn()
    render(<CommandPalette commands={commands(run)} onClose={onClose} />)
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'copy citation' } })
    const option = screen.getByRole('option', { name: /Copy citation/ })
    expect(option.textContent).toContain('Select a paper first')
    expect(option.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(option)
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' })
    expect(run).not.toHaveBeenCalled()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('says so when nothing matches', () => {
    render(<CommandPalette commands={commands()} onClose={() => undefined} />)
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'zotero' } })
    expect(screen.getByText(/No command matches/).textContent).toContain('zotero')
  })
})
