import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CslItem } from '../../../shared/domain/csl'
import type { AxisRefApi } from '../../../shared/ipc/api'
import { parseCrossrefWork } from '../../../shared/lookup'
import { addPaper, DatabaseProvider, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { DetailsPane } from '../../../renderer/src/features/details'
import { ApiProvider } from '../../../renderer/src/ipc/ApiContext'

let count = 0

// the recorded Crossref answers, read by path from the shared corpus (the renderer project has no fs)
const RECORDED: Record<string, string> = import.meta.glob('../../../../shared/corpus/online/crossref/works_10.{1017_9781108348843,1007_978-3-319-75889-3_1,1101_097196,1186_isrctn11093872}.json', { eager: true, query: '?raw', import: 'default' })
const HAS_ONLINE = Object.keys(RECORDED).length === 4

/** The record Crossref's recorded answer gives, parsed as a lookup parses it. */
function crossrefRecord(file: string): CslItem {
  const body = Object.entries(RECORDED).find(([path]) => path.endsWith(`/${file}`))?.[1]
  if (body === undefined) throw new Error(`${file} is not in the corpus (../shared/corpus/online/crossref)`)
  const parsed = parseCrossrefWork(body)
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`)
  return parsed.value.item
}

async function showRecord(csl: CslItem) {
  const db = openDatabase(`record-types-${++count}`)
  const paper = await addPaper(db, { csl, citationKey: `paper${count}` })
  await db.papers.update(paper.id, { fieldSources: { title: { source: 'registry', confidence: 1, by: 'crossref' } } })
  render(<Pane db={db} paperId={paper.id} />)
  await screen.findByRole('article', { name: 'Paper details' })
  return { db, stored: async () => (await db.papers.get(paper.id))! }
}

function Pane({ db, paperId }: { db: AxisRefDatabase; paperId: string }) {
  return (
    <ApiProvider api={{} as AxisRefApi}>
      <DatabaseProvider db={db}>
        <DetailsPane paperId={paperId} selectedIds={[paperId]} />
      </DatabaseProvider>
    </ApiProvider>
  )
}

const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value

function type(label: string, text: string) {
  const field = screen.getByLabelText(label)
  fireEvent.focus(field)
  fireEvent.change(field, { target: { value: text } })
  fireEvent.keyDown(field, { key: 'Enter' })
  return field
}

function addEditor(name: string) {
  const box = screen.getByLabelText('Add an editor')
  fireEvent.change(box, { target: { value: name } })
  fireEvent.submit(box.closest('form')!)
}

describe.skipIf(!HAS_ONLINE)('the record editor for each type a lookup brings (real Crossref records)', () => {
  it('a book: publisher, place, ISBN (checked), edition and editors, each edit marked as the user\'s', async () => {
    const book = crossrefRecord('works_10.1017_9781108348843.json')
    expect(book.type).toBe('book')
    const { stored } = await showRecord(book)
    expect((screen.getByLabelText('Type') as HTMLSelectElement).value).toBe('book')
    expect(valueOf('Publisher')).toBe('Cambridge University Press')
    expect(valueOf('ISBN')).toBe('9781108348843')
    expect(screen.queryByLabelText('Journal')).toBeNull()

    type('ISBN', '978-1-108-34884-4')
    expect((await screen.findByRole('alert')).textContent).toBe('The check digit of ISBN 978-1-108-34884-4 does not match; a digit is probably mistyped.')
    type('ISBN', '978-1-108-34884-3')
    type('Place', 'Cambridge')
    await waitFor(async () => expect((await stored()).csl['publisher-place']).toBe('Cambridge'))
    type('Edition', '2')
    await waitFor(async () => expect((await stored()).csl.edition).toBe('2'))
    addEditor('Lloyd, Geoffrey')
    await waitFor(async () => expect((await stored()).csl.editor).toEqual([{ family: 'Lloyd', given: 'Geoffrey' }]))
    expect(valueOf('Editor family name 1')).toBe('Lloyd')

    const { fieldSources } = await stored()
    expect(fieldSources?.['publisher-place']).toMatchObject({ source: 'user', confidence: 1, by: 'user' })
    expect(fieldSources?.editor).toMatchObject({ source: 'user' })
    // the ISBN typed with hyphens is the same value: nothing changed, so it is not marked
    expect(fieldSources?.ISBN).toBeUndefined()
    expect(fieldSources?.title).toEqual({ source: 'registry', confidence: 1, by: 'crossref' })
  })

  it('a chapter: the book title, pages, publisher, place and ISBN shown and edited, editors like authors', async () => {
    const chapter = crossrefRecord('works_10.1007_978-3-319-75889-3_1.json')
    expect(chapter.type).toBe('chapter')
    const { stored } = await showRecord(chapter)
    expect(valueOf('Book title')).toBe('Human Health and Physical Activity During Heat Exposure')
    expect(valueOf('Pages')).toBe('1-13')
    expect(valueOf('Publisher')).toBe('Springer International Publishing')
    expect(valueOf('Place')).toBe('Cham')
    expect(valueOf('ISBN')).toBe('9783319758886')
    // the series ISSN Crossref gives is not a field of a chapter, but a stored value is never hidden
    expect(valueOf('ISSN')).toBe('2523-3610')

    type('Book title', 'Human Health and Physical Activity during Heat Exposure')
    await waitFor(async () => expect((await stored()).csl['container-title']).toBe('Human Health and Physical Activity during Heat Exposure'))
    addEditor('Hosokawa, Yuri')
    await screen.findByDisplayValue('Hosokawa')
    addEditor('{Korey Stringer Institute}')
    await waitFor(async () => expect((await stored()).csl.editor).toHaveLength(2))
    fireEvent.click(screen.getByRole('button', { name: 'Move editor Korey Stringer Institute up' }))
    await waitFor(async () => expect((await stored()).csl.editor).toEqual([{ literal: 'Korey Stringer Institute' }, { family: 'Hosokawa', given: 'Yuri' }]))
    // the authors are a list of their own, untouched
    expect((await stored()).csl.author).toEqual([{ family: 'Jones', given: 'Hunter M.' }])
    expect(within(screen.getByRole('region', { name: 'Authors' })).getByLabelText('Family name 1')).toHaveProperty('value', 'Jones')
  })

  it('a preprint (CSL "article"): the repository and its version', async () => {
    const preprint = crossrefRecord('works_10.1101_097196.json')
    expect(preprint.type).toBe('article')
    const { stored } = await showRecord(preprint)
    const select = screen.getByLabelText('Type') as HTMLSelectElement
    expect(select.selectedOptions[0]?.textContent).toBe('Preprint')
    expect(valueOf('Repository')).toBe('Cold Spring Harbor Laboratory')
    type('Version', '2')
    await waitFor(async () => expect((await stored()).csl.version).toBe('2'))
    expect((await stored()).fieldSources?.version).toMatchObject({ source: 'user' })
  })

  it('a dataset: publisher, the registry it is in, and a trial registration number', async () => {
    const dataset = crossrefRecord('works_10.1186_isrctn11093872.json')
    expect(dataset.type).toBe('dataset')
    const { stored } = await showRecord(dataset)
    expect(valueOf('Publisher')).toBe('Springer Science and Business Media LLC')
    expect(valueOf('Registry or archive')).toBe('http://isrctn.com/')
    type('Trial registration / accession', 'ISRCTN11093872')
    await waitFor(async () => expect((await stored()).csl.number).toBe('ISRCTN11093872'))
    expect(await screen.findByText('Edited registration or accession number')).toBeTruthy()
  })

  it('a thesis and a report: the same publisher shown as university or institution; undo puts value and provenance back', async () => {
    const { stored } = await showRecord({ id: 'x', type: 'article-journal', title: 'Microglia in the depressed brain', publisher: 'Ghent University', 'container-title': 'Brain' })
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'thesis' } })
    await screen.findByLabelText('University')
    expect(valueOf('University')).toBe('Ghent University')
    // the journal is not a thesis's field, but its value stays in sight
    expect(valueOf('Journal')).toBe('Brain')
    type('Thesis type', 'PhD thesis')
    await waitFor(async () => expect((await stored()).csl.genre).toBe('PhD thesis'))

    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'report' } })
    await screen.findByLabelText('Institution')
    type('Report number', 'WHO/MSD/MER/17.2')
    await waitFor(async () => expect((await stored()).csl.number).toBe('WHO/MSD/MER/17.2'))
    expect((await stored()).fieldSources?.number).toMatchObject({ source: 'user' })

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect((await stored()).csl.number).toBeUndefined())
    expect((await stored()).fieldSources?.number).toBeUndefined()
    expect((await stored()).fieldSources?.genre).toMatchObject({ source: 'user' })
  })
})
