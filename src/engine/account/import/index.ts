// The importer's public surface: `aws iam get-account-authorization-details` output → scenario.
export { importAuthorizationDetails, FALLBACK_ACCOUNT } from './import'
export { decodePolicyDocument } from './decode'
export type { DecodedDocument, DocumentEncoding } from './decode'
export type { ImportOptions, ImportProblem, ImportResult, ImportStats } from './types'
