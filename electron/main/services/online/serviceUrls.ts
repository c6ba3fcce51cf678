import { AppError } from '../../../../shared/ipc/result'

/** The registries AxisRef asks for metadata. */
export type OnlineService = 'crossref' | 'doi' | 'eutils' | 'idconv'
export const ONLINE_SERVICES: readonly OnlineService[] = ['crossref', 'doi', 'eutils', 'idconv']

/** How each service is named in messages the user reads. */
export const SERVICE_NAMES: Readonly<Record<OnlineService, string>> = {
  crossref: 'Crossref',
  doi: 'doi.org',
  eutils: 'PubMed (NCBI E-utilities)',
  idconv: 'the PMC ID converter (NCBI)',
}

/**
 * Where each service lives, and the environment variable that moves it (tests point them
 * all at a replay server on 127.0.0.1; a proxy or mirror can be used the same way).
 */
export const SERVICE_URL_VARIABLES: Readonly<Record<OnlineService, { variable: string; default: string }>> = {
  crossref: { variable: 'AXISREF_CROSSREF_URL', default: 'https://api.crossref.org' },
  doi: { variable: 'AXISREF_DOI_URL', default: 'https://doi.org' },
  eutils: { variable: 'AXISREF_EUTILS_URL', default: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils' },
  idconv: { variable: 'AXISREF_IDCONV_URL', default: 'https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0' },
}

export type ServiceBaseUrls = Readonly<Record<OnlineService, string>>

/**
 * The base URL of each service: a setting wins over the environment variable, which wins
 * over the default. A trailing slash is dropped so request builders can append paths.
 * Throws INVALID_INPUT naming the variable when a value is not an http(s) address.
 */
export function serviceBaseUrls(env: Readonly<Record<string, string | undefined>>, settings: Partial<Record<OnlineService, string>> = {}): ServiceBaseUrls {
  const urls: Record<OnlineService, string> = { ...defaultBaseUrls() }
  for (const service of ONLINE_SERVICES) {
    const { variable } = SERVICE_URL_VARIABLES[service]
    const chosen = settings[service]?.trim() || env[variable]?.trim()
    if (chosen) urls[service] = checkedBaseUrl(chosen, settings[service]?.trim() ? `The ${SERVICE_NAMES[service]} address in the settings` : variable)
  }
  return urls
}

function defaultBaseUrls(): Record<OnlineService, string> {
  return {
    crossref: SERVICE_URL_VARIABLES.crossref.default,
    doi: SERVICE_URL_VARIABLES.doi.default,
    eutils: SERVICE_URL_VARIABLES.eutils.default,
    idconv: SERVICE_URL_VARIABLES.idconv.default,
  }
}

function checkedBaseUrl(value: string, source: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new AppError('INVALID_INPUT', `${source} is "${value}", which is not a web address; set it to an http(s) address such as the default, or unset it.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('INVALID_INPUT', `${source} is "${value}"; only http and https addresses can be used.`)
  }
  return value.replace(/\/+$/, '')
}
