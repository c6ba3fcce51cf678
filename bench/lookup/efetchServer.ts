import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

/**
 * A stand-in for PubMed's efetch on 127.0.0.1 that answers ANY ids. The recorded responses
 * hold 28 PubMed records, not 500, so each answer is built from them: the records of every
 * recorded `efetch_pubmed_*.xml`, taken in turn for the ids asked, with the record's own PMID
 * (MedlineCitation's first <PMID> and PubmedData's <ArticleId IdType="pubmed">) replaced by the
 * id asked, and its DOI made the paper's own (`.<id>` appended), so that 500 ids are 500
 * papers and not 28 linked again and again. Everything else (titles, authors, MeSH,
 * publication types) is PubMed's, as recorded.
 */
export interface EfetchServer {
  /** The E-utilities base URL (`…/entrez/eutils`). */
  eutils: string
  /** efetch requests answered so far. */
  requests: number
  close(): Promise<void>
}

const HEAD = '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n'

/** Every recorded PubMed record, as its XML text. */
export function recordedPubmedArticles(onlineDir: string): string[] {
  const folder = join(onlineDir, 'eutils')
  return readdirSync(folder)
    .filter((name) => /^efetch_pubmed_.*\.xml$/.test(name))
    .sort()
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').match(/<PubmedArticle>[\s\S]*?<\/PubmedArticle>/g) ?? [])
}

/** One efetch answer for `ids`, the recorded records in turn, each renumbered. */
export function efetchAnswer(articles: readonly string[], ids: readonly string[]): string {
  const records = ids.map((id, index) =>
    (articles[index % articles.length] ?? '')
      .replace(/<PMID Version="(\d+)">\d+<\/PMID>/, `<PMID Version="$1">${id}</PMID>`)
      .replace(/<ArticleId IdType="pubmed">\d+<\/ArticleId>/, `<ArticleId IdType="pubmed">${id}</ArticleId>`)
      .replace(/(<ArticleId IdType="doi">|<ELocationID EIdType="doi"[^>]*>)([^<]+)</g, `$1$2.${id}<`),
  )
  return `${HEAD}${records.join('\n')}\n</PubmedArticleSet>\n`
}

export async function startEfetchServer(onlineDir: string): Promise<EfetchServer> {
  const articles = recordedPubmedArticles(onlineDir)
  if (articles.length === 0) throw new Error(`No recorded PubMed records in ${join(onlineDir, 'eutils')}; set AXISREF_CORPUS to the shared corpus.`)
  const state = { requests: 0 }
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const ids = url.searchParams.get('id')?.split(',') ?? []
    if (!url.pathname.endsWith('/efetch.fcgi') || ids.length === 0) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Resource not found.')
      return
    }
    state.requests += 1
    response.writeHead(200, { 'content-type': 'text/xml; charset=UTF-8' }).end(efetchAnswer(articles, ids))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    eutils: `http://127.0.0.1:${portOf(server.address())}/entrez/eutils`,
    get requests() {
      return state.requests
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') throw new Error(`The efetch bench server is not listening on a TCP port (${String(address)}).`)
  return address.port
}
