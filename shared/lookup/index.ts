/**
 * Pure parsers of scholarly registries' responses (Crossref, doi.org, PubMed, the PMC ID
 * converter) into the domain's CSL items. No network here: the lookup service fetches.
 */
export { cslTypeOfCrossref, jatsText, parseCrossrefWork, parseCrossrefWorkList, parseDoiCslJson, type AuthorIdentity, type CrossrefSearchHit, type CrossrefWork } from './crossref'
export { type ParseResult } from './failure'
export { nextRetraction, RETRACTION_STATUSES, type Retraction, type RetractionNotice, type RetractionStatus } from './retraction'
export { parsePubmedEfetch, pubmedRetraction, type PubmedArticle } from './pubmed'
export { studyTypeFromPublicationTypes } from './studyType'
export { parseIdconv, type IdconvRecord } from './idconv'
export { comparableTitle, titlesMatch } from './titleMatch'
export { bibliographicCandidateSchema, lookupOutcomeSchema, lookupRecordSchema, type BibliographicCandidate, type LookupOutcome, type LookupRecord } from './record'
