// The engine's front door: everything the app, the worker and Node callers may use, and nothing else (deeper
// imports are lint errors outside src/engine). Pure TypeScript — no DOM, no Worker, no IndexedDB — so it runs the
// same in Node and in the worker. What it decides is written down in docs/semantics.md.

// ## Evaluation
// `evaluate` answers one request against the policies that take part (the contract in docs/semantics.md);
// `createEvaluator` compiles one principal's policies once for many requests. Results carry a trace (plain data).
export { createEvaluator, evaluate } from './evaluate/evaluate'
export type { EvaluationResult, PolicySet } from './evaluate/evaluate'
export type { EvaluationInput, PolicyDocument, PolicyInput, NamedPolicy } from './evaluate/input'
export { clearCompileCache } from './evaluate/compile'
export { EngineInputError, LIMITS } from './errors'
export type * from './trace/types'
export { evaluationFlow, FLOW_STEPS } from './trace/flow'
export type * from './trace/flow'
export { parseCaller } from './request/caller'
export type { Caller, CallerKind } from './request/caller'

// ## Policy grammar and matching
// Parsing with source positions, the grammar's fixed words, ARN and wildcard matching, condition operators.
export { parsePolicy } from './policy/parse'
export type { ParseOptions } from './policy/parse'
export { POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS, TOP_ELEMENTS } from './policy/elements'
export { forbidsPrincipal, requiresPrincipal } from './policy/kinds'
export type { PolicyKind } from './policy/kinds'
export type * from './policy/model'
export { parseArn } from './match/arn-fields'
export { resourceMatches } from './match/arn'
export type { Arn } from './match/arn-fields'
export { compileGlob } from './match/wildcard'
export { BASE_OPERATORS, parseOperator } from './conditions/operator'
export type { OperatorFamily } from './conditions/operator'
export { lineColumn } from './json/tree'

// ## Validation and the AWS catalog
// Access Analyzer-style checks (each diagnostic code links its AWS page), quick fixes, and the catalog of actions,
// resource types and condition keys, loaded a service at a time.
export { DIAGNOSTIC_DOCS } from './diagnostics'
export type { Diagnostic, DiagnosticCode, Severity, Span } from './diagnostics'
export { quickFixes, validatePolicy, validatePolicyWithCatalog } from './validate/index'
export type { QuickFix, QuotaKind, ValidateOptions } from './validate/index'
export { quoted, requestCatalogIssues, requestInputIssues, requestServices } from './account/request-checks'
export type { RequestField, RequestFields, RequestIssue } from './account/request-checks'
export { arnFitsFormat, actionResourceTypes, resourceTypeOfArn, typesOfArn } from './catalog/resource-types'
export { accountResourceArns } from './scenario/account-resources'
export {
  Catalog,
  GLOBAL_CONDITION_KEYS,
  conditionKeysOf,
  keyMatches,
  matchingActions,
  servicesIn,
  splitAction,
} from './catalog/index'
export type { ActionInfo, CatalogReader, CatalogSnapshot, ConditionKeyInfo, ResourceTypeInfo } from './catalog/index'

// ## Scenarios: the simulated account
// The format (model, parse with located issues, lookups, ARNs, quotas, the bundled AWS managed policies) and every
// change to it as a pure function (`scenario/edits`).
export type * from './scenario/model'
export {
  AWS_MANAGED_ACCOUNT,
  ENVIRONMENT_FIELDS,
  environmentFieldType,
  FULL_AWS_ACCESS_NAME,
  isAwsManagedCopy,
  RCP_FULL_AWS_ACCESS_NAME,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
} from './scenario/model'
export { formatIssue, migrateScenario, parseScenario, parseScenarioText } from './scenario/parse'
export { MAX_SCENARIO_TEXT } from './scenario/limits'
export type { ScenarioIssue, ScenarioParse } from './scenario/parse'
export { exampleScenario } from './scenario/example'
export {
  defaultVersion,
  findAwsManagedCopy,
  findGroup,
  findManagedPolicy,
  findResource,
  findRole,
  findUser,
  parsePrincipalText,
  principalRef,
} from './scenario/lookup'
export type { PrincipalRef, PrincipalSyntax, ResolvedPolicy, ResourceMatch } from './scenario/lookup'
export {
  awsManagedPolicies,
  awsManagedPoliciesLoaded,
  awsManagedSource,
  findAwsManagedPolicy,
  setAwsManagedPolicies,
} from './scenario/aws-managed'
export type {
  AwsManagedPolicy,
  AwsManagedPolicySummary,
  AwsManagedSource,
  AwsManagedTable,
} from './scenario/aws-managed'
export * from './scenario/quotas'
export * as arns from './scenario/arns'
export { accountOf, groupArn, policyArn, roleArn, userArn } from './scenario/arns'
export * from './scenario/edits/index'

