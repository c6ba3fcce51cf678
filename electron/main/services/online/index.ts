export { createOnlineClient, nodeOnlineDeps, retryDelay, userAgent, type OnlineClient, type OnlineClientOptions, type OnlineDeps, type OnlineResponse } from './httpClient'
export { createRateLimiter, serviceRateLimits, timerSleep, type RateLimiter, type Sleep } from './rateLimiter'
export {
  batchIds,
  crossrefSearchRequest,
  crossrefWorkRequest,
  CSL_JSON,
  doiCslRequest,
  EFETCH_BATCH_SIZE,
  efetchPubmedRequest,
  encodeDoiForPath,
  idconvRequest,
  type NcbiIdentity,
  type OnlineRequest,
} from './requests'
export { ONLINE_SERVICES, SERVICE_NAMES, SERVICE_URL_VARIABLES, serviceBaseUrls, type OnlineService, type ServiceBaseUrls } from './serviceUrls'
export { createLookupService, type BibliographicQuery, type LookupService, type LookupServiceDeps } from './lookupService'
export { createOnlineSettingsService, type OnlineConfiguration, type OnlineSettingsService } from './onlineSettings'
