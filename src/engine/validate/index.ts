// The policy validator's public surface.
export { quickFixes } from './quick-fixes'
export type { QuickFix } from './quick-fixes'
export { minifiedLength, nonWhitespaceLength, quotaOf } from './quotas'
export type { QuotaKind } from './quotas'
export { validatePolicy, validatePolicyWithCatalog } from './validate'
export type { ValidateOptions } from './validate'
