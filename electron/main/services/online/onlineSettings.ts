import type { OnlineSettings, OnlineSettingsChange } from '../../../../shared/ipc/contract'
import type { MainSettings, SettingsStore } from '../settingsStore'
import { ONLINE_SERVICES, SERVICE_URL_VARIABLES, serviceBaseUrls, type OnlineService, type ServiceBaseUrls } from './serviceUrls'

type StoredOnline = NonNullable<MainSettings['onlineLookups']>
type Environment = Readonly<Record<string, string | undefined>>

/** What a lookup runs with, the API key included: main keeps it, the renderer never sees it. */
export interface OnlineConfiguration {
  enabled: boolean
  mailto?: string
  ncbiApiKey?: string
  baseUrls: ServiceBaseUrls
}

export interface OnlineSettingsService {
  /** The settings as Settings shows them: the API key only as "set". Errors: IO_ERROR (settings file), INVALID_INPUT (a bad address in an environment variable). */
  get(): Promise<OnlineSettings>
  /**
   * Merges a change: an empty mailto, key or address removes it (an address then comes from
   * its environment variable, or the default). Errors: INVALID_INPUT naming an address that
   * is not http(s); nothing is saved then.
   */
  set(change: OnlineSettingsChange): Promise<OnlineSettings>
  /** What the lookups use now. */
  configuration(): Promise<OnlineConfiguration>
}

/** Online lookups are on unless the user turned them off. */
export function createOnlineSettingsService(deps: { settings: SettingsStore; env: Environment }): OnlineSettingsService {
  const stored = async (): Promise<StoredOnline> => (await deps.settings.read()).onlineLookups ?? {}
  return {
    async get() {
      return shownSettings(await stored(), deps.env)
    },
    async set(change) {
      const next = mergedSettings(await stored(), change)
      // a bad address throws here, before anything is written
      serviceBaseUrls(deps.env, next.baseUrls)
      const saved = await deps.settings.update({ onlineLookups: next })
      return shownSettings(saved.onlineLookups ?? {}, deps.env)
    },
    async configuration() {
      return configurationOf(await stored(), deps.env)
    },
  }
}

export function configurationOf(online: StoredOnline, env: Environment): OnlineConfiguration {
  return {
    enabled: online.enabled ?? true,
    ...(online.crossrefMailto ? { mailto: online.crossrefMailto } : {}),
    ...(online.ncbiApiKey ? { ncbiApiKey: online.ncbiApiKey } : {}),
    baseUrls: serviceBaseUrls(env, online.baseUrls),
  }
}

function shownSettings(online: StoredOnline, env: Environment): OnlineSettings {
  const configuration = configurationOf(online, env)
  return {
    enabled: configuration.enabled,
    crossrefMailto: configuration.mailto ?? '',
    ncbiApiKeySet: configuration.ncbiApiKey !== undefined,
    baseUrls: { ...configuration.baseUrls },
    baseUrlsFromEnvironment: ONLINE_SERVICES.filter((service) => Boolean(env[SERVICE_URL_VARIABLES[service].variable]?.trim())),
  }
}

/** The stored settings after a change; an empty string removes what it names. */
export function mergedSettings(online: StoredOnline, change: OnlineSettingsChange): StoredOnline {
  const next: StoredOnline = { ...online }
  if (change.enabled !== undefined) next.enabled = change.enabled
  if (change.crossrefMailto !== undefined) setOrRemove(next, 'crossrefMailto', change.crossrefMailto.trim())
  if (change.ncbiApiKey !== undefined) setOrRemove(next, 'ncbiApiKey', change.ncbiApiKey.trim())
  if (change.baseUrls) next.baseUrls = mergedBaseUrls(online.baseUrls ?? {}, change.baseUrls)
  return next
}

function mergedBaseUrls(current: Partial<Record<OnlineService, string>>, change: Partial<Record<OnlineService, string>>): Partial<Record<OnlineService, string>> {
  const entries = ONLINE_SERVICES.flatMap((service): [OnlineService, string][] => {
    const value = change[service]?.trim() ?? current[service]
    return value ? [[service, value]] : []
  })
  return Object.fromEntries(entries)
}

function setOrRemove(target: StoredOnline, key: 'crossrefMailto' | 'ncbiApiKey', value: string): void {
  if (value !== '') target[key] = value
  else if (key === 'crossrefMailto') delete target.crossrefMailto
  else delete target.ncbiApiKey
}