// ## Asking the account
// `simulate` resolves a request against a scenario (principal, groups, boundary, SCPs/RCPs, resource policy,
// context) and evaluates it; STS sessions, who can do what, and the import of a real account.
export { simulate } from './account/simulate'
export { exclusionChoices, exclusionKey, exclusionText, policyKey, policyPhrase } from './account/exclude'
export type { ExclusionChoice, ExclusionChoices } from './account/exclude'
export { freshSessionFor } from './account/fresh-session'
export type {
  Exclusion,
  ExclusionText,
  LeftOut,
  PolicySource,
  PolicySourceKind,
  ResolvedPrincipal,
  SimulateOptions,
  SimulationRequest,
  SimulationResult,
  SimulationFailure,
  SimulationWarning,
  SourceEntity,
} from './account/simulate-types'
export { buildRequestContext, uniqueId } from './account/request-context'
export { policyText, resolveScenarioPrincipal } from './account/resolve'
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
export {
  acceptFederation,
  BUILT_IN_WEB_IDENTITY,
  federatedProviderOf,
  nameQualifier,
  SAML_SIGNIN_URL,
} from './account/federation'
export type { FederatedAction, FederationClaims } from './account/federation'
export { stsErrorOf } from './account/sts-validate'
export type { AssumeRoleErrorCode, StsErrorCode } from './account/sts-validate'
export { SESSION_POLICY_LIMITS, sessionPolicyProblems, sessionPolicyText } from './account/sts-session-policies'
export type { SessionPolicyErrorCode, SessionPolicyInput, SessionPolicyProblem } from './account/sts-session-policies'
export { whoCan } from './account/who-can'
export type { WhoCanEntry, WhoCanOptions, WhoCanQuery } from './account/who-can'
export { importAuthorizationDetails } from './account/import/index'
export type { ImportProblem, ImportResult } from './account/import/index'
// An engine that keeps scenarios between calls (the worker): versions sent once, whole or as what changed.
export * from './resident/index'
export {
  importCloudFormation,
  importTerraformJson,
  importTerraformHcl,
  importTerraformHclFiles,
} from './account/import-iac/index'
export type {
  IacImportOptions,
  IacImportResult,
  IacProblem,
  IacUnresolved,
  HclParse,
  HclParser,
} from './account/import-iac/index'

// ## Views of the account
// What would allow a denied request, the access matrix, the inheritance graph, credentials, activity, the audit's
// findings, and lessons.
export * from './remedy/index'
export * from './matrix/index'
export * from './impact/index'
export * from './graph/index'
export * from './credentials/index'
export * from './activity/index'
export * from './audit/index'
export * from './lesson/index'
export * from './aws-error/index'
export * from './aws-cli/index'

// ## Export
// The scenario (or one entity and what it needs) as Terraform, CloudFormation (YAML/JSON) or an AWS CLI script.
export * from './export/index'

// ## Messages
// What the engine says, as `{ key, params }`; `english()` words it for Node callers, and the app's catalogs include
// these English tables beside their Korean. The English fields of results (`message`, `label`, `reason`, …) are worded
// once the English is installed: in Node, importing this module installs it (below), so the Node API's results read
// as they always have; the worker and the page, which word the messages themselves, never load the templates (those
// fields hold the message's key there; `loadEnglish()` loads the templates where English is due).
export { english, ENGINE_EN, installEnglish } from './messages/english'
export { loadEnglish } from './messages/english-later'
export type { EngineMessageKey } from './messages/english'
export { fillTemplate, isMessage, message } from './messages/message'
export type { EngineMessage, MessageParam as EngineMessageParam } from './messages/message'
export { CREDENTIALS_EN } from './messages/credentials.en'
export { DIAGNOSTICS_EN } from './messages/diagnostics.en'
export { EDITS_EN } from './messages/edits.en'
export { FINDINGS_EN } from './messages/findings.en'
export { REMEDY_EN } from './messages/remedy.en'
export { REQUEST_EN } from './messages/request.en'
export { RULES_EN } from './messages/rules.en'
export { SOURCES_EN } from './messages/sources.en'
export { EXCLUSIONS_EN } from './messages/exclusions.en'
export { SCENARIO_EN } from './messages/scenario.en'
export { IMPORT_EN } from './messages/import.en'
export { IMPORT_IAC_EN } from './messages/import-iac.en'
export { LESSON_EN } from './messages/lesson.en'
export { AWS_ERROR_EN } from './messages/aws-error.en'
export { AWS_CLI_EN } from './messages/aws-cli.en'
export { STS_EN } from './messages/sts.en'
export { TRACE_EN } from './messages/trace.en'

// In Node (tests, the command line, benchmarks, any caller of the contract's evaluate()), the results carry their
// English fields without further ado. A dynamic import, so the app's bundles keep the templates in a chunk of their
// own that a browser never loads.
if ((globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node !== undefined)
  (await import('./messages/english')).installEnglish()
