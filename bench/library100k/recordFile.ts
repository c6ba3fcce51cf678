import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import type { CslItem } from '../../shared/formats'
import type { CorpusPool } from '../fixtures/pool'
import { generateLibrary } from '../fixtures/generateLibrary'

/** A word in the last record's title and nowhere else: found means the last row is searchable. */
export const LAST_TITLE_WORD = 'quokkalith'
/** A word in the last record's abstract only: found means abstracts are indexed. */
export const LAST_ABSTRACT_WORD = 'zebrinovax'

export interface RecordFile {
  path: string
  count: number
  bytes: number
}

// Generated in slices, so 100,000 papers never sit in memory with their JSON beside them.
const SLICE = 10_000

/**
 * Writes `count` generated papers as one CSL-JSON file, what a user exports from another
 * manager: title, authors, abstract, journal, DOI and, on the papers the generator gives
 * notes, a `note`. The last record carries LAST_TITLE_WORD and LAST_ABSTRACT_WORD.
 */
export async function writeRecordFile(path: string, pool: CorpusPool, count: number): Promise<RecordFile> {
  const out = createWriteStream(path, 'utf8')
  let bytes = 0
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text)
    if (!out.write(text)) await once(out, 'drain')
  }
  await write('[\n')
  for (let start = 0; start < count; start += SLICE) {
    // each slice its own seed: the same file every run, never 100,000 papers in memory
    const size = Math.min(SLICE, count - start)
    const library = generateLibrary(pool, { count: size, seed: 20_240_601 + start, pdfShare: 0, fullTextShare: 0 })
    const notes = new Map(library.notes.map((note) => [note.paperId, note.markdown]))
    for (let index = 0; index < size; index++) {
      const paper = library.papers[index]
      if (!paper) continue
      const item = itemOf(paper.csl, paper.citationKey, notes.get(paper.id), start + index, count)
      await write(`${start + index === 0 ? '' : ',\n'}${JSON.stringify(item)}`)
    }
  }
  await write('\n]\n')
  out.end()
  await once(out, 'finish')
  return { path, count, bytes }
}

function itemOf(csl: CslItem, citationKey: string, note: string | undefined, index: number, count: number): CslItem {
  // keys and DOIs unique across slices (each slice's generator starts its ids at p000001)
  const id = `r${String(index + 1).padStart(6, '0')}`
  const item: CslItem = { ...csl, id, 'citation-key': `${citationKey}r${index + 1}`, DOI: csl.DOI ? `10.5555/axisref.${id}` : undefined }
  if (note) item.note = note
  if (index === count - 1) {
    item.title = `${item.title ?? 'A study'}: the ${LAST_TITLE_WORD} cohort`
    item.abstract = `${item.abstract ?? ''} The ${LAST_ABSTRACT_WORD} assay was used.`
  }
  return item
}
