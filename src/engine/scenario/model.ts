// The scenario format: a simulated AWS account (or organization) as one versioned JSON document.
// Documented in scenarios/README.md and described by scenarios/scenario.schema.json.
import type { PolicyDocument } from '../evaluate/input'
import type { ActivityEvent } from './activity'

/** The value of `format` in every scenario. */
export const SCENARIO_FORMAT = 'iam-playground/scenario'

/** The current version of the scenario format; older documents are migrated on load. */
export const SCENARIO_VERSION = 1

/** Text shown to people, in English and optionally Korean. A plain string is English. */
export type LocalizedText = string | { en: string; ko?: string }

/** A policy document as an object, or as its JSON text (text keeps source positions for the editor). */
export type PolicyBody = PolicyDocument | string

/** An inline policy embedded in a user, group or role. */
export interface InlinePolicy {
  name: string
  document: PolicyBody
}

/** Tags as key → value. */
export type Tags = Record<string, string>

/** One simulated scenario: accounts, organization, identities, policies, resources and saved requests. */
export interface Scenario {
  /** Always `iam-playground/scenario`. */
  format: 'iam-playground/scenario'
  /** The format version ({@link SCENARIO_VERSION}). */
  version: number
  /** Stable id (file name in `scenarios/`). */
  id?: string
  title: LocalizedText
  description?: LocalizedText
  /** Free-form labels for the gallery (`conditions`, `sts`, ...). */
  tags?: string[]
  /** At least one account; the first is the default for entities that name none. */
  accounts: Account[]
  organization?: Organization
  users?: User[]
  groups?: Group[]
  roles?: Role[]
  /**
   * Customer managed policies, and copies of AWS managed policies (`account: 'aws'`). AWS managed policies are
   * referenced by ARN or name: a copy here wins over the bundled set, which holds the rest.
   */
  policies?: ManagedPolicy[]
  resources?: Resource[]
  /** SAML and OIDC identity providers: whose tokens `AssumeRoleWithSAML` / `AssumeRoleWithWebIdentity` accept. */
  identityProviders?: IdentityProvider[]
  /** Role sessions that exist (created by an earlier `AssumeRole`). */
  sessions?: Session[]
  /** The default request environment (time, source IP, region, MFA, TLS). */
  environment?: Environment
  /** Saved requests with expected decisions: a scenario is also a test suite. */
  requests?: SavedRequest[]
  /** Audit findings the scenario must (or must not) get: a scenario is also a test of the Findings view. */
  expectFindings?: ExpectedFinding[]
  /** The activity log: CloudTrail-shaped records of the requests run, oldest first (append-only, capped). */
  activity?: ActivityEvent[]
}

/** An AWS account. */
export interface Account {
  /** 12 digits. (`aws`, the owner of AWS managed policies, is not an account of the scenario.) */
  id: string
  alias?: string
  passwordPolicy?: PasswordPolicy
  root?: RootState
}

/** The account password policy (IAM `UpdateAccountPasswordPolicy`). */
export interface PasswordPolicy {
  minimumLength?: number
  requireUppercase?: boolean
  requireLowercase?: boolean
  requireNumbers?: boolean
  requireSymbols?: boolean
  /** Days; 0 or absent: never expires. */
  maxAgeDays?: number
  /** How many previous passwords cannot be reused. */
  reusePrevention?: number
  allowUsersToChange?: boolean
  hardExpiry?: boolean
}

/** The root user's credentials. */
export interface RootState {
  /** The root user has MFA (also true when `mfaDevices` lists one). */
  mfa?: boolean
  /** The root user's MFA devices (a virtual one is `arn:aws:iam::ACCOUNT:mfa/root-account-mfa-device`). */
  mfaDevices?: MfaDevice[]
  accessKeys?: AccessKey[]
  /** When the account, and so its root user, was created (the credential report's `user_creation_time`). */
  createdAt?: string
}

/** The organization: a tree of OUs with accounts, and the SCPs and RCPs attached at each node. */
export interface Organization {
  /** `o-` followed by 10–32 lowercase letters or digits. */
  id: string
  /** The management account (SCPs do not limit it). */
  managementAccount: string
  /** SCP and RCP documents, referenced by name from the nodes. */
  policies?: OrganizationPolicy[]
  root: OrgNode
  /** SCPs and RCPs attached directly to member accounts; an account without an entry has `FullAWSAccess` only. */
  accountPolicies?: AccountPolicies[]
}

/** The SCPs and RCPs attached directly to one account of the organization. */
export interface AccountPolicies {
  /** The account's 12-digit ID; it is in the organization's tree. */
  account: string
  /** Names of SCPs attached to the account (absent: `FullAWSAccess`, which AWS attaches by default). */
  scps?: string[]
  /** Names of RCPs attached to the account (`RCPFullAWSAccess` is implied). */
  rcps?: string[]
}

/** An SCP or RCP. */
export interface OrganizationPolicy {
  name: string
  type: 'scp' | 'rcp'
  document: PolicyBody
}

