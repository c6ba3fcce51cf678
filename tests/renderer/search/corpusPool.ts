import { importBibliography } from '../../../shared/formats'
import type { CorpusPool } from '../../../bench/fixtures/pool'

/** What this helper uses of Node's fs: the renderer project's types have no Node, vitest runs it in Node. */
interface NodeFileApi {
  readFileSync(path: string, encoding: 'utf8'): string
  readdirSync(path: string): string[]
}

const NODE_FS = 'node:fs'
const fs: NodeFileApi = await import(/* @vite-ignore */ NODE_FS)
const override: unknown = import.meta.env.AXISREF_CORPUS
const CORPUS = typeof override === 'string' && override ? override.replace(/\/?$/, '/') : `${decodeURIComponent(new URL(import.meta.url).pathname).replace(/tests\/renderer\/search\/[^/]*$/, '')}../shared/corpus/`

const FILES = ['bibtex/jabref/testbib/testjabref.bib', 'bibtex/biblatex/biblatex-examples.bib']
const PUBMED = 'pubmed/zotero-translators'

/**
 * Real titles, abstract sentences, names and journals from the shared corpus (fewer files
 * than the bench's loadCorpusPool, which needs Node's types), for generated libraries whose
 * text has the accents, Greek letters and hyphens of real records.
 */
export function corpusPool(): CorpusPool {
  const files = [...FILES, ...fs.readdirSync(`${CORPUS}${PUBMED}`).filter((name) => /\.(nbib|txt)$/.test(name)).map((name) => `${PUBMED}/${name}`)]
  const pool: CorpusPool = { titles: [], sentences: [], familyNames: [], journals: [] }
  for (const file of files) {
    for (const { item } of importBibliography(fs.readFileSync(`${CORPUS}${file}`, 'utf8')).entries) {
      if (item.title) pool.titles.push(item.title)
      pool.sentences.push(...(item.abstract ?? '').split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length >= 40))
      for (const author of item.author ?? []) if (author.family) pool.familyNames.push(author.family)
      if (item['container-title']) pool.journals.push(item['container-title'])
    }
  }
  if (pool.sentences.length < 50) throw new Error(`The corpus at ${CORPUS} gave only ${pool.sentences.length} abstract sentences: set AXISREF_CORPUS to the shared corpus folder.`)
  return pool
}
