export { RetractionBadge, RetractionNotice } from './RetractionBadge'
export { noticeUrl, retractionCheckMessage, retractionLabel } from './notice'
export { useRetractionCheck } from './useRetractionCheck'