/** The root or an OU. */
export interface OrgNode {
  /** `r-xxxx` for the root, `ou-xxxx-yyyyyyyy` for OUs. */
  id: string
  name: string
  /** Names of SCPs attached here (`FullAWSAccess` is built in). */
  scps?: string[]
  /** Names of RCPs attached here (`RCPFullAWSAccess` is implied everywhere). */
  rcps?: string[]
  /** Accounts directly in this node. */
  accounts?: string[]
  children?: OrgNode[]
}

/** The SCP that AWS attaches everywhere by default; nodes name it without an entry in `organization.policies`. */
export const FULL_AWS_ACCESS_NAME = 'FullAWSAccess'

/** The RCP that AWS keeps attached everywhere; it can be neither attached nor detached. */
export const RCP_FULL_AWS_ACCESS_NAME = 'RCPFullAWSAccess'

/** An IAM user. */
export interface User {
  name: string
  /** Account ID; default: the first account. */
  account?: string
  /** Default `/`. */
  path?: string
  /** The unique ID (`AIDA…`); generated from the name when absent. */
  id?: string
  /** Group names (at most 10). */
  groups?: string[]
  inlinePolicies?: InlinePolicy[]
  /** ARNs or names of managed policies (customer or AWS managed). */
  managedPolicies?: string[]
  /** ARN or name of the managed policy used as permissions boundary. */
  permissionsBoundary?: string
  tags?: Tags
  createdAt?: string
  password?: Password
  mfaDevices?: MfaDevice[]
  accessKeys?: AccessKey[]
}

/** A console password's state (never the password itself). */
export interface Password {
  lastChanged?: string
  lastUsed?: string
  /** The user must set a new password at next sign-in. */
  resetRequired?: boolean
  /**
   * SHA-256 hex fingerprints of the passwords set so far, newest (the current one) first, at most 24: what password
   * reuse prevention compares with. Never the passwords themselves.
   */
  history?: string[]
}

/** A virtual or hardware MFA device. */
export interface MfaDevice {
  serial: string
  type: 'virtual' | 'hardware'
  enabledAt?: string
}

/** An access key's metadata (never the secret). */
export interface AccessKey {
  /** `AKIA…` */
  id: string
  created: string
  status: 'Active' | 'Inactive'
  lastUsed?: string
  lastUsedService?: string
  lastUsedRegion?: string
}

/** An IAM group: it holds users only (IAM has no nested groups). */
export interface Group {
  name: string
  account?: string
  path?: string
  id?: string
  inlinePolicies?: InlinePolicy[]
  managedPolicies?: string[]
}

/** An IAM role. */
export interface Role {
  name: string
  account?: string
  /** Default `/`; `/aws-service-role/…` marks a service-linked role. */
  path?: string
  id?: string
  description?: string
  /** Who may assume the role. */
  trustPolicy: PolicyBody
  inlinePolicies?: InlinePolicy[]
  managedPolicies?: string[]
  permissionsBoundary?: string
  /** Seconds, 3600–43200; default 3600. */
  maxSessionDuration?: number
  tags?: Tags
  /** Instance profiles that contain this role. */
  instanceProfiles?: string[]
}

/**
 * A customer managed policy with its versions (exactly one default), or, with `account: 'aws'`, a copy of an AWS
 * managed policy (`arn:aws:iam::aws:policy/PATH/NAME`): any account's entities can attach it, and it is used instead
 * of the bundled document of that ARN (an imported account keeps its own copies, including ones outside the bundle).
 */
export interface ManagedPolicy {
  name: string
  /**
   * The owning account: 12 digits, one of `accounts` (default: the first account); or `aws` for a copy of an AWS
   * managed policy.
   */
  account?: string
  path?: string
  description?: string
  versions: PolicyVersion[]
}

/** The `account` of a {@link ManagedPolicy} that is a copy of an AWS managed policy. */
export const AWS_MANAGED_ACCOUNT = 'aws'

/** True for a managed policy entry that copies an AWS managed policy (`account: 'aws'`). */
export function isAwsManagedCopy(policy: { account?: string | undefined }): boolean {
  return policy.account === AWS_MANAGED_ACCOUNT
}

/** One version of a managed policy. */
export interface PolicyVersion {
  /** `v1`, `v2`, … */
  id: string
  document: PolicyBody
  isDefault?: boolean
  createdAt?: string
}

/** A resource, with its resource-based policy and tags. */
export interface Resource {
  arn: string
  /** The account that owns it; default: from the ARN, else the first account (S3 ARNs carry none). */
  account?: string
  /** Display name; default: from the ARN. */
  name?: string
  /** Bucket policy, key policy, queue/topic/function/secret/table policy. */
  policy?: PolicyBody
  tags?: Tags
  /** EC2 instances: the instance profile (whose role the instance's code runs as). */
  instanceProfile?: string
  /**
   * The role the resource runs as (name or ARN, in the resource's account): a Lambda function's execution role, a
   * Glue development endpoint's role, a CloudFormation stack's service role, a SageMaker notebook instance's
   * execution role, a CodeBuild project's service role (see ./runs-as.ts).
   */
  executionRole?: string
}

