import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CslDate } from '../../../shared/domain/csl'
import type { AxisRefApi } from '../../../shared/ipc/api'
import { addPaper, DatabaseProvider, openDatabase } from '../../../renderer/src/db'
import { DetailsPane } from '../../../renderer/src/features/details'
import { cslEdit, FIELDS } from '../../../renderer/src/features/details/fields'
import { ApiProvider } from '../../../renderer/src/ipc/ApiContext'

let count = 0

async function paneFor(issued: CslDate) {
  const db = openDatabase(`year-range-${++count}`)
  const paper = await addPaper(db, { csl: { id: 'p', type: 'paper-conference', title: 'A meeting over three days', issued }, citationKey: 'meeting1996' })
  render(
    <ApiProvider api={{} as AxisRefApi}>
      <DatabaseProvider db={db}>
        <DetailsPane paperId={paper.id} selectedIds={[paper.id]} />
      </DatabaseProvider>
    </ApiProvider>,
  )
  await screen.findByRole('article', { name: 'Paper details' })
  const year = screen.getByLabelText('Year') as HTMLInputElement
  return { year, stored: async () => (await db.papers.get(paper.id))?.csl.issued }
}

function typeInto(field: HTMLInputElement, text: string) {
  fireEvent.focus(field)
  fireEvent.change(field, { target: { value: text } })
  fireEvent.keyDown(field, { key: 'Enter' })
}

describe('a paper whose date is a range, in the details pane', () => {
  it('shows the range of days within one year as a span, and a new span changes only the years', async () => {
    const { year, stored } = await paneFor({ 'date-parts': [[1996, 12, 10], [1996, 12, 12]] })
    expect(year.value).toBe('1996–1996')
    expect(screen.getByText(/· 1996–1996/)).toBeTruthy()
    typeInto(year, '1997–1998')
    await waitFor(async () => expect(await stored()).toEqual({ 'date-parts': [[1997, 12, 10], [1998, 12, 12]] }))
    await waitFor(() => expect(year.value).toBe('1997–1998'))
  })

  it('shows an open range as "2006–", keeps it open when its start changes, and a single year makes a single date', async () => {
    const { year, stored } = await paneFor({ 'date-parts': [[2006], [0]] })
    expect(year.value).toBe('2006–')
    typeInto(year, '2007-')
    await waitFor(async () => expect(await stored()).toEqual({ 'date-parts': [[2007], [0]] }))
    // the next edit is typed over the saved value, once the pane shows it
    await waitFor(() => expect(year.value).toBe('2007–'))
    typeInto(year, '2001/2003')
    await waitFor(async () => expect(await stored()).toEqual({ 'date-parts': [[2001], [2003]] }))
    await waitFor(() => expect(year.value).toBe('2001–2003'))
    typeInto(year, '2002')
    await waitFor(async () => expect(await stored()).toEqual({ 'date-parts': [[2002]] }))
  })

  it('says in words what is wrong with a span and keeps the stored range', async () => {
    const { year, stored } = await paneFor({ 'date-parts': [[1996], [1997]] })
    expect(year.value).toBe('1996–1997')
    typeInto(year, '2003–2001')
    expect((await screen.findByRole('alert')).textContent).toBe('The span ends (2001) before it starts (2003): type the earlier year first, e.g. 2001–2003.')
    fireEvent.blur(year)
    expect(await stored()).toEqual({ 'date-parts': [[1996], [1997]] })
  })
})

describe('the year field over a range', () => {
  const year = FIELDS.find((field) => field.key === 'issued')!
  const item = { id: 'p', type: 'article-journal', issued: { 'date-parts': [[1996, 12, 10], [1996, 12, 12]], season: 4 } }

  it('makes no edit when the span read back is saved unchanged, and keeps the season', () => {
    const span = year.validate(year.read(item))
    expect(span.ok && cslEdit('p', item, year.write(span.value, item))).toBeUndefined()
    const later = year.validate('1996–1997')
    expect(later.ok && year.write(later.value, item)).toEqual({ issued: { 'date-parts': [[1996, 12, 10], [1997, 12, 12]], season: 4 } })
  })
})
