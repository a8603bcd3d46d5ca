// The engine's front door (docs/semantics.md says what it decides): pure TypeScript, no DOM, no Worker, no IndexedDB.
export { createEvaluator, evaluate } from './evaluate/evaluate'
export type { EvaluationResult, PolicySet } from './evaluate/evaluate'
export type { EvaluationInput, PolicyDocument, PolicyInput, NamedPolicy } from './evaluate/input'
export { EngineInputError, LIMITS } from './errors'
export { DIAGNOSTIC_DOCS } from './diagnostics'
export type { Diagnostic, DiagnosticCode, Severity, Span } from './diagnostics'
export { parsePolicy } from './policy/parse'
export type { ParseOptions } from './policy/parse'
export { POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS, TOP_ELEMENTS } from './policy/elements'
export type { PolicyKind } from './policy/kinds'
export type * from './policy/model'
export type * from './trace/types'
export { evaluationFlow, FLOW_STEPS } from './trace/flow'
export type * from './trace/flow'
export { clearCompileCache } from './evaluate/compile'
export { parseCaller } from './request/caller'
export type { Caller, CallerKind } from './request/caller'
export { parseArn, resourceMatches } from './match/arn'
export type { Arn } from './match/arn'
export { lineColumn } from './json/tree'
export { quickFixes, validatePolicy, validatePolicyWithCatalog } from './validate/index'
export type { QuickFix, QuotaKind, ValidateOptions } from './validate/index'
export {
  Catalog,
  GLOBAL_CONDITION_KEYS,
  conditionKeysOf,
  matchingActions,
  servicesIn,
  splitAction,
} from './catalog/index'
export type { ActionInfo, CatalogReader, CatalogSnapshot, ConditionKeyInfo, ResourceTypeInfo } from './catalog/index'
export { simulate } from './account/simulate'
export type {
  PolicySource,
  PolicySourceKind,
  ResolvedPrincipal,
  SimulateOptions,
  SimulationRequest,
  SimulationResult,
  SimulationWarning,
  SourceEntity,
} from './account/simulate-types'
export { buildRequestContext, uniqueId } from './account/request-context'
export { resolveScenarioPrincipal } from './account/resolve'
export { resolveResourceIn } from './account/resolve-resource'
export type { ResolvedResource } from './account/resolve-resource'
export { FULL_AWS_ACCESS, RCP_FULL_AWS_ACCESS, RCP_SERVICES } from './account/resolve-org'
export { assumeRole, serviceSession } from './account/sts'
export type {
  AssumeRoleAction,
  AssumeRoleRequest,
  AssumeRoleResult,
  FailedAssumeRole,
  IssuedSession,
  ServiceSessionResult,
} from './account/sts'
export type { AssumeRoleErrorCode } from './account/sts-validate'
export { whoCan } from './account/who-can'
export * from './remedy/index'
export type { WhoCanEntry, WhoCanOptions, WhoCanQuery } from './account/who-can'
export { formatIssue, migrateScenario, parseScenario, parseScenarioText, SCENARIO_FORMAT } from './scenario/parse'
export type { ScenarioIssue, ScenarioParse } from './scenario/parse'
export { exampleScenario } from './scenario/example'
export {
  defaultVersion,
  findGroup,
  findManagedPolicy,
  findResource,
  findRole,
  findUser,
  parsePrincipalText,
  principalRef,
} from './scenario/lookup'
export type { PrincipalRef, PrincipalSyntax, ResolvedPolicy, ResourceMatch } from './scenario/lookup'
export { awsManagedPolicies, awsManagedSource, findAwsManagedPolicy } from './scenario/aws-managed'
export type { AwsManagedPolicy, AwsManagedPolicySummary, AwsManagedSource } from './scenario/aws-managed'
export type * from './scenario/model'
export { SCENARIO_VERSION } from './scenario/model'
export * from './scenario/quotas'
export * as arns from './scenario/arns'
export { importAuthorizationDetails } from './account/import/index'
export type { ImportResult } from './account/import/index'
export { policyText } from './account/resolve'
export { AWS_MANAGED_ACCOUNT, isAwsManagedCopy } from './scenario/model'
export { findAwsManagedCopy } from './scenario/lookup'
export * from './scenario/edits/index'
export * from './activity/index'
export * from './matrix/index'
export * from './credentials/index'
export * from './graph/index'
export * from './audit/index'
export * from './lesson/index'
export { english, ENGINE_EN } from './messages/english'
export type { EngineMessageKey } from './messages/english'
export { fillTemplate, message } from './messages/message'
export type { EngineMessage, MessageParam as EngineMessageParam } from './messages/message'
