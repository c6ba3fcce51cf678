import { parsePubmedEfetch, type PubmedArticle } from '../../shared/lookup'

/** What this helper uses of Node's fs: the renderer project's types have no Node, vitest runs it in Node. */
interface NodeFileApi {
  readFileSync(path: string, encoding: 'utf8'): string
  existsSync(path: string): boolean
  readdirSync(path: string): string[]
}

const NODE_FS = 'node:fs'
const fs: NodeFileApi = await import(/* @vite-ignore */ NODE_FS)
const override: unknown = import.meta.env.AXISREF_CORPUS

/** The shared test corpus (AXISREF_CORPUS overrides `<repo>/../shared/corpus`), read by path. */
const CORPUS = typeof override === 'string' && override ? override.replace(/\/?$/, '/') : `${decodeURIComponent(new URL(import.meta.url).pathname).replace(/tests\/renderer\/[^/]*$/, '')}../shared/corpus/`

/** False when the recorded registry answers are absent: suites that need them skip. */
export const HAS_ONLINE = fs.existsSync(`${CORPUS}online/eutils`)

/** The article of one recorded efetch answer (`online/eutils/efetch_pubmed_<pmid>.xml`), parsed as a lookup parses it. */
export function pubmedArticle(pmid: string): PubmedArticle {
  const parsed = parsePubmedEfetch(fs.readFileSync(`${CORPUS}online/eutils/efetch_pubmed_${pmid}.xml`, 'utf8'))
  if (!parsed.ok) throw new Error(`efetch_pubmed_${pmid}.xml: ${parsed.error.message}`)
  const article = parsed.value[0]
  if (!article) throw new Error(`efetch_pubmed_${pmid}.xml holds no article.`)
  return article
}

/** Every recorded efetch answer of PubMed records (`online/eutils/efetch_pubmed_*.xml`), as the files a user drops. */
export function pubmedEfetchFiles(): File[] {
  const folder = `${CORPUS}online/eutils/`
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith('efetch_pubmed_'))
    .map((name) => new File([fs.readFileSync(`${folder}${name}`, 'utf8')], name))
}

/** A recorded Crossref `works/<doi>` answer (`online/crossref/works_<name>.json`), as JSON. */
export function crossrefWorkBody(name: string): unknown {
  return JSON.parse(fs.readFileSync(`${CORPUS}online/crossref/works_${name}.json`, 'utf8'))
}