/**
 * An IAM identity provider (IAM `CreateSAMLProvider` / `CreateOpenIDConnectProvider`). A SAML provider is named
 * (`arn:aws:iam::ACCOUNT:saml-provider/NAME`); an OIDC provider is known by its issuer URL without `https://`
 * (`arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH`), and accepts tokens whose `aud` is one of its client IDs.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers.html
 */
export interface IdentityProvider {
  type: 'saml' | 'oidc'
  /** Account ID; default: the first account. */
  account?: string
  /** SAML: the provider's name (1–128 letters, digits or `._-`). */
  name?: string
  /** SAML: the IdP's entity ID (the assertion's issuer, `SAML:iss`). */
  entityId?: string
  /** SAML: the metadata document (XML), kept as text. */
  metadata?: string
  /** OIDC: the issuer, host and optional path, without `https://` (`token.actions.githubusercontent.com`). */
  url?: string
  /** OIDC: the audiences (`aud`) the provider accepts; at least one. */
  clientIds?: string[]
  /** OIDC: SHA-1 thumbprints (40 hex digits) of the issuer's certificate. */
  thumbprints?: string[]
  tags?: Tags
}

/** A live role session. */
export interface Session {
  /** The role (name or ARN). */
  role: string
  sessionName: string
  /** Who assumed it: an ARN, a service principal, or an identity provider. */
  sourcePrincipal?: string
  /** When it was issued (ISO 8601). */
  issuedAt: string
  /** Seconds; default 3600. */
  durationSeconds?: number
  tags?: Tags
  /** Session tags that pass on through role chaining. */
  transitiveTagKeys?: string[]
  sourceIdentity?: string
  /** Session policies passed to `AssumeRole`. */
  policies?: PolicyBody[]
  /** ARNs of managed session policies. */
  policyArns?: string[]
  /** Whether MFA was used to get the session (and carried from the caller). */
  mfa?: boolean
  /** Created by role chaining (a session assuming another role). */
  chained?: boolean
}

/** What the request environment says about a request: the clock, the network and how the caller signed in. */
export interface Environment {
  /** ISO 8601; default: now. */
  time?: string
  sourceIp?: string
  /** `aws:RequestedRegion`. */
  region?: string
  /** The caller signed in with MFA. */
  mfa?: boolean
  /** Seconds since the MFA sign-in. */
  mfaAge?: number
  /** HTTPS. */
  secureTransport?: boolean
  userAgent?: string
  /** `aws:SourceVpc`, `aws:SourceVpce` and other network keys. */
  vpc?: string
}

/** Each field of {@link Environment} and its JSON type: what a request environment may hold, for checking input. */
export const ENVIRONMENT_FIELDS: Readonly<Record<keyof Environment, 'string' | 'boolean' | 'number'>> = {
  time: 'string',
  sourceIp: 'string',
  region: 'string',
  mfa: 'boolean',
  mfaAge: 'number',
  secureTransport: 'boolean',
  userAgent: 'string',
  vpc: 'string',
}

/** The JSON type of an environment field, or undefined for a name that is not one (`__proto__` included). */
export function environmentFieldType(key: string): 'string' | 'boolean' | 'number' | undefined {
  return Object.hasOwn(ENVIRONMENT_FIELDS, key) ? ENVIRONMENT_FIELDS[key as keyof Environment] : undefined
}

/** The decision a saved request expects. */
export type ExpectedDecision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny'

/** A saved request, optionally with the decision it must get. */
export interface SavedRequest {
  id?: string
  title?: LocalizedText
  /** ARN of a user, role, session or root, a service principal, `anonymous`, or a short reference (`user/alice`, `role/Admin`). */
  principal: string
  action: string
  /** ARN, or `*` for actions without resources. */
  resource: string
  /** Overrides of the scenario environment for this request. */
  environment?: Environment
  /** Extra or overriding context keys. */
  context?: Record<string, string | string[]>
  expect?: ExpectedDecision
}

/**
 * An audit finding a scenario expects (`auditScenario`): a finding of `check` about `principal`, with a detail for
 * each of `techniques` (the detail keys: for `privilege-escalation`, the ids of the escalation techniques); with
 * `absent`, no such finding (with `techniques`, no detail with any of them).
 */
export interface ExpectedFinding {
  title?: LocalizedText
  /**
   * The audit check's id (`privilege-escalation`, `trust-open`, …: `AUDIT_CHECKS`). The format layer does not know
   * the audit, so an id it lacks loads and then fails the expectation (`checkExpectedFinding`).
   */
  check: string
  /** The user or role the finding is about: `user/NAME`, `role/NAME` (optionally `ACCOUNT:`-prefixed) or its ARN. */
  principal: string
  /** Detail keys the finding must list (at least these), or with `absent`, must not list. */
  techniques?: string[]
  /** The finding (or, with `techniques`, those details) must not be there. */
  absent?: boolean
}
