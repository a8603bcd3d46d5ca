// The impact of a change: what an edit did to who may do what (gains and losses), decided by the access matrix.
export { accessDiff, accessDiffPlan, accessDiffStep } from './diff'
export { sortAccessChanges } from './sort'
export type { AccessChange, AccessDiffOptions, AccessDiffPlan, AccessDiffResult, AccessDiffStep } from './diff'
export { IMPACT_LIMITS, impactActions, impactCatalogServices, impactPrincipals, standInAction } from './cells'
export type { ImpactGroup, ImpactPrincipal } from './cells'
