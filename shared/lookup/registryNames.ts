import type { LookupSource } from '../domain/registry'

/** Each registry as the user knows it, for outcomes and the details pane ("PubMed says: …"). */
export const REGISTRY_NAMES: Readonly<Record<LookupSource, string>> = {
  pubmed: 'PubMed',
  crossref: 'Crossref',
  'doi.org': 'doi.org',
  idconv: 'the PMC ID converter',
}
