import { cleanDoi } from '../formats/text'
import { arrayOf, jsonBody, objectOf, parsed, parseFailure, stringOf, type ParseResult } from './failure'

/** One id the PMC ID converter was asked about, with the ids it knows for that article. */
export interface IdconvRecord {
  /** The id as asked, when the converter echoes it (`requested-id`). */
  requested?: string
  pmid?: string
  pmcid?: string
  doi?: string
  /** Why the converter knows nothing for this id ("invalid article id"). */
  error?: string
}

/** Parses a PMC ID converter JSON body (`…/idconv/v1.0/?ids=…&format=json`). */
export function parseIdconv(body: unknown): ParseResult<IdconvRecord[]> {
  const json = jsonBody(body, 'PMC ID converter')
  if (!json.ok) return json
  const answer = objectOf(json.value)
  if (!answer) return parseFailure('INVALID_INPUT', 'PMC ID converter: the response is not a JSON object.')
  if (answer.status === 'error') return parseFailure('INVALID_INPUT', `PMC ID converter refused the request: ${decoded(stringOf(answer.message) ?? 'no reason given')}.`)
  if (answer.status !== 'ok' || !Array.isArray(answer.records)) return parseFailure('INVALID_INPUT', 'PMC ID converter: the response has no "records" list, so it is not an ID converter answer.')
  return parsed(arrayOf(answer.records).map((raw) => idconvRecord(objectOf(raw) ?? {})))
}

function idconvRecord(raw: Record<string, unknown>): IdconvRecord {
  const requested = stringOf(raw['requested-id'])
  const pmid = stringOf(raw.pmid)
  const pmcid = stringOf(raw.pmcid)
  const doi = cleanDoi(stringOf(raw.doi))
  const error = raw.status === 'error' ? (stringOf(raw.errmsg) ?? 'the converter knows no article for this id') : undefined
  return { ...(requested ? { requested } : {}), ...(pmid ? { pmid } : {}), ...(pmcid ? { pmcid } : {}), ...(doi ? { doi } : {}), ...(error ? { error } : {}) }
}

// The converter percent-encodes its error messages ("ID%20type%20%27doi%27%20mismatch").
function decoded(message: string): string {
  try {
    return decodeURIComponent(message)
  } catch (error) {
    // A stray "%" is not an encoding: show the message as the converter sent it.
    if (error instanceof URIError) return message
    throw error
  }
}
