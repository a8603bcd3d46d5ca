// The account audit's public surface (re-exported by src/engine/index.ts).
export { auditScenario } from './registry'
export { sortFindings } from './order'
export { escalationPrincipalCount } from './escalation/principals'
export { AUDIT_CHECKS } from './checks'
export { applyFix } from './fixes'
export { checkExpectedFinding, checkExpectedFindings } from './expected'
export type { ExpectedFindingResult } from './expected'
export { findSecrets } from './secrets'
export type { SecretKind, SecretMatch } from './secrets'
export { FINDING_SEVERITIES } from './types'
export type {
  AuditOptions,
  CheckId,
  CheckInfo,
  Finding,
  FindingDetail,
  FindingEntity,
  FindingFix,
  FindingSeverity,
  FixKind,
  MessageParams,
  PathStep,
} from './types'
