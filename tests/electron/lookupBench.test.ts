import { describe, expect, it } from 'vitest'
import { efetchAnswer, recordedPubmedArticles } from '../../bench/lookup/efetchServer'
import { parsePubmedEfetch } from '../../shared/lookup'
import { ONLINE_CORPUS_DIR } from '../support/replayServer'
import { xmlText } from './services/online/lookupHarness'

describe('the lookup bench\'s efetch answers', () => {
  it('are the recorded PubMed records, renumbered to the ids asked and nothing else changed', () => {
    const articles = recordedPubmedArticles(ONLINE_CORPUS_DIR)
    expect(articles.length).toBeGreaterThanOrEqual(28)
    const ids = Array.from({ length: articles.length + 2 }, (_, index) => String(30_000_001 + index))
    const parsed = parsePubmedEfetch(efetchAnswer(articles, ids))
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.value.map((article) => article.pmid)).toEqual(ids)
    expect(parsed.value.at(-1)?.item.title).toBe(parsed.value[1]?.item.title)
    expect(parsed.value[0]?.journalTitle).toBe(xmlText(articles[0] ?? '', 'Title'))
  })
})
