// Share links: the payload codec, its check, the URL sync, anonymisation and the secrets scan.
export { decodeShare, encodeLegacyShare, encodeShare, MAX_FRAGMENT, MAX_INFLATED, type DecodedShare } from './codec'
export { checkSharedState, SHARE_VERSION, type SharedCheck, type SharedState } from './schema'
export { anonymiseShared } from './anonymise'
export { scanSecrets, type SecretFinding } from './secrets'
export {
  applySharedState,
  CATALOG_VERSION,
  ENGINE_VERSION,
  readShareFromLocation,
  restoreSharedView,
  shareOf,
  toSharedState,
  type ShareSource,
} from './state'
export { startUrlSync, type UrlSyncOptions } from './url-sync.svelte'
export { LONG_LINK, pageBase, shareTexts, type ShareTexts } from './links'
